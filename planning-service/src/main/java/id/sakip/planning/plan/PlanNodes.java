package id.sakip.planning.plan;

import id.sakip.events.OrgRef;
import id.sakip.events.PlanNodeChanged;
import id.sakip.planning.organisation.Organisations;
import id.sakip.planning.plan.PlanRequests.NodeRequest;
import id.sakip.planning.plan.PlanRequests.RenstraRequest;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The cascading tree and the Renstra it hangs from. Every write checks the kind against its parent (a misi under
 * the visi, a kegiatan under a program of the same OPD ...), the nomenclature code's shape and its parent's prefix,
 * and keeps the tree acyclic when a node moves. A refused write changes nothing. Every new state of a node is
 * published (PlanNodeChanged).
 */
@Service
public class PlanNodes {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    PlanNodes(JdbcClient jdbc, Organisations organisations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.events = events;
    }

    @Transactional
    public Renstra createRenstra(RenstraRequest request, String actor) {
        organisations.requireOpd(request.pemdaCode(), request.opdCode());
        if (request.endYear() < request.startYear() || request.endYear() - request.startYear() > 9) {
            throw ApiProblem.unprocessable("invalid-period", "Periode Renstra harus urut dan paling lama 10 tahun.",
                    Map.of("endYear", "tahun akhir harus sama atau setelah tahun awal, paling lama 10 tahun"));
        }
        UUID id = UUID.randomUUID();
        Instant now = now();
        int inserted = jdbc.sql("""
                INSERT INTO renstra (id, pemda_code, opd_code, start_year, end_year, title, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT renstra_per_period DO NOTHING""")
                .params(id, request.pemdaCode(), request.opdCode(), request.startYear(), request.endYear(),
                        request.title().strip(), actor, Timestamp.from(now))
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("renstra-exists", "Renstra OPD " + request.opdCode() + " yang dimulai tahun "
                    + request.startYear() + " sudah ada.");
        }
        return renstra(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Renstra> renstra(UUID id) {
        return jdbc.sql("SELECT * FROM renstra WHERE id = ?").param(id).query(PlanNodes::renstraOf).optional();
    }

    @Transactional(readOnly = true)
    public List<Renstra> renstraOf(String pemdaCode, String opdCode) {
        return jdbc.sql("SELECT * FROM renstra WHERE pemda_code = ? AND opd_code = ? ORDER BY start_year")
                .params(pemdaCode, opdCode).query(PlanNodes::renstraOf).list();
    }

    @Transactional
    public PlanNode create(NodeRequest request, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        organisations.requirePemda(request.pemdaCode());
        boolean hasOpd = request.opdCode() != null;
        if (hasOpd) {
            organisations.requireOpd(request.pemdaCode(), request.opdCode());
        }
        NodeKind kind = request.kind();
        if (!kind.allowsOpd(hasOpd)) {
            errors.put("opdCode", hasOpd ? kind + " milik Pemda, bukan OPD: kosongkan kode OPD"
                    : kind + " milik OPD: kode OPD wajib diisi");
        }
        String code = request.code() == null || request.code().isBlank() ? null : request.code().strip();
        checkCode(kind, code, errors);
        PlanNode parent = null;
        if (request.parentId() != null) {
            parent = find(request.parentId()).orElse(null);
            if (parent == null) {
                errors.put("parentId", "simpul induk tidak ditemukan");
            }
        }
        if (errors.isEmpty()) {
            checkPlacement(kind, request.pemdaCode(), request.opdCode(), code, parent, errors);
        }
        if (request.renstraId() != null) {
            Renstra renstra = renstra(request.renstraId()).orElse(null);
            if (kind != NodeKind.TUJUAN || !hasOpd) {
                errors.put("renstraId", "hanya tujuan OPD yang menjadi bagian Renstra");
            } else if (renstra == null) {
                errors.put("renstraId", "Renstra tidak ditemukan");
            } else if (!renstra.opdCode().equals(request.opdCode()) || !renstra.pemdaCode().equals(request.pemdaCode())) {
                errors.put("renstraId", "Renstra milik OPD lain");
            }
        }
        for (String shared : request.sharedWithOpd()) {
            if (kind != NodeKind.SASARAN || hasOpd) {
                errors.put("sharedWithOpd", "hanya sasaran Pemda yang dapat diampu beberapa OPD (crosscutting)");
            } else if (!organisations.opdExists(request.pemdaCode(), shared)) {
                errors.put("sharedWithOpd", "OPD " + shared + " tidak dikenal");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-plan-node", "Simpul pohon kinerja tidak dapat ditambahkan: "
                    + String.join("; ", errors.values()) + ".", errors);
        }
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("""
                SELECT COALESCE(max(position), 0) + 1 FROM plan_node
                WHERE pemda_code = ? AND parent_id IS NOT DISTINCT FROM ?""")
                .params(request.pemdaCode(), request.parentId()).query(Integer.class).single();
        int inserted = jdbc.sql("""
                INSERT INTO plan_node (id, pemda_code, opd_code, kind, parent_id, renstra_id, code, number, text,
                                       position, version, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(id, request.pemdaCode(), request.opdCode(), kind.name(), request.parentId(),
                        request.renstraId(), code, request.number(), request.text().strip(), position, actor,
                        Timestamp.from(now()))
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("duplicate-code", "Kode " + code + " sudah dipakai di OPD " + request.opdCode()
                    + ".");
        }
        for (String shared : request.sharedWithOpd().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO plan_node_share (node_id, pemda_code, opd_code) VALUES (?, ?, ?)")
                    .params(id, request.pemdaCode(), shared).update();
        }
        return published(find(id).orElseThrow(), actor);
    }

    /**
     * Hangs a node (with its whole subtree) under another parent. Refused when the new parent is the node itself or
     * one of its descendants (the tree stays acyclic), or of a kind the node cannot hang under.
     */
    @Transactional
    public PlanNode move(UUID id, UUID newParentId, Long expectedVersion, String actor) {
        // one mover at a time per Pemda: two concurrent moves could otherwise close a cycle together
        PlanNode node = find(id).orElseThrow(() -> notFound(id));
        long version = IfMatch.require(expectedVersion, "simpul pohon kinerja");
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("plan_node:" + node.pemdaCode())
                .query(rs -> { });
        Map<String, String> errors = new LinkedHashMap<>();
        PlanNode parent = null;
        if (newParentId != null) {
            parent = find(newParentId).orElse(null);
            if (parent == null) {
                throw ApiProblem.unprocessable("invalid-plan-node", "Simpul induk tidak ditemukan.",
                        Map.of("parentId", "simpul induk tidak ditemukan"));
            }
            if (newParentId.equals(id) || descendants(id).contains(newParentId)) {
                throw ApiProblem.unprocessable("cycle", "Simpul tidak dapat dipindah ke bawah dirinya sendiri atau "
                        + "turunannya: pohon kinerja harus tetap berupa pohon.",
                        Map.of("parentId", "induk baru adalah simpul itu sendiri atau turunannya"));
            }
        }
        checkPlacement(node.kind(), node.pemdaCode(), node.opdCode(), node.code(), parent, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-plan-node", "Simpul tidak dapat dipindah: "
                    + String.join("; ", errors.values()) + ".", errors);
        }
        if (jdbc.sql("UPDATE plan_node SET parent_id = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(newParentId, id, version).update() == 0) {
            throw new OptimisticLockingFailureException("plan node " + id + " is not at " + version);
        }
        return published(find(id).orElseThrow(), actor);
    }

    /** Every state of a node goes out as PlanNodeChanged, in the transaction that made it (the outbox). */
    private PlanNode published(PlanNode node, String actor) {
        Renstra renstra = node.renstraId() == null ? null : renstra(node.renstraId()).orElse(null);
        events.publishEvent(new PlanNodeChanged(UUID.randomUUID(), now(), node.version(), node.id(),
                new OrgRef(node.pemdaCode(), node.opdCode() == null ? PlanNodeChanged.PEMDA_LEVEL : node.opdCode(),
                        null), node.kind().name(), node.parentId(), node.renstraId(), node.code(), node.number(),
                node.text(), node.sharedWithOpd(), actor, renstra == null ? null : renstra.startYear(),
                renstra == null ? null : renstra.endYear()));
        return node;
    }

    @Transactional(readOnly = true)
    public Optional<PlanNode> find(UUID id) {
        return jdbc.sql("SELECT * FROM plan_node WHERE id = ?").param(id).query(this::nodeOf).optional()
                .map(n -> withShares(List.of(n), "node_id = ?", n.id()).get(0));
    }

    /** Every node of a Pemda (all OPD), parents before children is not guaranteed: callers build the tree. */
    @Transactional(readOnly = true)
    public List<PlanNode> allOf(String pemdaCode) {
        return withShares(jdbc.sql("SELECT * FROM plan_node WHERE pemda_code = ? ORDER BY position, code, id")
                .param(pemdaCode).query(this::nodeOf).list(), "pemda_code = ?", pemdaCode);
    }

    /** @throws ApiProblem 404 {@code plan-node-not-found} */
    public PlanNode require(UUID id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    private List<UUID> descendants(UUID id) {
        return jdbc.sql("""
                WITH RECURSIVE below(id) AS (
                    SELECT id FROM plan_node WHERE parent_id = ?
                    UNION
                    SELECT n.id FROM plan_node n JOIN below b ON n.parent_id = b.id)
                SELECT id FROM below""").param(id).query(UUID.class).list();
    }

    private static void checkCode(NodeKind kind, String code, Map<String, String> errors) {
        if (code == null) {
            return;
        }
        if (!kind.takesCode()) {
            errors.put("code", kind + " tidak memakai kode nomenklatur");
        } else if (!kind.codeFits(code)) {
            errors.put("code", "kode " + kind + " berbentuk " + kind.codeShape());
        }
    }

    private void checkPlacement(NodeKind kind, String pemdaCode, String opdCode, String code, PlanNode parent,
            Map<String, String> errors) {
        boolean hasOpd = opdCode != null;
        if (parent == null) {
            if (!kind.mayBeRoot(hasOpd)) {
                errors.put("parentId", kind + " wajib punya simpul induk");
            }
            return;
        }
        if (!parent.pemdaCode().equals(pemdaCode)) {
            errors.put("parentId", "simpul induk milik Pemda lain");
            return;
        }
        if (!kind.allowsParent(parent.kind())) {
            errors.put("parentId", kind + " tidak dapat berada di bawah " + parent.kind());
            return;
        }
        boolean parentHasOpd = parent.opdCode() != null;
        if (kind == NodeKind.TUJUAN) {
            // a Pemda tujuan hangs under a misi; an OPD tujuan under the Pemda sasaran it serves
            boolean fits = hasOpd ? parent.kind() == NodeKind.SASARAN && !parentHasOpd
                    : parent.kind() == NodeKind.MISI;
            if (!fits) {
                errors.put("parentId", hasOpd ? "tujuan OPD berada di bawah sasaran Pemda yang didukungnya"
                        : "tujuan Pemda berada di bawah misi");
            }
        } else if (hasOpd && !Objects.equals(parent.opdCode(), opdCode)) {
            errors.put("parentId", "simpul induk milik OPD lain");
        } else if (!hasOpd && parentHasOpd) {
            errors.put("parentId", "simpul Pemda tidak dapat berada di bawah simpul OPD");
        }
        if (code != null && parent.code() != null && !code.startsWith(parent.code() + ".")) {
            errors.put("code", "kode " + code + " harus diawali kode induknya " + parent.code());
        }
    }

    private PlanNode nodeOf(ResultSet rs, int row) throws SQLException {
        int number = rs.getInt("number");
        Integer numberOrNull = rs.wasNull() ? null : number;
        return new PlanNode(rs.getObject("id", UUID.class), rs.getString("pemda_code"), rs.getString("opd_code"),
                NodeKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", UUID.class),
                rs.getObject("renstra_id", UUID.class), rs.getString("code"), numberOrNull, rs.getString("text"),
                rs.getInt("position"), List.of(), rs.getLong("version"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Adds the OPD that share the nodes (crosscutting), read in one query over the shares {@code where} selects. */
    private List<PlanNode> withShares(List<PlanNode> nodes, String where, Object key) {
        Map<UUID, List<String>> shares = new LinkedHashMap<>();
        jdbc.sql("SELECT node_id, opd_code FROM plan_node_share WHERE " + where + " ORDER BY opd_code")
                .param(key)
                .query(rs -> {
                    shares.computeIfAbsent(rs.getObject("node_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("opd_code"));
                });
        return nodes.stream().map(n -> shares.containsKey(n.id()) ? new PlanNode(n.id(), n.pemdaCode(), n.opdCode(),
                n.kind(), n.parentId(), n.renstraId(), n.code(), n.number(), n.text(), n.position(),
                List.copyOf(shares.get(n.id())), n.version(), n.createdBy(), n.createdAt()) : n).toList();
    }

    private static Renstra renstraOf(ResultSet rs, int row) throws SQLException {
        return new Renstra(rs.getObject("id", UUID.class), rs.getString("pemda_code"), rs.getString("opd_code"),
                rs.getInt("start_year"), rs.getInt("end_year"), rs.getString("title"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ApiProblem notFound(UUID id) {
        return ApiProblem.notFound("plan-node-not-found", "Simpul pohon kinerja " + id + " tidak ditemukan.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
