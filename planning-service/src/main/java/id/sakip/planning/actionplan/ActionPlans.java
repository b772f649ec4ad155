package id.sakip.planning.actionplan;

import id.sakip.events.OrgRef;
import id.sakip.indonesian.IndonesianNumber;
import id.sakip.events.Polarity;
import id.sakip.events.QuarterTargetsSet;
import id.sakip.planning.actionplan.ActionPlanRequest.Line;
import id.sakip.planning.actionplan.ActionPlanView.Item;
import id.sakip.planning.actionplan.ActionPlanView.Strategic;
import id.sakip.planning.indicator.IndicatorService;
import id.sakip.planning.indicator.IndicatorView;
import id.sakip.planning.organisation.Organisations;
import id.sakip.planning.plan.NodeKind;
import id.sakip.planning.plan.PlanNode;
import id.sakip.planning.plan.PlanNodes;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * The Rencana Aksi of an OPD for a year: written whole (a PUT replaces every line, in one transaction), read as the
 * agency's table. Every line names a node of the OPD's cascading tree of the right kind. Each write publishes the
 * quarter targets of the indicators its lines name (QuarterTargetsSet), for measurement.
 */
@Service
public class ActionPlans {

    private static final Set<NodeKind> WITH_TARGETS = Set.of(NodeKind.SASARAN, NodeKind.PROGRAM, NodeKind.KEGIATAN,
            NodeKind.SUB_KEGIATAN);

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final PlanNodes nodes;
    private final IndicatorService indicators;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ActionPlans(JdbcClient jdbc, Organisations organisations, PlanNodes nodes, IndicatorService indicators,
            ApplicationEventPublisher events, JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.nodes = nodes;
        this.indicators = indicators;
        this.events = events;
    }

    /** The most lines that name an indicator of the plan (QuarterTargetsSet's bound). */
    static final int MAX_LINKED_LINES = 200;

