package id.sakip.measurement.spm;

import id.sakip.capaian.SpmCapaian;
import id.sakip.events.OrgRef;
import id.sakip.events.SpmServiceChanged;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Standar Pelayanan Minimal: the X / Y calculation per service and its groups (SAKIP.md §3, numerator/denominator).
 * Every write and withdrawal is audited and published whole as SpmServiceChanged, from which reporting prints the
 * LKjIP's SPM table.
 */
@Service
public class Spm {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Spm(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    private record Current(UUID id, long version, boolean withdrawn) {
    }

    /**
     * Writes a service whole; returns true when it was new. A withdrawn service's code written again brings it back
     * without If-Match (nobody can have read the version of what is not shown).
     */
    @Transactional
    public boolean put(String pemdaCode, String opdCode, int year, String code, SpmRequest request,
            Long expectedVersion, String actor) {
        checked(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Current current = current(pemdaCode, opdCode, year, code);
        UUID id;
        String before = null;
        if (current == null) {
            id = UUID.randomUUID();
            boolean inserted = jdbc.sql("""
                    INSERT INTO spm_service (id, pemda_code, opd_code, year, code, name, recipients, standard,
                                             indicator, version, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    ON CONFLICT ON CONSTRAINT spm_service_coordinate DO NOTHING""")
                    .params(id, pemdaCode, opdCode, year, code, request.name().strip(),
                            blankToNull(request.recipients()), blankToNull(request.standard()),
                            blankToNull(request.indicator()), actor, Timestamp.from(now))
                    .update() == 1;
            if (!inserted) {
                throw new OptimisticLockingFailureException("spm service " + code + " was created meanwhile");
            }
        } else {
            long expected = current.withdrawn() ? current.version()
                    : IfMatch.require(expectedVersion, "layanan SPM " + code + " yang sudah ada");
            id = current.id();
            before = state(id);
            int updated = jdbc.sql("""
                    UPDATE spm_service SET name = ?, recipients = ?, standard = ?, indicator = ?, withdrawn = FALSE,
                        version = version + 1, updated_by = ?, updated_at = ?
                    WHERE id = ? AND version = ?""")
                    .params(request.name().strip(), blankToNull(request.recipients()),
                            blankToNull(request.standard()), blankToNull(request.indicator()), actor,
                            Timestamp.from(now), id, expected)
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("spm service " + code + " is not at " + expected);
            }
            jdbc.sql("DELETE FROM spm_group WHERE service_id = ?").param(id).update();
        }
        for (int i = 0; i < request.groups().size(); i++) {
            SpmRequest.Group group = request.groups().get(i);
            jdbc.sql("INSERT INTO spm_group (service_id, position, name, x, y) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, group.name().strip(), group.x(), group.y()).update();
        }
        audited(id, actor, now, before);
        return current == null;
    }

    /** Withdraws a service entered by mistake: it leaves the SPM and the LKjIP; its audit trail stays. */
    @Transactional
    public void withdraw(String pemdaCode, String opdCode, int year, String code, Long expectedVersion,
            String actor) {
        Current current = current(pemdaCode, opdCode, year, code);
        if (current == null || current.withdrawn()) {
            throw ApiProblem.notFound("spm-service-not-found", "Layanan SPM " + code + " tahun " + year
                    + " tidak ada pada OPD ini.");
        }
        long expected = IfMatch.require(expectedVersion, "layanan SPM " + code);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String before = state(current.id());
        int updated = jdbc.sql("""
                UPDATE spm_service SET withdrawn = TRUE, version = version + 1, updated_by = ?, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(actor, Timestamp.from(now), current.id(), expected)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("spm service " + code + " is not at " + expected);
        }
        audited(current.id(), actor, now, before);
    }

    private static void checked(SpmRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < request.groups().size(); i++) {
            SpmRequest.Group group = request.groups().get(i);
            if (!names.add(group.name().strip().toLowerCase(Locale.ROOT))) {
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
    }

    private Current current(String pemdaCode, String opdCode, int year, String code) {
        return jdbc.sql("""
                SELECT id, version, withdrawn FROM spm_service
                WHERE pemda_code = ? AND opd_code = ? AND year = ? AND code = ?
                FOR UPDATE""")
                .params(pemdaCode, opdCode, year, code)
                .query((rs, n) -> new Current(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getBoolean("withdrawn")))
                .optional().orElse(null);
    }

    /** Keeps who changed what in the audit trail and publishes the service as it now is. */
    private void audited(UUID id, String actor, Instant now, String before) {
        jdbc.sql("INSERT INTO spm_audit (service_id, actor, at, old_state, new_state) VALUES (?, ?, ?, ?::jsonb, "
                        + "?::jsonb)")
                .params(id, actor, Timestamp.from(now), before, state(id)).update();
        publish(id, actor, now);
    }

    /**
     * Publishes every service written before its event existed, once (each marked in the same transaction as its
     * event enters the outbox); another instance starting at once skips the rows this one holds.
     *
     * @return how many were published
     */
    @Transactional
    public int publishUnpublished() {
        List<UUID> ids = jdbc.sql("SELECT id FROM spm_service WHERE NOT published FOR UPDATE SKIP LOCKED")
                .query(UUID.class).list();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (UUID id : ids) {
            String by = jdbc.sql("SELECT updated_by FROM spm_service WHERE id = ?").param(id).query(String.class)
                    .single();
            publish(id, by, now);
        }
        return ids.size();
    }

    private void publish(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE spm_service SET published = TRUE WHERE id = ?").param(id).update();
        List<SpmServiceChanged.Group> groups = jdbc.sql("SELECT name, x, y FROM spm_group WHERE service_id = ? "
                        + "ORDER BY position").param(id)
                .query((rs, n) -> new SpmServiceChanged.Group(rs.getString("name"), rs.getLong("x"),
                        rs.getLong("y")))
                .list();
        SpmServiceChanged changed = jdbc.sql("SELECT * FROM spm_service WHERE id = ?").param(id)
                .query((rs, n) -> new SpmServiceChanged(UUID.randomUUID(), now, rs.getLong("version"), id,
                        new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"), null), rs.getInt("year"),
                        rs.getString("code"), rs.getString("name"), rs.getString("recipients"),
                        rs.getString("standard"), rs.getString("indicator"), groups, rs.getBoolean("withdrawn"),
                        actor))
                .single();
        events.publishEvent(changed);
    }

    /** A service as the audit trail keeps it: its texts, whether withdrawn, and its groups with their counts. */
    private String state(UUID serviceId) {
        Map<String, Object> state = new LinkedHashMap<>();
        jdbc.sql("SELECT name, recipients, standard, indicator, withdrawn, version FROM spm_service WHERE id = ?")
                .param(serviceId).query(rs -> {
                    state.put("name", rs.getString("name"));
                    state.put("recipients", rs.getString("recipients"));
                    state.put("standard", rs.getString("standard"));
                    state.put("indicator", rs.getString("indicator"));
                    state.put("withdrawn", rs.getBoolean("withdrawn"));
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
                WHERE s.pemda_code = ? AND s.opd_code = ? AND s.year = ? AND NOT s.withdrawn
                ORDER BY g.service_id, g.position""")
                .params(pemdaCode, opdCode, year)
                .query(rs -> {
                    BigDecimal x = rs.getBigDecimal("x");
                    BigDecimal y = rs.getBigDecimal("y");
                    groups.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new SpmView.Group(rs.getString("name"), x, y, SpmCapaian.percent(x, y)));
                });
        List<SpmView.Service> services = jdbc.sql("""
                SELECT * FROM spm_service WHERE pemda_code = ? AND opd_code = ? AND year = ? AND NOT withdrawn
                ORDER BY code""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> {
                    List<SpmView.Group> own = groups.getOrDefault(rs.getObject("id", UUID.class), List.of());
                    BigDecimal x = own.stream().map(SpmView.Group::x).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal y = own.stream().map(SpmView.Group::y).reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new SpmView.Service(rs.getString("code"), rs.getString("name"),
                            rs.getString("recipients"), rs.getString("standard"), rs.getString("indicator"), own, x,
                            y, SpmCapaian.percent(x, y), rs.getLong("version"), rs.getString("updated_by"),
                            rs.getTimestamp("updated_at").toInstant());
                })
                .list();
        BigDecimal x = services.stream().map(SpmView.Service::x).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal y = services.stream().map(SpmView.Service::y).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SpmView(pemdaCode, opdCode, year, services, x, y, SpmCapaian.percent(x, y));
    }
}
