package id.sakip.measurement.catalog;

import id.sakip.capaian.IndicatorDefaults;
import id.sakip.capaian.Target;
import id.sakip.events.Aggregation;
import id.sakip.events.Decimals;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.QuarterTargetsSet;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The local replica of planning's indicators and of the quarter targets of its Rencana Aksi. Written only by
 * {@link IndicatorEventsListener} and {@link QuarterTargetsListener}.
 */
@Component
public class IndicatorCatalog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    IndicatorCatalog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<CatalogIndicator> find(UUID id) {
        return jdbc.sql("SELECT * FROM catalog_indicator WHERE id = ?").param(id)
                .query((rs, n) -> indicator(rs, targets(id), quarterTargets(id)))
                .optional();
    }

    private static CatalogIndicator indicator(java.sql.ResultSet rs, Map<Integer, Target> targets,
            Map<Integer, Target> quarterTargets) throws SQLException {
        return new CatalogIndicator(rs.getObject("id", UUID.class),
                new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"), rs.getString("bidang_code")),
                rs.getString("name"), rs.getString("unit"), Polarity.valueOf(rs.getString("polarity")),
                TargetType.valueOf(rs.getString("target_type")), Aggregation.valueOf(rs.getString("aggregation")),
                strings(rs.getArray("scale")), rs.getLong("version"), targets, quarterTargets,
                rs.getString("decreasing_formula") == null ? null
                        : DecreasingFormula.valueOf(rs.getString("decreasing_formula")),
                rs.getBoolean("negative_allowed"), rs.getBoolean("percentage"));
    }

    private static Target yearTarget(java.sql.ResultSet rs) throws SQLException {
        return new Target(Decimals.plain(rs.getBigDecimal("value")), Decimals.plain(rs.getBigDecimal("target_min")),
                Decimals.plain(rs.getBigDecimal("target_max")), rs.getString("category"));
    }

    private static Target quarterTarget(java.sql.ResultSet rs) throws SQLException {
        return new Target(Decimals.plain(rs.getBigDecimal("value")), null, null, rs.getString("category"));
    }

    /**
     * The OPD's indicators planned for the year (a target row for it, N/A included) or already reported in the
     * period, ordered by bidang (the OPD's own first) and name.
     */
    public List<CatalogIndicator> ofOpd(String pemdaCode, String opdCode, int year, String period) {
        // three queries whatever the number of indicators: the indicators, their year targets, their quarter targets
        List<CatalogIndicator> bare = jdbc.sql("""
                SELECT * FROM catalog_indicator ci
                WHERE pemda_code = :pemda AND opd_code = :opd
                  AND (EXISTS (SELECT 1 FROM catalog_target t WHERE t.indicator_id = ci.id AND t.year = :year)
                       OR EXISTS (SELECT 1 FROM realization r WHERE r.indicator_id = ci.id AND r.period = :period))
                ORDER BY bidang_code NULLS FIRST, name, id""")
                .param("pemda", pemdaCode).param("opd", opdCode).param("year", year).param("period", period)
                .query((rs, n) -> indicator(rs, Map.of(), Map.of())).list();
        if (bare.isEmpty()) {
            return bare;
        }
        UUID[] ids = bare.stream().map(CatalogIndicator::id).toArray(UUID[]::new);
        Map<UUID, Map<Integer, Target>> targets = new HashMap<>();
        jdbc.sql("SELECT * FROM catalog_target WHERE indicator_id = ANY (?)").param(ids).query(rs -> {
            targets.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new HashMap<>())
                    .put(rs.getInt("year"), yearTarget(rs));
        });
        Map<UUID, Map<Integer, Target>> quarters = new HashMap<>();
        jdbc.sql("SELECT * FROM catalog_quarter_target WHERE indicator_id = ANY (?)").param(ids).query(rs -> {
            quarters.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new HashMap<>())
                    .put(rs.getInt("year") * 10 + rs.getInt("quarter"), quarterTarget(rs));
        });
        return bare.stream().map(i -> i.withTargets(targets.getOrDefault(i.id(), Map.of()),
                quarters.getOrDefault(i.id(), Map.of()))).toList();
    }

    /** The polarity of each of these indicators the catalog holds (one query). */
    public Map<UUID, Polarity> polarities(java.util.Collection<UUID> ids) {
        Map<UUID, Polarity> polarities = new HashMap<>();
        if (ids.isEmpty()) {
            return polarities;
        }
        jdbc.sql("SELECT id, polarity FROM catalog_indicator WHERE id = ANY (?)")
                .param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    polarities.put(rs.getObject("id", UUID.class), Polarity.valueOf(rs.getString("polarity")));
                });
        return polarities;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private Map<Integer, Target> targets(UUID id) {
        Map<Integer, Target> targets = new HashMap<>();
        jdbc.sql("SELECT * FROM catalog_target WHERE indicator_id = ?").param(id)
                .query(rs -> {
                    targets.put(rs.getInt("year"), yearTarget(rs));
                });
        return targets;
    }

    private Map<Integer, Target> quarterTargets(UUID id) {
        Map<Integer, Target> targets = new HashMap<>();
        jdbc.sql("SELECT * FROM catalog_quarter_target WHERE indicator_id = ?").param(id)
                .query(rs -> {
                    targets.put(rs.getInt("year") * 10 + rs.getInt("quarter"), quarterTarget(rs));
                });
        return targets;
    }

    /** Applies the event unless the replica already holds this version or a newer one. */
    void apply(IndicatorDefined event) {
        String formulaBefore = jdbc.sql("SELECT coalesce(decreasing_formula, '') FROM catalog_indicator WHERE id = ?")
                .param(event.indicatorId()).query(String.class).optional().orElse(null);
        String formula = event.decreasingFormula() == null ? null : event.decreasingFormula().name();
        int changed = jdbc.sql("""
                INSERT INTO catalog_indicator (id, pemda_code, opd_code, bidang_code, name, unit, polarity, version,
                                               target_type, aggregation, scale, plan_node_id, decreasing_formula,
                                               negative_allowed, percentage)
                VALUES (:id, :pemda, :opd, :bidang, :name, :unit, :polarity, :version, :targetType, :aggregation,
                        :scale, :planNode, :formula, :negativeAllowed, :percentage)
                ON CONFLICT (id) DO UPDATE SET pemda_code = EXCLUDED.pemda_code, opd_code = EXCLUDED.opd_code,
                    bidang_code = EXCLUDED.bidang_code, name = EXCLUDED.name, unit = EXCLUDED.unit,
                    polarity = EXCLUDED.polarity, version = EXCLUDED.version, target_type = EXCLUDED.target_type,
                    aggregation = EXCLUDED.aggregation, scale = EXCLUDED.scale, plan_node_id = EXCLUDED.plan_node_id,
                    decreasing_formula = EXCLUDED.decreasing_formula, negative_allowed = EXCLUDED.negative_allowed,
                    percentage = EXCLUDED.percentage
                WHERE catalog_indicator.version < EXCLUDED.version""")
                .param("id", event.indicatorId())
                .param("pemda", event.org().pemdaCode())
                .param("opd", event.org().opdCode())
                .param("bidang", event.org().bidangCode())
                .param("name", event.name())
                .param("unit", event.unit())
                .param("polarity", event.polarity().name())
                .param("version", event.aggregateVersion())
                .param("targetType", event.targetType().name())
                .param("aggregation", event.aggregation().name())
                .param("scale", event.scale().toArray(String[]::new))
                .param("planNode", event.planNodeId())
                .param("formula", formula)
                // an event from before these were stated: what the name and unit suggested then
                .param("negativeAllowed", event.negativeAllowed() != null ? event.negativeAllowed()
                        : IndicatorDefaults.negativeAllowed(event.name(), event.unit()))
                .param("percentage", event.percentage() != null ? event.percentage()
                        : IndicatorDefaults.percentage(event.unit()))
                .update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("DELETE FROM catalog_target WHERE indicator_id = ?").param(event.indicatorId()).update();
        for (YearTarget target : event.targets()) {
            jdbc.sql("""
                    INSERT INTO catalog_target (indicator_id, year, value, target_min, target_max, category)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(event.indicatorId(), target.year(), target.value(), target.min(), target.max(),
                            target.category())
                    .update();
        }
        // after the targets, so the recomputation compares with the indicator's new state whole
        if (formulaBefore != null && !formulaBefore.equals(formula == null ? "" : formula)) {
            events.publishEvent(new CatalogIndicator.FormulaChanged(event.indicatorId(), event.definedBy()));
        }
    }

    /** Replaces the quarter targets of the OPD's year unless a newer Rencana Aksi is already held. */
    void apply(QuarterTargetsSet event) {
        int changed = jdbc.sql("""
                INSERT INTO catalog_rencana_aksi (pemda_code, opd_code, year, version) VALUES (?, ?, ?, ?)
                ON CONFLICT (pemda_code, opd_code, year) DO UPDATE SET version = EXCLUDED.version
                WHERE catalog_rencana_aksi.version < EXCLUDED.version""")
                .params(event.org().pemdaCode(), event.org().opdCode(), event.year(), event.aggregateVersion())
                .update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("DELETE FROM catalog_quarter_target WHERE pemda_code = ? AND opd_code = ? AND year = ?")
                .params(event.org().pemdaCode(), event.org().opdCode(), event.year()).update();
        for (QuarterTargetsSet.IndicatorQuarters indicator : event.indicators()) {
            for (QuarterTargetsSet.QuarterTarget quarter : indicator.quarters()) {
                jdbc.sql("""
                        INSERT INTO catalog_quarter_target (pemda_code, opd_code, indicator_id, year, quarter, value,
                                                            category, text)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (indicator_id, year, quarter) DO UPDATE SET value = EXCLUDED.value,
                            category = EXCLUDED.category, text = EXCLUDED.text""")
                        .params(event.org().pemdaCode(), event.org().opdCode(), indicator.indicatorId(),
                                event.year(), quarter.quarter(), quarter.value(), quarter.category(), quarter.text())
                        .update();
            }
        }
    }
}
