package id.sakip.reporting.pelaporan;

import id.sakip.capaian.Rules;
import id.sakip.events.Aggregation;
import id.sakip.events.CapaianStatus;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.Decimals;
import id.sakip.events.EventCodec;
import id.sakip.events.Polarity;
import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;
import id.sakip.reporting.pelaporan.PelaporanKinerja.Totals;
import id.sakip.reporting.projection.RuleBooks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the Pelaporan Kinerja table from the read models; computes no rule of its own but the totals' serapan. An
 * indicator belongs to a year's table when the plan names that year (a target, or an explicit N/A) or when a
 * realisation of that year exists.
 */
@Service
public class PelaporanQuery {

    private final JdbcClient jdbc;
    private final RuleBooks ruleBooks;

    PelaporanQuery(JdbcClient jdbc, RuleBooks ruleBooks) {
        this.jdbc = jdbc;
        this.ruleBooks = ruleBooks;
    }

    @Transactional(readOnly = true)
    public PelaporanKinerja of(String pemdaCode, String opdCode, int year) {
        return of(pemdaCode, opdCode, year, false);
    }

    /**
     * @param approvedOnly only realisations measurement's workflow has APPROVED (the official documents); the
     *                     working tables show every state
     */
    @Transactional(readOnly = true)
    public PelaporanKinerja of(String pemdaCode, String opdCode, int year, boolean approvedOnly) {
        Rules rules = ruleBooks.rulesFor(pemdaCode, year);
        Map<UUID, List<RealizationCell>> cells = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.indicator_id, r.period, r.value, r.category, r.target, r.target_text, r.capaian_status,
                       r.capaian_percent, r.status
                FROM rpt_realization r
                WHERE r.pemda_code = ? AND r.opd_code = ? AND r.year = ? AND (NOT ? OR r.status = 'APPROVED')
                ORDER BY r.indicator_id, r.period""")
                .params(pemdaCode, opdCode, year, approvedOnly)
                .query(rs -> {
                    cells.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new ArrayList<>())
                            .add(new RealizationCell(rs.getString("period"), Decimals.plain(rs.getBigDecimal("value")),
                                    rs.getString("category"), Decimals.plain(rs.getBigDecimal("target")),
                                    rs.getString("target_text"), CapaianStatus.valueOf(rs.getString("capaian_status")),
                                    rules.shown(percent(rs.getBigDecimal("capaian_percent"))),
                                    percent(rs.getBigDecimal("capaian_percent")), rs.getString("status")));
                });
        List<IndicatorRow> indicators = jdbc.sql("""
                SELECT i.id, i.name, i.unit, i.polarity, t.value AS target, t.target_min, t.target_max, t.category,
                       i.plan_node_id, i.aggregation, i.scale, i.decreasing_formula
                FROM rpt_indicator i
                LEFT JOIN rpt_indicator_target t ON t.indicator_id = i.id AND t.year = ?
                WHERE i.pemda_code = ? AND i.opd_code = ?
                  AND (t.indicator_id IS NOT NULL
                       OR EXISTS (SELECT 1 FROM rpt_realization r WHERE r.indicator_id = i.id AND r.year = ?
                                  AND (NOT ? OR r.status = 'APPROVED')))
                ORDER BY i.name, i.id""")
                .params(year, pemdaCode, opdCode, year, approvedOnly)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<RealizationCell> realizations = cells.getOrDefault(id, List.of());
                    return new IndicatorRow(id, rs.getString("name"), rs.getString("unit"),
                            Polarity.valueOf(rs.getString("polarity")), Decimals.plain(rs.getBigDecimal("target")),
                            Decimals.plain(rs.getBigDecimal("target_min")),
                            Decimals.plain(rs.getBigDecimal("target_max")), rs.getString("category"),
                            realizations, latest(realizations), rs.getObject("plan_node_id", UUID.class),
                            Aggregation.valueOf(rs.getString("aggregation")), EventCodec.mapper().readValue(
                            rs.getString("scale"), new TypeReference<List<String>>() { }),
                            rs.getString("decreasing_formula") == null ? null
                                    : DecreasingFormula.valueOf(rs.getString("decreasing_formula")));
                })
                .list();
        List<BudgetRow> budget = jdbc.sql("""
                SELECT id, level, sub_kegiatan_code, sub_kegiatan_name, pagu_version, legal_reference, pagu, realized,
                       serapan_percent
                FROM rpt_budget_line WHERE pemda_code = ? AND opd_code = ? AND year = ?
                ORDER BY sub_kegiatan_code""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> new BudgetRow(rs.getObject("id", UUID.class), rs.getString("level"),
                        rs.getString("sub_kegiatan_code"), rs.getString("sub_kegiatan_name"),
                        rs.getString("pagu_version"), rs.getString("legal_reference"), rs.getBigDecimal("pagu"),
                        rs.getBigDecimal("realized"), percent(rs.getBigDecimal("serapan_percent"))))
                .list();
        BigDecimal pagu = budget.stream().map(BudgetRow::pagu).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal realized = budget.stream().map(BudgetRow::realized).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal serapan = Serapan.percent(realized, pagu);
        boolean empty = indicators.isEmpty() && budget.isEmpty();
        String note = empty
                ? "Belum ada data kinerja maupun anggaran untuk OPD " + opdCode + " tahun " + year + "."
                : null;
        List<PlanNodeRow> nodes = jdbc.sql("""
                SELECT id, opd_code, kind, parent_id, code, number, text, renstra_start, renstra_end
                FROM rpt_plan_node
                WHERE pemda_code = ? AND opd_code IN (?, ?)""")
                // the OPD's own nodes and the Pemda's (misi, Pemda tujuan and sasaran) above them; not every OPD's
                .params(pemdaCode, opdCode, id.sakip.events.PlanNodeChanged.PEMDA_LEVEL)
                .query((rs, n) -> new PlanNodeRow(rs.getObject("id", UUID.class), rs.getString("opd_code"),
                        rs.getString("kind"), rs.getObject("parent_id", UUID.class), rs.getString("code"),
                        (Integer) rs.getObject("number"), rs.getString("text"),
                        (Integer) rs.getObject("renstra_start"), (Integer) rs.getObject("renstra_end")))
                .list();
        return new PelaporanKinerja(pemdaCode, opdCode, year, empty, note, indicators, budget,
                new Totals(pagu, realized, serapan), PelaporanTable.of(opdCode, nodes, indicators, budget,
                rules.efficiencyMinimumRatio()), rules.footnote());
    }

    /** The year's row shows the whole-year realisation when there is one, else the latest quarter's. */
    public static RealizationCell latest(List<RealizationCell> realizations) {
        return realizations.stream().filter(c -> c.period().length() == 4).findFirst()
                .orElse(realizations.isEmpty() ? null : realizations.get(realizations.size() - 1));
    }

    private static BigDecimal percent(BigDecimal unrounded) {
        return unrounded == null ? null : unrounded.setScale(2, RoundingMode.HALF_UP);
    }

}
