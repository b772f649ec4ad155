package id.sakip.reporting.history;

import id.sakip.capaian.RuleBook;
import id.sakip.capaian.Target;
import id.sakip.events.CapaianStatus;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;
import id.sakip.reporting.projection.RuleBooks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An OPD's indicators over the years, from the read models: every year's target, the realisations of a span of
 * years, and the justifications the operators gave. What the LKjIP and the Evaluasi Renja compare a year with.
 */
@Component
public class IndicatorHistory {

    private final JdbcClient jdbc;
    private final RuleBooks ruleBooks;

    IndicatorHistory(JdbcClient jdbc, RuleBooks ruleBooks) {
        this.ruleBooks = ruleBooks;
        this.jdbc = jdbc;
    }

    /** A year's target: a number, a range, a category, or none (N/A). */
    public record TargetRow(BigDecimal value, BigDecimal min, BigDecimal max, String category) {
        public boolean present() {
            return value != null || min != null || category != null;
        }

        /** As the capaian rules take it. */
        public Target toTarget() {
            if (category != null) {
                return Target.category(category);
            }
            if (min != null && max != null) {
                return Target.range(min, max);
            }
            return value == null ? Target.NONE : Target.number(value);
        }
    }

    /** What an operator wrote when submitting a realisation: why it went well or not, and what comes next. */
    public record Justification(String period, String faktorPendorong, String faktorPenghambat,
            String tindakLanjut) {
    }

    /** Per indicator of the OPD, its targets of the years {@code from}..{@code to}, by year. */
    public Map<UUID, TreeMap<Integer, TargetRow>> targets(String pemdaCode, String opdCode, int from, int to) {
        Map<UUID, TreeMap<Integer, TargetRow>> targets = new HashMap<>();
        jdbc.sql("""
                SELECT t.indicator_id, t.year, t.value, t.target_min, t.target_max, t.category
                FROM rpt_indicator_target t JOIN rpt_indicator i ON i.id = t.indicator_id
                WHERE i.pemda_code = ? AND i.opd_code = ? AND t.year BETWEEN ? AND ?""")
                .params(pemdaCode, opdCode, from, to)
                .query(rs -> {
                    targets.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new TreeMap<>())
                            .put(rs.getInt("year"), new TargetRow(rs.getBigDecimal("value"),
                                    rs.getBigDecimal("target_min"), rs.getBigDecimal("target_max"),
                                    rs.getString("category")));
                });
        return targets;
    }

    /**
     * Per indicator and year of {@code from}..{@code to}, its realisations in period order (the year's own, then
     * TW 1-4); only APPROVED ones when {@code approvedOnly}.
     */
    public Map<UUID, Map<Integer, List<RealizationCell>>> realisations(String pemdaCode, String opdCode, int from,
            int to, boolean approvedOnly) {
        Map<UUID, Map<Integer, List<RealizationCell>>> cells = new HashMap<>();
        RuleBook book = ruleBooks.book(pemdaCode);
        jdbc.sql("""
                SELECT indicator_id, year, period, value, category, target, target_text, capaian_status,
                       capaian_percent, status
                FROM rpt_realization
                WHERE pemda_code = ? AND opd_code = ? AND year BETWEEN ? AND ? AND (NOT ? OR status = 'APPROVED')
                ORDER BY indicator_id, year, period""")
                .params(pemdaCode, opdCode, from, to, approvedOnly)
                .query(rs -> {
                    BigDecimal raw = rs.getBigDecimal("capaian_percent");
                    BigDecimal capaian = raw == null ? null : raw.setScale(2, RoundingMode.HALF_UP);
                    cells.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt("year"), k -> new ArrayList<>())
                            .add(new RealizationCell(rs.getString("period"), rs.getBigDecimal("value"),
                                    rs.getString("category"), rs.getBigDecimal("target"),
                                    rs.getString("target_text"), CapaianStatus.valueOf(rs.getString("capaian_status")),
                                    book.forYear(rs.getInt("year")).shown(capaian), capaian, rs.getString("status")));
                });
        return cells;
    }

    /** Per indicator, the justifications of the year's realisations, in period order. */
    public Map<UUID, List<Justification>> justifications(String pemdaCode, String opdCode, int year,
            boolean approvedOnly) {
        Map<UUID, List<Justification>> justifications = new HashMap<>();
        jdbc.sql("""
                SELECT indicator_id, period, faktor_pendorong, faktor_penghambat, tindak_lanjut
                FROM rpt_realization
                WHERE pemda_code = ? AND opd_code = ? AND year = ? AND (NOT ? OR status = 'APPROVED')
                  AND (faktor_pendorong IS NOT NULL OR faktor_penghambat IS NOT NULL OR tindak_lanjut IS NOT NULL)
                ORDER BY indicator_id, period""")
                .params(pemdaCode, opdCode, year, approvedOnly)
                .query(rs -> {
                    justifications.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new ArrayList<>())
                            .add(new Justification(rs.getString("period"), rs.getString("faktor_pendorong"),
                                    rs.getString("faktor_penghambat"), rs.getString("tindak_lanjut")));
                });
        return justifications;
    }
}
