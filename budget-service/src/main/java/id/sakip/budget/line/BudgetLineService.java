package id.sakip.budget.line;

import id.sakip.budget.plantree.PlanTree;
import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.OrgRef;
import id.sakip.events.PaguSet;
import id.sakip.indonesian.Indonesian;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Sets pagu (with its versions) and records spending per line; publishes both with the serapan it computed. A line's
 * code must be in the OPD's program tree as planning published it.
 */
@Service
public class BudgetLineService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PlanTree tree;

    BudgetLineService(JdbcClient jdbc, ApplicationEventPublisher events, PlanTree tree) {
        this.jdbc = jdbc;
        this.events = events;
        this.tree = tree;
    }

    @Transactional
    public BudgetLineView create(BudgetLineRequest request, String actor) {
        BudgetLevel level = BudgetLevel.of(request.code());
        String planName = tree.nameOf(request.pemdaCode(), request.opdCode(), level.name(), request.code())
                .orElseThrow(() -> ApiProblem.unprocessable("unknown-plan-code", "Kode " + level.label() + " "
                        + request.code() + " tidak ada di pohon program OPD " + request.opdCode() + ". Tambahkan "
                        + level.label() + " itu di perencanaan (dengan kodenya) lebih dulu; bila baru saja "
                        + "ditambahkan, tunggu sebentar.", Map.of("code", level.label() + " tidak dikenal")));
        String name = blankToNull(request.name());
        if (level == BudgetLevel.SUB_KEGIATAN) {
            name = name == null ? planName : name;
        } else if (name == null) {
            throw ApiProblem.unprocessable("validation", "Baris " + level.label() + " adalah rincian tersendiri di "
                    + "luar " + (level == BudgetLevel.PROGRAM ? "kegiatan" : "sub kegiatan") + " yang tercantum; "
                    + "beri nama yang menjelaskan isinya.", Map.of("name", "nama wajib diisi untuk baris "
                    + level.label()));
        }
        if (!request.paguVersion().equals("MURNI") && blankToNull(request.legalReference()) == null) {
            throw ApiProblem.unprocessable("legal-reference-required", "Pagu versi " + request.paguVersion()
                    + " memerlukan dasar hukumnya (nomor dan tanggal).", Map.of("legalReference", "wajib diisi"));
        }
        Instant now = now();
        UUID id = UUID.randomUUID();
        var org = new OrgRef(request.pemdaCode(), request.opdCode(), request.bidangCode());
        BigDecimal pagu = request.pagu().setScale(2);
        // the insert is the uniqueness check, so two concurrent writers of one code cannot both pass it
        int inserted = jdbc.sql("""
                INSERT INTO budget_line (id, pemda_code, opd_code, bidang_code, year, level, code, name, pagu_version,
                                         pagu, version, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT ON CONSTRAINT budget_line_per_code DO NOTHING""")
                .params(id, org.pemdaCode(), org.opdCode(), org.bidangCode(), request.year(), level.name(),
                        request.code(), name, request.paguVersion(), pagu, actor, Timestamp.from(now))
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("budget-line-exists", "Pagu " + level.label() + " " + request.code()
                    + " tahun " + request.year() + " sudah ada; perubahan pagu dicatat sebagai revisi.");
        }
        insertPagu(id, 1, request.paguVersion(), pagu, blankToNull(request.legalReference()), request.legalDate(),
                null, actor, now);
        events.publishEvent(new PaguSet(UUID.randomUUID(), now, 1, id, org, request.year(), request.code(), name,
                request.paguVersion(), pagu, actor, level.name(), blankToNull(request.legalReference()),
                request.legalDate(), null));
        return get(id);
    }

    /**
     * A later budget document sets a new pagu (APBD Perubahan, a pergeseran): kept beside the earlier ones, never
     * over them. The new pagu cannot be below what was already spent.
     */
    @Transactional
    public BudgetLineView revise(UUID lineId, BudgetLineRequest.Revision revision, Long expectedVersion,
            String actor) {
        IfMatch.require(expectedVersion, "pagu");
        BudgetLineView line = lockedLine(lineId);
        if (expectedVersion != line.version()) {
            throw new OptimisticLockingFailureException("budget line " + lineId + " is at " + line.version());
        }
        if (revision.paguVersion().equals("MURNI")) {
            throw ApiProblem.unprocessable("validation", "APBD murni adalah pagu pertama; revisi berupa PERUBAHAN "
                    + "atau PERGESERAN-n.", Map.of("paguVersion", "PERUBAHAN atau PERGESERAN-n"));
        }
        BigDecimal pagu = revision.pagu().setScale(2);
        if (pagu.compareTo(line.realized()) < 0) {
            throw ApiProblem.unprocessable("pagu-below-realization", "Pagu baru Rp " + Indonesian.rupiah(pagu)
                    + " lebih kecil dari realisasi yang sudah dicatat Rp " + Indonesian.rupiah(line.realized()) + ".",
                    Map.of("pagu", "tidak boleh di bawah realisasi " + Indonesian.rupiah(line.realized())));
        }
        int seq = jdbc.sql("SELECT max(seq) FROM budget_pagu WHERE budget_line_id = ?").param(lineId)
                .query(Integer.class).single() + 1;
        int inserted = jdbc.sql("""
                INSERT INTO budget_pagu (budget_line_id, seq, pagu_version, amount, legal_reference, legal_date,
                                         reason, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT budget_pagu_version_once DO NOTHING""")
                .params(lineId, seq, revision.paguVersion(), pagu, revision.legalReference().strip(),
                        Date.valueOf(revision.legalDate()), blankToNull(revision.reason()), actor,
                        Timestamp.from(now()))
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("pagu-version-exists", "Pagu versi " + revision.paguVersion() + " untuk "
                    + line.level().label() + " " + line.code() + " sudah dicatat; versi berikutnya diberi nama lain "
                    + "(mis. PERGESERAN-2).");
        }
        long version = line.version() + 1;
        Instant now = now();
        jdbc.sql("UPDATE budget_line SET pagu = ?, pagu_version = ?, version = ? WHERE id = ?")
                .params(pagu, revision.paguVersion(), version, lineId).update();
        events.publishEvent(new PaguSet(UUID.randomUUID(), now, version, lineId, line.org(), line.year(),
                line.code(), line.name(), revision.paguVersion(), pagu, actor, line.level().name(),
                revision.legalReference().strip(), revision.legalDate(), blankToNull(revision.reason())));
        return get(lineId);
    }

    /**
     * Sets the spending of a quarter, on the version the user read. The line is locked for the transaction, so of
     * concurrent writers of one version exactly one passes and the pagu check sees the others' amounts. A correction
     * of a recorded amount needs its reason; every write is kept in the spending history.
     *
     * @param expectedVersion the line's version the user read (If-Match), required
     */
    @Transactional
    public BudgetLineView recordSpending(UUID lineId, int quarter, SpendingRequest request, Long expectedVersion,
            String actor) {
        if (quarter < 1 || quarter > 4) {
            throw ApiProblem.unprocessable("quarter-out-of-range", "Triwulan harus 1 sampai 4.",
                    Map.of("quarter", "triwulan harus 1 sampai 4"));
        }
        IfMatch.require(expectedVersion, "pagu dan realisasi anggaran");
        BudgetLineView line = lockedLine(lineId);
        if (expectedVersion != line.version()) {
            throw new OptimisticLockingFailureException("budget line " + lineId + " is at " + line.version());
        }
        BigDecimal amount = request.amount().setScale(2);
        BigDecimal before = line.realizationByQuarter().get(quarter);
        String reason = blankToNull(request.reason());
        if (before != null && before.compareTo(amount) == 0) {
            return line;
        }
        if (before != null && reason == null) {
            throw ApiProblem.unprocessable("correction-reason-required", "Realisasi triwulan " + quarter + " sudah "
                    + "dicatat Rp " + Indonesian.rupiah(before) + "; koreksi menjadi Rp " + Indonesian.rupiah(amount)
                    + " memerlukan alasannya.", Map.of("reason", "wajib diisi saat mengoreksi realisasi"));
        }
        var byQuarter = new TreeMap<>(line.realizationByQuarter());
        byQuarter.put(quarter, amount);
        BigDecimal cumulative = byQuarter.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (cumulative.compareTo(line.pagu()) > 0) {
            throw ApiProblem.unprocessable("over-pagu", "Realisasi kumulatif Rp " + Indonesian.rupiah(cumulative)
                    + " melebihi pagu " + line.paguVersion() + " Rp " + Indonesian.rupiah(line.pagu()) + ". Catat revisi "
                    + "pagu (APBD Perubahan atau pergeseran) lebih dulu bila pagu memang berubah.",
                    Map.of("amount", "melebihi sisa pagu Rp " + Indonesian.rupiah(line.pagu().subtract(
                            cumulative.subtract(amount)))));
        }
        Instant now = now();
        jdbc.sql("""
                INSERT INTO budget_realization (budget_line_id, quarter, amount, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (budget_line_id, quarter) DO UPDATE
                SET amount = EXCLUDED.amount, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .params(lineId, quarter, amount, actor, Timestamp.from(now))
                .update();
        jdbc.sql("""
                INSERT INTO budget_spending_change (budget_line_id, quarter, seq, amount_before, amount_after, reason,
                                                    changed_by, changed_at)
                VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM budget_spending_change WHERE budget_line_id = ?),
                        ?, ?, ?, ?, ?)""")
                .params(lineId, quarter, lineId, before, amount, reason, actor, Timestamp.from(now))
                .update();
        long version = line.version() + 1;
        jdbc.sql("UPDATE budget_line SET version = ? WHERE id = ?").params(version, lineId).update();
        events.publishEvent(new BudgetRealizationRecorded(UUID.randomUUID(), now, version, lineId, line.org(),
                line.year(), line.code(), quarter, amount, cumulative, line.pagu(),
                Serapan.percent(cumulative, line.pagu()), actor));
        return get(lineId);
    }

    /** Every amount each quarter has had, oldest first, with who wrote it (subject and name) and why. */
    @Transactional(readOnly = true)
    public BudgetLineView.SpendingHistory spendingHistory(UUID id) {
        BudgetLineView line = get(id);
        List<BudgetLineView.SpendingEntry> entries = jdbc.sql("""
                        SELECT c.*, who.name AS changed_by_name FROM budget_spending_change c
                        LEFT JOIN actor who ON who.subject = c.changed_by
                        WHERE c.budget_line_id = ? ORDER BY c.seq""").param(id)
                .query((rs, n) -> new BudgetLineView.SpendingEntry(rs.getInt("seq"), rs.getInt("quarter"),
                        rs.getBigDecimal("amount_before"), rs.getBigDecimal("amount_after"), rs.getString("reason"),
                        rs.getString("changed_by"), rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
        return new BudgetLineView.SpendingHistory(line, entries);
    }

    @Transactional(readOnly = true)
    public BudgetLineView get(UUID id) {
        return jdbc.sql("SELECT * FROM budget_line WHERE id = ?").param(id)
                .query((rs, n) -> view(rs, spending(List.of(id)).getOrDefault(id, new TreeMap<>()),
                        currentPagu(id)))
                .optional()
                .orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public BudgetLineView.History history(UUID id) {
        BudgetLineView line = get(id);
        List<BudgetLineView.PaguEntry> entries = jdbc.sql(
                        "SELECT * FROM budget_pagu WHERE budget_line_id = ? ORDER BY seq").param(id)
                .query((rs, n) -> new BudgetLineView.PaguEntry(rs.getInt("seq"), rs.getString("pagu_version"),
                        rs.getBigDecimal("amount"), rs.getString("legal_reference"),
                        rs.getDate("legal_date") == null ? null : rs.getDate("legal_date").toLocalDate(),
                        rs.getString("reason"), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()))
                .list();
        return new BudgetLineView.History(line, entries);
    }

    /** The lines of an OPD for a year, by code, each with its spending: three queries whatever their number. */
    @Transactional(readOnly = true)
    public List<BudgetLineView> list(String pemdaCode, String opdCode, int year) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM budget_line WHERE pemda_code = ? AND opd_code = ? AND year = ? ORDER BY code""")
                .params(pemdaCode, opdCode, year).query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<Integer, BigDecimal>> spending = spending(ids);
        Map<UUID, PaguSource> pagu = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (p.budget_line_id) p.* FROM budget_pagu p
                JOIN budget_line l ON l.id = p.budget_line_id
                WHERE l.pemda_code = ? AND l.opd_code = ? AND l.year = ?
                ORDER BY p.budget_line_id, p.seq DESC""")
                .params(pemdaCode, opdCode, year)
                .query(rs -> {
                    pagu.put(rs.getObject("budget_line_id", UUID.class), paguSource(rs));
                });
        return jdbc.sql("""
                SELECT * FROM budget_line WHERE pemda_code = ? AND opd_code = ? AND year = ? ORDER BY code""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return view(rs, spending.getOrDefault(id, new TreeMap<>()), pagu.get(id));
                })
                .list();
    }

    private BudgetLineView lockedLine(UUID lineId) {
        return jdbc.sql("SELECT id FROM budget_line WHERE id = ? FOR UPDATE").param(lineId)
                .query(UUID.class).optional()
                .map(this::get)
                .orElseThrow(() -> notFound(lineId));
    }

    private void insertPagu(UUID lineId, int seq, String paguVersion, BigDecimal amount, String legalReference,
            java.time.LocalDate legalDate, String reason, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO budget_pagu (budget_line_id, seq, pagu_version, amount, legal_reference, legal_date,
                                         reason, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lineId, seq, paguVersion, amount, legalReference,
                        legalDate == null ? null : Date.valueOf(legalDate), reason, actor, Timestamp.from(at))
                .update();
    }

    private record PaguSource(String legalReference, java.time.LocalDate legalDate) {
    }

    private static PaguSource paguSource(ResultSet rs) throws SQLException {
        return new PaguSource(rs.getString("legal_reference"),
                rs.getDate("legal_date") == null ? null : rs.getDate("legal_date").toLocalDate());
    }

    private PaguSource currentPagu(UUID id) {
        return jdbc.sql("SELECT * FROM budget_pagu WHERE budget_line_id = ? ORDER BY seq DESC LIMIT 1").param(id)
                .query((rs, n) -> paguSource(rs)).optional().orElse(null);
    }

    private static BudgetLineView view(ResultSet rs, Map<Integer, BigDecimal> byQuarter, PaguSource source)
            throws SQLException {
        BigDecimal realized = byQuarter.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal pagu = rs.getBigDecimal("pagu");
        return new BudgetLineView(rs.getObject("id", UUID.class),
                new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"), rs.getString("bidang_code")),
                rs.getInt("year"), BudgetLevel.valueOf(rs.getString("level")), rs.getString("code"),
                rs.getString("name"), rs.getString("pagu_version"), source == null ? null : source.legalReference(),
                source == null ? null : source.legalDate(), pagu, byQuarter, realized,
                Serapan.rounded(Serapan.percent(realized, pagu)), rs.getLong("version"));
    }

    private Map<UUID, Map<Integer, BigDecimal>> spending(List<UUID> ids) {
        Map<UUID, Map<Integer, BigDecimal>> byLine = new LinkedHashMap<>();
        jdbc.sql("SELECT budget_line_id, quarter, amount FROM budget_realization WHERE budget_line_id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    byLine.computeIfAbsent(rs.getObject("budget_line_id", UUID.class), k -> new TreeMap<>())
                            .put(rs.getInt("quarter"), rs.getBigDecimal("amount"));
                });
        return byLine;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }


    private static ApiProblem notFound(UUID id) {
        return ApiProblem.notFound("budget-line-not-found", "Pagu " + id + " tidak ditemukan.");
    }
}
