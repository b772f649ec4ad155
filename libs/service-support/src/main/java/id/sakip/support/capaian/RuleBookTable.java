package id.sakip.support.capaian;

import id.sakip.capaian.Rating;
import id.sakip.capaian.RuleBook;
import id.sakip.capaian.Rules;
import id.sakip.events.CapaianRulesChanged;
import id.sakip.events.DecreasingFormula;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/**
 * A table of capaian rule changes, one row per change of a Pemda (measurement's own, reporting's replica): the same
 * columns and the same reading in both, so the two services build a Pemda's {@link RuleBook} alike.
 */
public final class RuleBookTable {

    private final JdbcClient jdbc;
    private final String table;

    /** @param table a constant name of the service's own migration, never user input */
    public RuleBookTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public RuleBook read(String pemdaCode, Rules defaults) {
        List<RuleBook.Change> changes = jdbc.sql("SELECT version, effective_from_year, decreasing_formula, "
                        + "rating_bounds, display_cap, efficiency_minimum_ratio, reason, changed_by, changed_at FROM "
                        + table + " WHERE pemda_code = ? ORDER BY version")
                .param(pemdaCode)
                .query((rs, n) -> new RuleBook.Change(rs.getLong("version"), rs.getInt("effective_from_year"),
                        new Rules(DecreasingFormula.valueOf(rs.getString("decreasing_formula")),
                                new Rating.RatingScale(Arrays.asList((BigDecimal[]) rs.getArray("rating_bounds")
                                        .getArray())),
                                rs.getBigDecimal("display_cap"), rs.getBigDecimal("efficiency_minimum_ratio")),
                        rs.getString("reason"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
        return new RuleBook(defaults, changes);
    }

    /** Stores a change once (a replayed event changes nothing). */
    public void insert(CapaianRulesChanged change) {
        jdbc.sql("INSERT INTO " + table + " (pemda_code, version, effective_from_year, decreasing_formula, "
                        + "rating_bounds, display_cap, efficiency_minimum_ratio, reason, changed_by, changed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pemda_code, version) DO NOTHING")
                .params(change.pemdaCode(), change.aggregateVersion(), change.effectiveFromYear(),
                        change.decreasingFormula().name(), change.ratingBounds().toArray(BigDecimal[]::new),
                        change.displayCap(), change.efficiencyMinimumRatio(), change.reason(), change.changedBy(),
                        Timestamp.from(change.occurredAt()))
                .update();
    }
}
