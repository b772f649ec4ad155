package id.sakip.measurement.catalog;

import id.sakip.events.IndicatorDefined;
import id.sakip.events.Decimals;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The local replica of planning's indicators. Written only by {@link IndicatorEventsListener}. */
@Component
public class IndicatorCatalog {

    private final JdbcClient jdbc;

    IndicatorCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CatalogIndicator> find(UUID id) {
        return jdbc.sql("SELECT * FROM catalog_indicator WHERE id = ?").param(id)
                .query((rs, n) -> new CatalogIndicator(id,
                        new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"), rs.getString("bidang_code")),
                        rs.getString("name"), rs.getString("unit"), Polarity.valueOf(rs.getString("polarity")),
                        rs.getLong("version"), targets(id)))
                .optional();
    }

    private Map<Integer, BigDecimal> targets(UUID id) {
        Map<Integer, BigDecimal> targets = new HashMap<>();
        jdbc.sql("SELECT year, value FROM catalog_target WHERE indicator_id = ?").param(id)
                .query(rs -> {
                    targets.put(rs.getInt("year"), Decimals.plain(rs.getBigDecimal("value")));
                });
        return targets;
    }

    /** Applies the event unless the replica already holds this version or a newer one. */
    void apply(IndicatorDefined event) {
        int changed = jdbc.sql("""
                INSERT INTO catalog_indicator (id, pemda_code, opd_code, bidang_code, name, unit, polarity, version)
                VALUES (:id, :pemda, :opd, :bidang, :name, :unit, :polarity, :version)
                ON CONFLICT (id) DO UPDATE SET pemda_code = EXCLUDED.pemda_code, opd_code = EXCLUDED.opd_code,
                    bidang_code = EXCLUDED.bidang_code, name = EXCLUDED.name, unit = EXCLUDED.unit,
                    polarity = EXCLUDED.polarity, version = EXCLUDED.version
                WHERE catalog_indicator.version < EXCLUDED.version""")
                .param("id", event.indicatorId())
                .param("pemda", event.org().pemdaCode())
                .param("opd", event.org().opdCode())
                .param("bidang", event.org().bidangCode())
                .param("name", event.name())
                .param("unit", event.unit())
                .param("polarity", event.polarity().name())
                .param("version", event.aggregateVersion())
                .update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("DELETE FROM catalog_target WHERE indicator_id = ?").param(event.indicatorId()).update();
        for (YearTarget target : event.targets()) {
            jdbc.sql("INSERT INTO catalog_target (indicator_id, year, value) VALUES (?, ?, ?)")
                    .params(event.indicatorId(), target.year(), target.value())
                    .update();
        }
    }
}
