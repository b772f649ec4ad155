package id.sakip.budget.line;

import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.OrgRef;
import id.sakip.events.PaguSet;
import id.sakip.support.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Sets pagu and records spending per sub kegiatan; publishes both with the serapan it computed. */
@Service
public class BudgetLineService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    BudgetLineService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public BudgetLineView create(BudgetLineRequest request, String actor) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        var org = new OrgRef(request.pemdaCode(), request.opdCode(), request.bidangCode());
        BigDecimal pagu = request.pagu().setScale(2);
        // the insert is the uniqueness check, so two concurrent writers of one sub kegiatan cannot both pass it
        int inserted = jdbc.sql("""
                INSERT INTO budget_line (id, pemda_code, opd_code, bidang_code, year, sub_kegiatan_code,
                                         sub_kegiatan_name, pagu_version, pagu, version, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT ON CONSTRAINT budget_line_per_year DO NOTHING""")
                .params(id, org.pemdaCode(), org.opdCode(), org.bidangCode(), request.year(),
                        request.subKegiatanCode(), request.subKegiatanName().strip(), request.paguVersion(), pagu,
                        actor, Timestamp.from(now))
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("budget-line-exists", "Pagu sub kegiatan " + request.subKegiatanCode()
                    + " tahun " + request.year() + " sudah ada; perubahan pagu dicatat sebagai revisi.");
        }
        events.publishEvent(new PaguSet(UUID.randomUUID(), now, 1, id, org, request.year(),
                request.subKegiatanCode(), request.subKegiatanName().strip(), request.paguVersion(), pagu, actor));
        return get(id);
    }

    /**
     * Sets the spending of a quarter. The line is locked for the transaction, so concurrent writers of one line
     * queue up instead of both passing the pagu check.
     */
    @Transactional
    public BudgetLineView recordSpending(UUID lineId, int quarter, SpendingRequest request, String actor) {
        if (quarter < 1 || quarter > 4) {
            throw ApiProblem.unprocessable("quarter-out-of-range", "Triwulan harus 1 sampai 4.",
                    Map.of("quarter", "triwulan harus 1 sampai 4"));
        }
        BudgetLineView line = jdbc.sql("SELECT id FROM budget_line WHERE id = ? FOR UPDATE").param(lineId)
                .query(UUID.class).optional()
                .map(this::get)
                .orElseThrow(() -> notFound(lineId));
        BigDecimal amount = request.amount().setScale(2);
        var byQuarter = new TreeMap<>(line.realizationByQuarter());
        byQuarter.put(quarter, amount);
        BigDecimal cumulative = byQuarter.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (cumulative.compareTo(line.pagu()) > 0) {
            throw ApiProblem.unprocessable("over-pagu", "Realisasi kumulatif Rp " + cumulative.toPlainString()
                    + " melebihi pagu Rp " + line.pagu().toPlainString() + ". Catat revisi pagu lebih dulu bila "
                    + "pagu memang berubah.", Map.of("amount", "melebihi sisa pagu"));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO budget_realization (budget_line_id, quarter, amount, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (budget_line_id, quarter) DO UPDATE
                SET amount = EXCLUDED.amount, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .params(lineId, quarter, amount, actor, Timestamp.from(now))
                .update();
        long version = line.version() + 1;
        jdbc.sql("UPDATE budget_line SET version = ? WHERE id = ?").params(version, lineId).update();
        events.publishEvent(new BudgetRealizationRecorded(UUID.randomUUID(), now, version, lineId, line.org(),
                line.year(), line.subKegiatanCode(), quarter, amount, cumulative, line.pagu(),
                Serapan.percent(cumulative, line.pagu()), actor));
        return get(lineId);
    }

    @Transactional(readOnly = true)
    public BudgetLineView get(UUID id) {
        return jdbc.sql("SELECT * FROM budget_line WHERE id = ?").param(id)
                .query((rs, n) -> {
                    Map<Integer, BigDecimal> byQuarter = spending(id);
                    BigDecimal realized = byQuarter.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .setScale(2);
                    BigDecimal pagu = rs.getBigDecimal("pagu");
                    return new BudgetLineView(id,
                            new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"),
                                    rs.getString("bidang_code")),
                            rs.getInt("year"), rs.getString("sub_kegiatan_code"), rs.getString("sub_kegiatan_name"),
                            rs.getString("pagu_version"), pagu, byQuarter, realized,
                            Serapan.rounded(Serapan.percent(realized, pagu)), rs.getLong("version"));
                })
                .optional()
                .orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<BudgetLineView> list(String pemdaCode, String opdCode, int year) {
        return jdbc.sql("""
                SELECT id FROM budget_line WHERE pemda_code = ? AND opd_code = ? AND year = ?
                ORDER BY sub_kegiatan_code""")
                .params(pemdaCode, opdCode, year)
                .query(UUID.class).list().stream().map(this::get).toList();
    }

    private Map<Integer, BigDecimal> spending(UUID id) {
        Map<Integer, BigDecimal> byQuarter = new TreeMap<>();
        jdbc.sql("SELECT quarter, amount FROM budget_realization WHERE budget_line_id = ?").param(id)
                .query(rs -> {
                    byQuarter.put(rs.getInt("quarter"), rs.getBigDecimal("amount"));
                });
        return byQuarter;
    }

    private static ApiProblem notFound(UUID id) {
        return ApiProblem.notFound("budget-line-not-found", "Pagu sub kegiatan " + id + " tidak ditemukan.");
    }
}
