package id.sakip.planning.indicator;

import id.sakip.events.Decimals;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IndicatorView indicator) {
        jdbc.sql("""
                INSERT INTO indicator (id, pemda_code, opd_code, bidang_code, name, unit, polarity, version,
                                       created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(indicator.id(), indicator.org().pemdaCode(), indicator.org().opdCode(),
                        indicator.org().bidangCode(), indicator.name(), indicator.unit(),
                        indicator.polarity().name(), indicator.version(), indicator.createdBy(),
                        Timestamp.from(indicator.createdAt()))
                .update();
        for (YearTarget target : indicator.targets()) {
            jdbc.sql("INSERT INTO indicator_target (indicator_id, year, value) VALUES (?, ?, ?)")
                    .params(indicator.id(), target.year(), target.value())
                    .update();
        }
    }

    Optional<IndicatorView> find(UUID id) {
        return jdbc.sql("SELECT * FROM indicator WHERE id = ?").param(id)
                .query((rs, n) -> new IndicatorView(rs.getObject("id", UUID.class),
                        new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"), rs.getString("bidang_code")),
                        rs.getString("name"), rs.getString("unit"), Polarity.valueOf(rs.getString("polarity")),
                        targets(id), rs.getLong("version"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    List<UUID> idsOf(String pemdaCode, String opdCode) {
        return jdbc.sql("SELECT id FROM indicator WHERE pemda_code = ? AND opd_code = ? ORDER BY created_at, id")
                .params(pemdaCode, opdCode)
                .query(UUID.class)
                .list();
    }

    private List<YearTarget> targets(UUID id) {
        return jdbc.sql("SELECT year, value FROM indicator_target WHERE indicator_id = ? ORDER BY year")
                .param(id)
                .query((rs, n) -> new YearTarget(rs.getInt("year"), Decimals.plain(rs.getBigDecimal("value"))))
                .list();
    }
}
