package id.sakip.reporting.city;

import id.sakip.capaian.Rules;
import id.sakip.documents.Measure;
import id.sakip.reporting.history.Figures;
import id.sakip.reporting.history.IndicatorHistory;
import id.sakip.reporting.pelaporan.Serapan;
import id.sakip.reporting.projection.RuleBooks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The city-level table: one query over the read models, ranks computed here. */
@Service
public class CityQuery {

    private final JdbcClient jdbc;
    private final RuleBooks ruleBooks;

    CityQuery(JdbcClient jdbc, RuleBooks ruleBooks) {
        this.ruleBooks = ruleBooks;
        this.jdbc = jdbc;
    }

    private record Raw(String opdCode, String opdName, long indicators, long measured, long computed, long reached,
            BigDecimal capaianSum, long iku, long ikuComputed, long ikuReached, BigDecimal ikuCapaianSum,
            BigDecimal pagu, BigDecimal realized) {
    }

    @Transactional(readOnly = true)
    public CityReport of(String pemdaCode, int year) {
        return of(pemdaCode, year, null);
    }

    /**
     * @param quarter null for the year (the year's realisation, else the latest quarter's; all spending); 1-4 for
     *                the state at the end of that triwulan (the latest quarter up to it; spending up to it)
     */
    @Transactional(readOnly = true)
    public CityReport of(String pemdaCode, int year, Integer quarter) {
        Rules rules = ruleBooks.rulesFor(pemdaCode, year);
        List<Raw> raws = jdbc.sql("""
                -- each indicator's latest realisation by an index lookup of its own: a plan that stays linear even
                -- while statistics lag behind a bulk load (a join of two aggregates degraded to seconds then)
                WITH kinerja AS (
                    SELECT i.opd_code, count(*) AS indicators, count(l.capaian_status) AS measured,
                           count(*) FILTER (WHERE l.capaian_status = 'COMPUTED') AS computed,
                           count(*) FILTER (WHERE l.capaian_status = 'COMPUTED'
                                            AND round(l.capaian_percent, 2) >= 100) AS reached,
                           -- each capaian as shown (2 decimals, within the Pemda's display cap for the year; LEAST
                           -- ignores a null cap), then averaged: as the LKjIP averages its IKU
                           sum(LEAST(round(l.capaian_percent, 2), CAST(:cap AS numeric)))
                               FILTER (WHERE l.capaian_status = 'COMPUTED') AS capaian_sum,
                           count(*) FILTER (WHERE k.iku) AS iku,
                           count(*) FILTER (WHERE k.iku AND l.capaian_status = 'COMPUTED') AS iku_computed,
                           count(*) FILTER (WHERE k.iku AND l.capaian_status = 'COMPUTED'
                                            AND round(l.capaian_percent, 2) >= 100) AS iku_reached,
                           sum(LEAST(round(l.capaian_percent, 2), CAST(:cap AS numeric)))
                               FILTER (WHERE k.iku AND l.capaian_status = 'COMPUTED') AS iku_capaian_sum
                    FROM rpt_indicator i
                    -- an IKU is every indicator of the OPD but those of its programs, kegiatan and sub kegiatan
                    CROSS JOIN LATERAL (
                        SELECT NOT EXISTS (SELECT 1 FROM rpt_plan_node n WHERE n.id = i.plan_node_id
                                           AND n.kind IN ('PROGRAM', 'KEGIATAN', 'SUB_KEGIATAN')) AS iku) k
                    LEFT JOIN LATERAL (
                        SELECT r.capaian_status, r.capaian_percent FROM rpt_realization r
                        WHERE r.indicator_id = i.id AND r.year = :year
                          AND (:quarter = 0 OR (length(r.period) = 4 AND :quarter = 4)
                           OR (length(r.period) = 6 AND right(r.period, 1)::int <= :quarter))
                        ORDER BY (length(r.period) = 4) DESC, r.period DESC
                        LIMIT 1) l ON true
                    WHERE i.pemda_code = :pemda
                      AND (l.capaian_status IS NOT NULL
                           OR EXISTS (SELECT 1 FROM rpt_indicator_target t WHERE t.indicator_id = i.id
                                      AND t.year = :year))
                    GROUP BY i.opd_code
                ), anggaran AS (
                    SELECT l.opd_code, sum(l.pagu) AS pagu,
                           sum(CASE WHEN :quarter = 0 THEN l.realized
                               ELSE (SELECT coalesce(sum(s.amount), 0) FROM rpt_budget_spending s
                                     WHERE s.budget_line_id = l.id AND s.quarter <= :quarter) END) AS realized
                    FROM rpt_budget_line l WHERE l.pemda_code = :pemda AND l.year = :year
                    GROUP BY l.opd_code
                )
                SELECT coalesce(k.opd_code, a.opd_code) AS opd_code, coalesce(k.indicators, 0) AS indicators,
                       coalesce(k.measured, 0) AS measured, coalesce(k.computed, 0) AS computed,
                       coalesce(k.reached, 0) AS reached, k.capaian_sum, coalesce(k.iku, 0) AS iku,
                       coalesce(k.iku_computed, 0) AS iku_computed, coalesce(k.iku_reached, 0) AS iku_reached,
                       k.iku_capaian_sum, a.pagu, a.realized,
                       (SELECT o.opd_name FROM rpt_opd o WHERE o.pemda_code = :pemda
                        AND o.opd_code = coalesce(k.opd_code, a.opd_code)) AS opd_name
                FROM kinerja k FULL OUTER JOIN anggaran a ON a.opd_code = k.opd_code
                ORDER BY 1""")
                .param("pemda", pemdaCode)
                .param("year", year)
                .param("quarter", quarter == null ? 0 : quarter)
                .param("cap", rules.displayCap())
                .query((rs, n) -> new Raw(rs.getString("opd_code"), rs.getString("opd_name"), rs.getLong("indicators"),
                        rs.getLong("measured"),
                        rs.getLong("computed"), rs.getLong("reached"), rs.getBigDecimal("capaian_sum"),
                        rs.getLong("iku"), rs.getLong("iku_computed"), rs.getLong("iku_reached"),
                        rs.getBigDecimal("iku_capaian_sum"), rs.getBigDecimal("pagu"), rs.getBigDecimal("realized")))
                .list();
        List<BigDecimal> capaian = raws.stream().map(r -> average(r.capaianSum(), r.computed())).toList();
        List<BigDecimal> serapan = raws.stream().map(r -> Serapan.percent(r.realized(), r.pagu())).toList();
        List<CityReport.OpdRow> rows = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            rows.add(new CityReport.OpdRow(raw.opdCode(), raw.opdName(), raw.indicators(), raw.measured(), raw.reached(),
                    capaian.get(i), rank(capaian, capaian.get(i)), raw.iku(), raw.ikuReached(),
                    average(raw.ikuCapaianSum(), raw.ikuComputed()), raw.pagu(), raw.realized(), serapan.get(i),
                    rank(serapan, serapan.get(i))));
        }
        BigDecimal capaianSum = raws.stream().map(Raw::capaianSum).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long computed = raws.stream().mapToLong(Raw::computed).sum();
        BigDecimal pagu = raws.stream().map(Raw::pagu).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal realized = raws.stream().map(Raw::realized).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ikuCapaianSum = raws.stream().map(Raw::ikuCapaianSum).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var totals = new CityReport.Totals(rows.stream().mapToLong(CityReport.OpdRow::indicators).sum(),
                rows.stream().mapToLong(CityReport.OpdRow::measured).sum(),
                rows.stream().mapToLong(CityReport.OpdRow::reached).sum(), average(capaianSum, computed),
                rows.stream().mapToLong(CityReport.OpdRow::ikuIndicators).sum(),
                rows.stream().mapToLong(CityReport.OpdRow::ikuReached).sum(),
                average(ikuCapaianSum, raws.stream().mapToLong(Raw::ikuComputed).sum()), pagu, realized,
                Serapan.percent(realized, pagu));
        boolean empty = rows.isEmpty();
        String note = empty ? "Belum ada data kinerja maupun anggaran OPD mana pun di Pemda " + pemdaCode
                + " untuk tahun " + year + "." : null;
        return new CityReport(pemdaCode, year, quarter, empty, note, rows, totals,
                pemdaIku(pemdaCode, year, quarter == null ? 0 : quarter, rules), rules.footnote(),
                evaluations(pemdaCode, year));
    }

    /** Per OPD with either: the year's final evaluation, and its recommendations not closed (of any year). */
    private List<CityReport.OpdEvaluation> evaluations(String pemdaCode, int year) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        return jdbc.sql("""
                WITH final AS (
                    SELECT DISTINCT ON (opd_code) opd_code, score, predikat, predikat_meaning FROM rpt_evaluation
                    WHERE pemda_code = :pemda AND year = :year ORDER BY opd_code, version DESC),
                open AS (
                    SELECT opd_code, count(*) AS open, count(*) FILTER (WHERE due_date < :today) AS overdue
                    FROM rpt_recommendation r WHERE pemda_code = :pemda AND status <> 'CLOSED'
                      -- delivered with a final result: before it the OPD cannot follow one up
                      AND EXISTS (SELECT 1 FROM rpt_evaluation e WHERE e.id = r.evaluation_id)
                    GROUP BY opd_code)
                SELECT coalesce(f.opd_code, o.opd_code) AS opd_code, f.score, f.predikat, f.predikat_meaning,
                       coalesce(o.open, 0) AS open, coalesce(o.overdue, 0) AS overdue
                FROM final f FULL OUTER JOIN open o ON o.opd_code = f.opd_code
                ORDER BY 1""")
                .param("pemda", pemdaCode).param("year", year).param("today", today)
                .query((rs, n) -> new CityReport.OpdEvaluation(rs.getString("opd_code"), rs.getBigDecimal("score"),
                        rs.getString("predikat"), rs.getString("predikat_meaning"), rs.getLong("open"),
                        rs.getLong("overdue")))
                .list();
    }

    /**
     * The Pemda's own indicators: those of its misi, tujuan and sasaran (nodes of the Pemda, not of an OPD), with
     * the OPD that reports them, the year's target and the latest realisation (up to the quarter when one is asked).
     */
    private List<CityReport.PemdaIndicator> pemdaIku(String pemdaCode, int year, int quarter, Rules rules) {
        return jdbc.sql("""
                SELECT n.kind, n.text AS node_text, i.id, i.name, i.unit, i.opd_code, t.value, t.target_min,
                       t.target_max, t.category AS target_category, l.period, l.value AS realized,
                       l.category AS realized_category, l.capaian_status, l.capaian_percent
                FROM rpt_plan_node n
                JOIN rpt_indicator i ON i.plan_node_id = n.id
                LEFT JOIN rpt_indicator_target t ON t.indicator_id = i.id AND t.year = :year
                LEFT JOIN LATERAL (
                    SELECT r.period, r.value, r.category, r.capaian_status, r.capaian_percent FROM rpt_realization r
                    WHERE r.indicator_id = i.id AND r.year = :year
                      AND (:quarter = 0 OR (length(r.period) = 4 AND :quarter = 4)
                           OR (length(r.period) = 6 AND right(r.period, 1)::int <= :quarter))
                    ORDER BY (length(r.period) = 4) DESC, r.period DESC
                    LIMIT 1) l ON true
                WHERE n.pemda_code = :pemda AND n.opd_code = :pemdaLevel
                ORDER BY n.kind, n.text, i.name""")
                .param("pemda", pemdaCode)
                .param("year", year)
                .param("quarter", quarter)
                .param("pemdaLevel", id.sakip.events.PlanNodeChanged.PEMDA_LEVEL)
                .query((rs, n) -> {
                    String unit = rs.getString("unit");
                    var target = new IndicatorHistory.TargetRow(rs.getBigDecimal("value"),
                            rs.getBigDecimal("target_min"), rs.getBigDecimal("target_max"),
                            rs.getString("target_category"));
                    BigDecimal realized = rs.getBigDecimal("realized");
                    String category = rs.getString("realized_category");
                    String status = rs.getString("capaian_status");
                    BigDecimal capaian = rs.getBigDecimal("capaian_percent");
                    return new CityReport.PemdaIndicator(rs.getString("kind"), rs.getString("node_text"),
                            rs.getObject("id", java.util.UUID.class), rs.getString("name"), unit,
                            rs.getString("opd_code"), Figures.target(target, unit), rs.getString("period"),
                            category != null ? Measure.words(category) : realized == null ? null
                                    : Measure.of(realized, unit),
                            status, capaian == null ? null : rules.shown(capaian.setScale(2, RoundingMode.HALF_UP)));
                })
                .list();
    }

    /** 1 + how many figures are higher (equal figures share a rank); no rank without a figure. */
    private static Integer rank(List<BigDecimal> figures, BigDecimal figure) {
        if (figure == null) {
            return null;
        }
        return 1 + (int) figures.stream().filter(f -> f != null && f.compareTo(figure) > 0).count();
    }

    private static BigDecimal average(BigDecimal sum, long count) {
        return sum == null || count == 0 ? null
                : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