    /** @return true when the Rencana Aksi was created, false when it replaced an existing one */
    @Transactional
    public boolean put(String pemdaCode, String opdCode, int year, ActionPlanRequest request, Long expectedVersion,
            String actor) {
        organisations.requireOpd(pemdaCode, opdCode);
        if (year < 2000 || year > 2100) {
            throw ApiProblem.unprocessable("validation", "Tahun di luar rentang 2000-2100.",
                    Map.of("year", "tahun di luar rentang 2000-2100"));
        }
        Map<UUID, PlanNode> byId = new HashMap<>();
        nodes.allOf(pemdaCode).forEach(n -> byId.put(n.id(), n));
        Map<String, String> errors = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>();
        List<QuarterTargetsSet.IndicatorQuarters> quarterTargets = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Line line = request.lines().get(i);
            check(line, "lines[" + i + "]", byId, opdCode, seen, errors);
            if (line.indicatorId() != null) {
                linked(line, "lines[" + i + "]", pemdaCode, opdCode, errors).ifPresent(quarterTargets::add);
            }
        }
        long linkedLines = request.lines().stream().filter(l -> l.indicatorId() != null).count();
        if (linkedLines > MAX_LINKED_LINES) {
            // their quarter targets go out as one event, which must stay below the broker's limit
            errors.put("lines", "paling banyak " + MAX_LINKED_LINES + " baris yang menyebut indikator rencana, "
                    + "bukan " + linkedLines);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-rencana-aksi", "Rencana Aksi tidak dapat disimpan: "
                    + String.join("; ", errors.values()) + ".", errors);
        }
        var signed = request.signed() == null ? new ActionPlanRequest.Signed(null, null, null, null)
                : request.signed();
        Date signedOn = signed.date() == null ? null : Date.valueOf(signed.date());
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        // the row is locked for the transaction: its version cannot change under us
        var existing = jdbc.sql("""
                SELECT id, version FROM rencana_aksi WHERE pemda_code = ? AND opd_code = ? AND year = ? FOR UPDATE""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("version")))
                .optional();
        boolean created = existing.isEmpty();
        UUID id;
        long version;
        if (created) {
            id = UUID.randomUUID();
            version = 1;
            int inserted = jdbc.sql("""
                    INSERT INTO rencana_aksi (id, pemda_code, opd_code, year, signed_place, signed_on, signed_by,
                                              signed_nip, version, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (pemda_code, opd_code, year) DO NOTHING""")
                    .params(id, pemdaCode, opdCode, year, signed.place(), signedOn, signed.by(), signed.nip(),
                            version, actor, now)
                    .update();
            if (inserted == 0) {
                throw concurrent();
            }
        } else {
            id = existing.get().getKey();
            long current = existing.get().getValue();
            if (IfMatch.require(expectedVersion, "Rencana Aksi") != current) {
                throw concurrent();
            }
            if (request.reason() == null || request.reason().isBlank()) {
                throw ApiProblem.unprocessable("reason-required", "Rencana Aksi ini sudah ada: perubahan memerlukan "
                        + "alasan (reason). Tidak ada data yang diubah.", Map.of("reason", "alasan perubahan wajib diisi"));
            }
            // the version being replaced is kept, with who replaced it, when and why
            jdbc.sql("""
                    INSERT INTO rencana_aksi_history (rencana_aksi_id, version, lines, replaced_by, replaced_at, reason)
                    SELECT ?, ?, COALESCE(jsonb_agg(jsonb_build_object('nodeId', l.node_id, 'indicator', l.indicator,
                               'indicatorId', l.indicator_id, 'target', l.target, 'volume', l.volume,
                               'schedule', l.schedule, 'quarterTargets', l.quarter_targets) ORDER BY l.position),
                               '[]'::jsonb), ?, ?, ?
                    FROM rencana_aksi_line l WHERE l.rencana_aksi_id = ?""")
                    .params(id, current, actor, now, request.reason().strip(), id)
                    .update();
            version = current + 1;
            jdbc.sql("""
                    UPDATE rencana_aksi SET signed_place = ?, signed_on = ?, signed_by = ?, signed_nip = ?,
                        version = ?, updated_by = ?, updated_at = ?
                    WHERE id = ?""")
                    .params(signed.place(), signedOn, signed.by(), signed.nip(), version, actor, now, id)
                    .update();
            jdbc.sql("DELETE FROM rencana_aksi_line WHERE rencana_aksi_id = ?").param(id).update();
        }
        for (int i = 0; i < request.lines().size(); i++) {
            Line line = request.lines().get(i);
            jdbc.sql("""
                    INSERT INTO rencana_aksi_line (rencana_aksi_id, node_id, indicator, target, volume, schedule,
                                                   quarter_targets, position, indicator_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, line.nodeId(), blankToNull(line.indicator()), blankToNull(line.target()),
                            blankToNull(line.volume()),
                            line.schedule() == null ? null : line.schedule().toArray(Boolean[]::new),
                            line.quarterTargets() == null ? null : line.quarterTargets().toArray(String[]::new), i,
                            line.indicatorId())
                    .update();
        }
        events.publishEvent(new QuarterTargetsSet(UUID.randomUUID(), now.toInstant(), version,
                new OrgRef(pemdaCode, opdCode, null), year, quarterTargets, actor));
        return created;
    }

    /** The replaced versions, newest first: each one's lines as they were, who replaced them, when and why. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> history(String pemdaCode, String opdCode, int year) {
        if (!exists(pemdaCode, opdCode, year)) {
            throw ApiProblem.notFound("rencana-aksi-not-found", "Rencana Aksi OPD " + opdCode + " tahun " + year
                    + " belum ada.");
        }
        return jdbc.sql("""
                SELECT h.version, h.replaced_by, h.replaced_at, h.reason, h.lines::text AS lines
                FROM rencana_aksi_history h JOIN rencana_aksi r ON r.id = h.rencana_aksi_id
                WHERE r.pemda_code = ? AND r.opd_code = ? AND r.year = ? ORDER BY h.version DESC""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("version", rs.getLong("version"));
                    entry.put("replacedBy", rs.getString("replaced_by"));
                    entry.put("replacedAt", rs.getTimestamp("replaced_at").toInstant());
                    entry.put("reason", rs.getString("reason"));
                    entry.put("lines", json.readTree(rs.getString("lines")));
                    return entry;
                })
                .list();
    }

    public boolean exists(String pemdaCode, String opdCode, int year) {
        return jdbc.sql("SELECT count(*) FROM rencana_aksi WHERE pemda_code = ? AND opd_code = ? AND year = ?")
                .params(pemdaCode, opdCode, year).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public ActionPlanView get(String pemdaCode, String opdCode, int year) {
        record Header(UUID id, ActionPlanView.Signed signed, long version) {
        }
        Header header = jdbc.sql("SELECT * FROM rencana_aksi WHERE pemda_code = ? AND opd_code = ? AND year = ?")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> {
                    Date signedOn = rs.getDate("signed_on");
                    return new Header(rs.getObject("id", UUID.class), new ActionPlanView.Signed(
                            rs.getString("signed_place"), signedOn == null ? null : signedOn.toLocalDate(),
                            rs.getString("signed_by"), rs.getString("signed_nip")), rs.getLong("version"));
                })
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("rencana-aksi-not-found", "Rencana Aksi OPD " + opdCode
                        + " tahun " + year + " belum ada."));
        Map<UUID, StoredLine> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM rencana_aksi_line WHERE rencana_aksi_id = ? ORDER BY position").param(header.id())
                .query(rs -> {
                    lines.put(rs.getObject("node_id", UUID.class), StoredLine.of(rs));
                });
        Map<UUID, List<PlanNode>> children = new HashMap<>();
        Map<UUID, PlanNode> byId = new HashMap<>();
        for (PlanNode node : nodes.allOf(pemdaCode)) {
            byId.put(node.id(), node);
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        List<Strategic> strategic = new ArrayList<>();
        for (var entry : lines.entrySet()) {
            PlanNode node = byId.get(entry.getKey());
            if (node != null && node.kind() == NodeKind.SASARAN) {
                StoredLine line = entry.getValue();
                strategic.add(new Strategic(node.id(), node.text(), line.indicator(), line.indicatorId(),
                        line.quarterTargets(), items(node, children, lines)));
            }
        }
        return new ActionPlanView(pemdaCode, opdCode, year, header.signed(), strategic, header.version());
    }

    /**
     * The node's children of the next kinds, in the tree's order, each with its line (if any) and its own below. A
     * node with no line in this Rencana Aksi and none below it belongs to another year's plan and is left out.
     */
    private static List<Item> items(PlanNode parent, Map<UUID, List<PlanNode>> children, Map<UUID, StoredLine> lines) {
        return children.getOrDefault(parent.id(), List.of()).stream()
                .filter(n -> n.kind() != NodeKind.SASARAN && n.kind() != NodeKind.TUJUAN)
                .sorted(Comparator.comparing((PlanNode n) -> n.code() == null ? "~" : n.code())
                        .thenComparingInt(PlanNode::position))
                .map(n -> {
                    StoredLine line = lines.get(n.id());
                    List<Item> below = items(n, children, lines);
                    if (line == null && below.isEmpty()) {
                        return null;
                    }
                    line = line == null ? StoredLine.EMPTY : line;
                    return new Item(n.id(), n.kind().name(), n.code(), n.text(), line.indicator(), line.indicatorId(),
                            line.target(), line.volume(), line.schedule(), line.quarterTargets(), below);
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private void check(Line line, String field, Map<UUID, PlanNode> byId, String opdCode, Set<UUID> seen,
            Map<String, String> errors) {
        PlanNode node = byId.get(line.nodeId());
        if (node == null || !(opdCode.equals(node.opdCode()) || node.sharedWithOpd().contains(opdCode))) {
            errors.put(field + ".nodeId", "simpul bukan milik OPD ini");
            return;
        }
        if (!seen.add(node.id())) {
            errors.put(field + ".nodeId", "simpul yang sama muncul dua kali");
        }
        try {
            TargetTexts.number(line.target());
        } catch (IndonesianNumber.NotANumber e) {
            errors.put(field + ".target", e.getMessage());
        }
        if (node.kind() == NodeKind.AKSI) {
            List<Boolean> schedule = line.schedule();
            if (schedule == null || schedule.size() != 4 || schedule.contains(null) || !schedule.contains(true)) {
                errors.put(field + ".schedule", "jadwal aksi berupa 4 nilai (TW I-IV), paling sedikit satu triwulan");
            }
            if (line.quarterTargets() != null) {
                errors.put(field + ".quarterTargets", "target triwulan diberikan pada sasaran, program, kegiatan "
                        + "atau sub kegiatan, bukan pada aksi");
            }
        } else if (WITH_TARGETS.contains(node.kind())) {
            if (line.schedule() != null || line.volume() != null) {
                errors.put(field + ".schedule", "jadwal dan volume hanya untuk aksi");
            }
            TargetTexts.checkQuarters(line.quarterTargets(), field, errors);
        } else {
            errors.put(field + ".nodeId", node.kind() + " tidak termasuk Rencana Aksi");
        }
    }

    /**
     * A line that names the plan's indicator: the indicator is the OPD's (of this Pemda) and its quarter targets fit it (a number for
     * a numeric indicator, "88%" read as 88; a category of the scale for an ORDINAL one).
     */
    private Optional<QuarterTargetsSet.IndicatorQuarters> linked(Line line, String field, String pemdaCode,
            String opdCode, Map<String, String> errors) {
        IndicatorView indicator = indicators.find(line.indicatorId()).orElse(null);
        // OPD codes repeat from one Pemda to another: the indicator must be this Pemda's OPD's
        if (indicator == null || !indicator.org().pemdaCode().equals(pemdaCode)
                || !indicator.org().opdCode().equals(opdCode)) {
            errors.put(field + ".indicatorId", "bukan indikator OPD ini");
            return Optional.empty();
        }
        List<QuarterTargetsSet.QuarterTarget> quarters = new ArrayList<>();
        List<String> targets = line.quarterTargets() == null ? List.of() : line.quarterTargets();
        for (int q = 0; q < targets.size() && q < 4; q++) {
            String text = blankToNull(targets.get(q));
            if (text == null) {
                continue;
            }
            if (indicator.polarity() == Polarity.ORDINAL) {
                if (!indicator.scale().contains(text)) {
                    errors.put(field + ".quarterTargets", "TW " + (q + 1) + ": '" + text + "' tidak ada pada skala "
                            + indicator.scale());
                    return Optional.empty();
                }
                quarters.add(new QuarterTargetsSet.QuarterTarget(q + 1, null, text, text));
            } else {
                BigDecimal value;
                try {
                    value = TargetTexts.number(text);
                } catch (IndonesianNumber.NotANumber e) {
                    errors.put(field + ".quarterTargets", "TW " + (q + 1) + ": " + e.getMessage());
                    return Optional.empty();
                }
                if (value == null) {
                    errors.put(field + ".quarterTargets", "TW " + (q + 1) + ": '" + text + "' bukan angka");
                    return Optional.empty();
                }
                quarters.add(new QuarterTargetsSet.QuarterTarget(q + 1, value, null, text));
            }
        }
        return Optional.of(new QuarterTargetsSet.IndicatorQuarters(indicator.id(), quarters));
    }

    private static ApiProblem concurrent() {
        return ApiProblem.conflict("concurrent-modification", "Rencana Aksi ini baru saja diubah pengguna lain. "
                + "Muat ulang lalu ulangi perubahan Anda.");
    }


    private record StoredLine(String indicator, UUID indicatorId, String target, String volume,
            List<Boolean> schedule, List<String> quarterTargets) {

        static final StoredLine EMPTY = new StoredLine(null, null, null, null, null, null);

        static StoredLine of(ResultSet rs) throws SQLException {
            Array schedule = rs.getArray("schedule");
            Array quarters = rs.getArray("quarter_targets");
            return new StoredLine(rs.getString("indicator"), rs.getObject("indicator_id", UUID.class),
                    rs.getString("target"), rs.getString("volume"),
                    schedule == null ? null : Arrays.asList((Boolean[]) schedule.getArray()),
                    quarters == null ? null : Arrays.asList((String[]) quarters.getArray()));
        }
    }
}
