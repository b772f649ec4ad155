package id.sakip.planning.indicator;

import id.sakip.events.Aggregation;
import id.sakip.events.Decimals;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IndicatorRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(IndicatorView indicator) {
        int position = indicator.planNodeId() == null ? 0 : jdbc.sql(
                        "SELECT COALESCE(max(position), 0) + 1 FROM indicator WHERE plan_node_id = ?")
                .param(indicator.planNodeId()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO indicator (id, pemda_code, opd_code, bidang_code, name, unit, polarity, version,
                                       created_by, created_at, plan_node_id, target_type, aggregation, scale, iku,
                                       definition, data_source, numerator, denominator, position,
                                       decreasing_formula, negative_allowed, percentage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(indicator.id(), indicator.org().pemdaCode(), indicator.org().opdCode(),
                        indicator.org().bidangCode(), indicator.name(), indicator.unit(),
                        indicator.polarity().name(), indicator.version(), indicator.createdBy(),
                        Timestamp.from(indicator.createdAt()), indicator.planNodeId(), indicator.targetType().name(),
                        indicator.aggregation().name(), indicator.scale().toArray(String[]::new), indicator.iku(),
                        indicator.definition(), indicator.dataSource(), indicator.numerator(),
                        indicator.denominator(), position,
                        indicator.decreasingFormula() == null ? null : indicator.decreasingFormula().name(),
                        indicator.negativeAllowed(), indicator.percentage())
                .update();
        for (YearTarget target : indicator.targets()) {
            putTarget(indicator.id(), target);
        }
    }

    void putTarget(UUID indicatorId, YearTarget target) {
        jdbc.sql("""
                INSERT INTO indicator_target (indicator_id, year, value, target_min, target_max, category)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (indicator_id, year) DO UPDATE SET value = EXCLUDED.value,
                    target_min = EXCLUDED.target_min, target_max = EXCLUDED.target_max, category = EXCLUDED.category""")
                .params(indicatorId, target.year(), target.value(), target.min(), target.max(), target.category())
                .update();
    }

    void setDecreasingFormula(UUID id, DecreasingFormula formula) {
        jdbc.sql("UPDATE indicator SET decreasing_formula = ? WHERE id = ?")
                .params(formula == null ? null : formula.name(), id).update();
    }

    void auditRule(UUID indicatorId, RuleChange change) {
        jdbc.sql("""
                INSERT INTO indicator_rule_audit (indicator_id, rule, old_value, new_value, reason, changed_by,
                                                  changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(indicatorId, change.rule(), change.oldValue(), change.newValue(), change.reason(),
                        change.changedBy(), Timestamp.from(change.changedAt()))
                .update();
    }

    List<RuleChange> ruleAuditOf(UUID indicatorId) {
        return jdbc.sql("SELECT * FROM indicator_rule_audit WHERE indicator_id = ? ORDER BY id")
                .param(indicatorId)
                .query((rs, n) -> new RuleChange(rs.getString("rule"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("reason"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Raises the version if it is still {@code expected}; false when someone else changed the indicator first. */
    boolean bumpVersion(UUID id, long expected) {
        return jdbc.sql("UPDATE indicator SET version = version + 1 WHERE id = ? AND version = ?")
                .params(id, expected).update() == 1;
    }

    void audit(UUID indicatorId, TargetChange change) {
        jdbc.sql("""
                INSERT INTO target_audit (indicator_id, year, old_target, new_target, reason, changed_by, changed_at)
                VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""")
                .params(indicatorId, change.year(), json.writeValueAsString(change.oldTarget()),
                        json.writeValueAsString(change.newTarget()), change.reason(), change.changedBy(),
                        Timestamp.from(change.changedAt()))
                .update();
    }

    List<TargetChange> auditOf(UUID indicatorId) {
        return jdbc.sql("SELECT * FROM target_audit WHERE indicator_id = ? ORDER BY changed_at, id")
                .param(indicatorId)
                .query((rs, n) -> new TargetChange(rs.getInt("year"),
                        json.readValue(rs.getString("old_target"), YearTarget.class),
                        json.readValue(rs.getString("new_target"), YearTarget.class), rs.getString("reason"),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    Optional<IndicatorView> find(UUID id) {
        List<YearTarget> targets = targets("indicator_id = ?", id).getOrDefault(id, List.of());
        return jdbc.sql("SELECT * FROM indicator WHERE id = ?").param(id)
                .query((rs, n) -> view(rs, targets))
                .optional();
    }

    /** Indicators in bulk, with their targets, for the tree and the Renstra matrix. */
    List<IndicatorView> findAll(String pemdaCode, String opdCode) {
        String where = opdCode == null ? "pemda_code = ?" : "pemda_code = ? AND opd_code = ?";
        Object[] params = opdCode == null ? new Object[] {pemdaCode} : new Object[] {pemdaCode, opdCode};
        Map<UUID, List<YearTarget>> targets = targets(
                "indicator_id IN (SELECT id FROM indicator WHERE " + where + ")", params);
        return jdbc.sql("SELECT * FROM indicator WHERE " + where + " ORDER BY position, created_at, id")
                .params(params)
                .query((rs, n) -> view(rs, targets.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    /** The targets of the indicators {@code where} selects, by indicator, in year order; one query. */
    private Map<UUID, List<YearTarget>> targets(String where, Object... params) {
        Map<UUID, List<YearTarget>> targets = new LinkedHashMap<>();
        jdbc.sql("SELECT indicator_id, year, value, target_min, target_max, category FROM indicator_target WHERE "
                        + where + " ORDER BY indicator_id, year")
                .params(params)
                .query(rs -> {
                    targets.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new ArrayList<>())
                            .add(new YearTarget(rs.getInt("year"), Decimals.plain(rs.getBigDecimal("value")),
                                    Decimals.plain(rs.getBigDecimal("target_min")),
                                    Decimals.plain(rs.getBigDecimal("target_max")), rs.getString("category")));
                });
        return targets;
    }

    private static IndicatorView view(ResultSet rs, List<YearTarget> targets) throws SQLException {
        Array scale = rs.getArray("scale");
        return new IndicatorView(rs.getObject("id", UUID.class),
                new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"), rs.getString("bidang_code")),
                rs.getString("name"), rs.getString("unit"), Polarity.valueOf(rs.getString("polarity")),
                TargetType.valueOf(rs.getString("target_type")), Aggregation.valueOf(rs.getString("aggregation")),
                scale == null ? List.of() : Arrays.asList((String[]) scale.getArray()),
                rs.getObject("plan_node_id", UUID.class), rs.getBoolean("iku"), rs.getString("definition"),
                rs.getString("data_source"), rs.getString("numerator"), rs.getString("denominator"), targets,
                rs.getLong("version"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("decreasing_formula") == null ? null
                        : DecreasingFormula.valueOf(rs.getString("decreasing_formula")),
                rs.getBoolean("negative_allowed"), rs.getBoolean("percentage"));
    }
}
