package id.sakip.reporting.city;

import id.sakip.reporting.pelaporan.Serapan;
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

    CityQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Raw(String opdCode, long indicators, long measured, long computed, long reached,
            BigDecimal capaianSum, BigDecimal pagu, BigDecimal realized) {
    }

    @Transactional(readOnly = true)
    public CityReport of(String pemdaCode, int year) {
        List<Raw> raws = jdbc.sql("""
                -- each indicator's latest realisation by an index lookup of its own: a plan that stays linear even
                -- while statistics lag behind a bulk load (a join of two aggregates degraded to seconds then)
                WITH kinerja AS (
                    SELECT i.opd_code, count(*) AS indicators, count(l.capaian_status) AS measured,
                           count(*) FILTER (WHERE l.capaian_status = 'COMPUTED') AS computed,
                           count(*) FILTER (WHERE l.capaian_status = 'COMPUTED'
                                            AND round(l.capaian_percent, 2) >= 100) AS reached,
                           sum(l.capaian_percent) FILTER (WHERE l.capaian_status = 'COMPUTED') AS capaian_sum
                    FROM rpt_indicator i
                    LEFT JOIN LATERAL (
                        SELECT r.capaian_status, r.capaian_percent FROM rpt_realization r
                        WHERE r.indicator_id = i.id AND r.year = :year
                        ORDER BY (length(r.period) = 4) DESC, r.period DESC
                        LIMIT 1) l ON true
                    WHERE i.pemda_code = :pemda
                      AND (l.capaian_status IS NOT NULL
                           OR EXISTS (SELECT 1 FROM rpt_indicator_target t WHERE t.indicator_id = i.id
                                      AND t.year = :year))
                    GROUP BY i.opd_code
                ), anggaran AS (
                    SELECT opd_code, sum(pagu) AS pagu, sum(realized) AS realized
                    FROM rpt_budget_line WHERE pemda_code = :pemda AND year = :year
                    GROUP BY opd_code
                )
                SELECT coalesce(k.opd_code, a.opd_code) AS opd_code, coalesce(k.indicators, 0) AS indicators,
                       coalesce(k.measured, 0) AS measured, coalesce(k.computed, 0) AS computed,
                       coalesce(k.reached, 0) AS reached, k.capaian_sum, a.pagu, a.realized
                FROM kinerja k FULL OUTER JOIN anggaran a ON a.opd_code = k.opd_code
                ORDER BY 1""")
                .param("pemda", pemdaCode)
                .param("year", year)
                .query((rs, n) -> new Raw(rs.getString("opd_code"), rs.getLong("indicators"), rs.getLong("measured"),
                        rs.getLong("computed"), rs.getLong("reached"), rs.getBigDecimal("capaian_sum"),
                        rs.getBigDecimal("pagu"), rs.getBigDecimal("realized")))
                .list();
        List<BigDecimal> capaian = raws.stream().map(r -> average(r.capaianSum(), r.computed())).toList();
        List<BigDecimal> serapan = raws.stream().map(r -> Serapan.percent(r.realized(), r.pagu())).toList();
        List<CityReport.OpdRow> rows = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            rows.add(new CityReport.OpdRow(raw.opdCode(), raw.indicators(), raw.measured(), raw.reached(),
                    capaian.get(i), rank(capaian, capaian.get(i)), raw.pagu(), raw.realized(), serapan.get(i),
                    rank(serapan, serapan.get(i))));
        }
        BigDecimal capaianSum = raws.stream().map(Raw::capaianSum).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long computed = raws.stream().mapToLong(Raw::computed).sum();
        BigDecimal pagu = raws.stream().map(Raw::pagu).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal realized = raws.stream().map(Raw::realized).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var totals = new CityReport.Totals(rows.stream().mapToLong(CityReport.OpdRow::indicators).sum(),
                rows.stream().mapToLong(CityReport.OpdRow::measured).sum(),
                rows.stream().mapToLong(CityReport.OpdRow::reached).sum(), average(capaianSum, computed), pagu,
                realized, Serapan.percent(realized, pagu));
        boolean empty = rows.isEmpty();
        return new CityReport(pemdaCode, year, empty, empty ? "Belum ada data kinerja maupun anggaran OPD mana pun "
                + "di Pemda " + pemdaCode + " untuk tahun " + year + "." : null, rows, totals);
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
