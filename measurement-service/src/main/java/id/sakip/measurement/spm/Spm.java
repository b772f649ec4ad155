package id.sakip.measurement.spm;

import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/** Standar Pelayanan Minimal: the X / Y calculation per service and its groups (SAKIP.md §3, numerator/denominator). */
@Service
public class Spm {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Spm(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes a service whole; returns true when it was new. */
    @Transactional
    public boolean put(String pemdaCode, String opdCode, int year, String code, SpmRequest request,
            Long expectedVersion, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < request.groups().size(); i++) {
            SpmRequest.Group group = request.groups().get(i);
            if (!names.add(group.name().strip().toLowerCase(java.util.Locale.ROOT))) {
                errors.put("groups[" + i + "].name", "kelompok '" + group.name().strip() + "' tertulis dua kali");
            }
            if (group.x().compareTo(group.y()) > 0) {
                errors.put("groups[" + i + "].x", "X (" + group.x().toPlainString() + ") tidak boleh melebihi Y ("
                        + group.y().toPlainString() + "): yang terpenuhi tidak lebih dari yang membutuhkan");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-spm", "Perhitungan SPM tidak dapat disimpan. Tidak ada data "
                    + "yang diubah.", errors);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID existing = jdbc.sql("""
                SELECT id FROM spm_service WHERE pemda_code = ? AND opd_code = ? AND year = ? AND code = ?
                FOR UPDATE""").params(pemdaCode, opdCode, year, code).query(UUID.class).optional().orElse(null);
        UUID id;
        boolean created;
        String before = null;
        if (existing == null) {
            id = UUID.randomUUID();
            created = jdbc.sql("""
                    INSERT INTO spm_service (id, pemda_code, opd_code, year, code, name, indicator, version,
                                             updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    ON CONFLICT ON CONSTRAINT spm_service_coordinate DO NOTHING""")
                    .params(id, pemdaCode, opdCode, year, code, request.name().strip(), blankToNull(request.indicator()),
                            actor, Timestamp.from(now))
                    .update() == 1;
            if (!created) {
                throw new OptimisticLockingFailureException("spm service " + code + " was created meanwhile");
            }
        } else {
            IfMatch.require(expectedVersion, "layanan SPM " + code + " yang sudah ada");
            id = existing;
            created = false;
            before = state(id);
            int updated = jdbc.sql("""
                    UPDATE spm_service SET name = ?, indicator = ?, version = version + 1, updated_by = ?,
                        updated_at = ?
                    WHERE id = ? AND version = ?""")
                    .params(request.name().strip(), blankToNull(request.indicator()), actor, Timestamp.from(now), id,
                            expectedVersion)
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("spm service " + code + " is not at " + expectedVersion);
            }
            jdbc.sql("DELETE FROM spm_group WHERE service_id = ?").param(id).update();
        }
        for (int i = 0; i < request.groups().size(); i++) {
            SpmRequest.Group group = request.groups().get(i);
            jdbc.sql("INSERT INTO spm_group (service_id, position, name, x, y) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, group.name().strip(), group.x(), group.y()).update();
        }
        jdbc.sql("INSERT INTO spm_audit (service_id, actor, at, old_state, new_state) VALUES (?, ?, ?, ?::jsonb, "
                        + "?::jsonb)")
                .params(id, actor, Timestamp.from(now), before, state(id)).update();
        return created;
    }

    /** A service as the audit trail keeps it: its name, indicator and groups with their counts. */
    private String state(UUID serviceId) {
        Map<String, Object> state = new LinkedHashMap<>();
        jdbc.sql("SELECT name, indicator, version FROM spm_service WHERE id = ?").param(serviceId).query(rs -> {
            state.put("name", rs.getString("name"));
            state.put("indicator", rs.getString("indicator"));
            state.put("version", rs.getLong("version"));
        });
        List<Map<String, Object>> groups = new ArrayList<>();
        jdbc.sql("SELECT name, x, y FROM spm_group WHERE service_id = ? ORDER BY position").param(serviceId)
                .query(rs -> {
                    groups.add(Map.of("name", rs.getString("name"), "x", rs.getBigDecimal("x").toPlainString(),
                            "y", rs.getBigDecimal("y").toPlainString()));
                });
        state.put("groups", groups);
        return json.writeValueAsString(state);
    }

    @Transactional(readOnly = true)
    public SpmView of(String pemdaCode, String opdCode, int year) {
        Map<UUID, List<SpmView.Group>> groups = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT g.* FROM spm_group g JOIN spm_service s ON s.id = g.service_id
                WHERE s.pemda_code = ? AND s.opd_code = ? AND s.year = ? ORDER BY g.service_id, g.position""")
                .params(pemdaCode, opdCode, year)
                .query(rs -> {
                    BigDecimal x = rs.getBigDecimal("x");
                    BigDecimal y = rs.getBigDecimal("y");
                    groups.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new SpmView.Group(rs.getString("name"), x, y, percent(x, y)));
                });
        List<SpmView.Service> services = jdbc.sql("""
                SELECT * FROM spm_service WHERE pemda_code = ? AND opd_code = ? AND year = ? ORDER BY code""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> {
                    List<SpmView.Group> own = groups.getOrDefault(rs.getObject("id", UUID.class), List.of());
                    BigDecimal x = own.stream().map(SpmView.Group::x).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal y = own.stream().map(SpmView.Group::y).reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new SpmView.Service(rs.getString("code"), rs.getString("name"), rs.getString("indicator"),
                            own, x, y, percent(x, y), rs.getLong("version"), rs.getString("updated_by"),
                            rs.getTimestamp("updated_at").toInstant());
                })
                .list();
        BigDecimal x = services.stream().map(SpmView.Service::x).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal y = services.stream().map(SpmView.Service::y).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SpmView(pemdaCode, opdCode, year, services, x, y, percent(x, y));
    }

    /** X / Y x 100, half-up to 2 decimals; none when Y is 0. */
    static BigDecimal percent(BigDecimal x, BigDecimal y) {
        return y.signum() == 0 ? null
                : x.multiply(BigDecimal.valueOf(100)).divide(y, 2, RoundingMode.HALF_UP);
    }
}
