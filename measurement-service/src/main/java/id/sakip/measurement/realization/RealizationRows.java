package id.sakip.measurement.realization;

import id.sakip.events.CapaianStatus;
import id.sakip.events.OrgRef;
import id.sakip.measurement.realization.Realization.Status;
import id.sakip.measurement.rules.CapaianRuleBooks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The realisation tables: rows, audit trail, period locks. */
@Repository
class RealizationRows {

    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CapaianRuleBooks ruleBooks;

    RealizationRows(JdbcClient jdbc, JsonMapper json, CapaianRuleBooks ruleBooks) {
        this.jdbc = jdbc;
        this.json = json;
        this.ruleBooks = ruleBooks;
    }

    Optional<Realization> find(UUID id) {
        return jdbc.sql("SELECT * FROM realization WHERE id = ?").param(id).query(RealizationRows::map).optional();
    }

    Optional<Realization> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM realization WHERE id = ? FOR UPDATE").param(id).query(RealizationRows::map)
                .optional();
    }

    List<Realization> ofIndicator(UUID indicatorId) {
        return jdbc.sql("SELECT * FROM realization WHERE indicator_id = ? ORDER BY period").param(indicatorId)
                .query(RealizationRows::map).list();
    }

    /** The year's realisations of an indicator in an OPD: the quarters and the whole year. */
    List<Realization> sameYear(UUID indicatorId, OrgRef org, int year) {
        return jdbc.sql("""
                SELECT * FROM realization WHERE indicator_id = ? AND pemda_code = ? AND opd_code = ?
                  AND period IN (?, ?, ?, ?, ?) ORDER BY period""")
                .params(indicatorId, org.pemdaCode(), org.opdCode(), String.valueOf(year), year + "Q1", year + "Q2",
                        year + "Q3", year + "Q4")
                .query(RealizationRows::map).list();
    }

    /** Every realisation of an OPD in a period, locked for update in id order (so two approvals cannot deadlock). */
    List<Realization> ofPeriodForUpdate(OrgRef opd, String period) {
        return jdbc.sql("""
                SELECT * FROM realization WHERE pemda_code = ? AND opd_code = ? AND period = ?
                ORDER BY id FOR UPDATE""")
                .params(opd.pemdaCode(), opd.opdCode(), period).query(RealizationRows::map).list();
    }

    List<Realization> ofPeriod(OrgRef opd, String period) {
        return jdbc.sql("""
                SELECT * FROM realization WHERE pemda_code = ? AND opd_code = ? AND period = ?
                ORDER BY bidang_code NULLS FIRST, indicator_id""")
                .params(opd.pemdaCode(), opd.opdCode(), period).query(RealizationRows::map).list();
    }

    /** Every realisation of a Pemda in the years {@code from}..{@code to}, locked for update in id order. */
    List<Realization> ofPemdaInYearsForUpdate(String pemdaCode, int from, int to) {
        return jdbc.sql("""
                SELECT * FROM realization WHERE pemda_code = ? AND substr(period, 1, 4)::int BETWEEN ? AND ?
                ORDER BY id FOR UPDATE""")
                .params(pemdaCode, from, to).query(RealizationRows::map).list();
    }

    /** The approved (locked) periods of a Pemda in the years {@code from}..{@code to}: OPD code -> its periods. */
    Map<String, List<String>> lockedInYears(String pemdaCode, int from, int to) {
        Map<String, List<String>> locked = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT opd_code, period FROM period_lock WHERE pemda_code = ?
                  AND substr(period, 1, 4)::int BETWEEN ? AND ?
                ORDER BY opd_code, period""")
                .params(pemdaCode, from, to)
                .query((rs, n) -> locked.computeIfAbsent(rs.getString("opd_code"), k -> new ArrayList<>())
                        .add(rs.getString("period")))
                .list();
        return locked;
    }

    boolean insert(Realization r) {
        return jdbc.sql("""
                INSERT INTO realization (id, indicator_id, pemda_code, opd_code, bidang_code, period, value, category,
                    numerator, denominator, target, target_text, cumulative_value, capaian_status, capaian_percent,
                    status, version, recorded_by, recorded_at, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT realization_coordinate DO NOTHING""")
                .params(r.id(), r.indicatorId(), r.org().pemdaCode(), r.org().opdCode(), r.org().bidangCode(),
                        r.period(), r.value(), r.category(), r.numerator(), r.denominator(), r.target(),
                        r.targetText(), r.cumulativeValue(), r.capaianStatus().name(), r.capaianPercent(),
                        r.status().name(), r.version(), r.recordedBy(), Timestamp.from(r.recordedAt()),
                        r.updatedBy(), Timestamp.from(r.updatedAt()))
                .update() == 1;
    }

    /** Writes the new state if the row is still at {@code expectedVersion}. */
    boolean update(Realization r, long expectedVersion) {
        return jdbc.sql("""
                UPDATE realization SET value = ?, category = ?, numerator = ?, denominator = ?, target = ?,
                    target_text = ?, cumulative_value = ?, capaian_status = ?, capaian_percent = ?, status = ?,
                    faktor_pendorong = ?, faktor_penghambat = ?, tindak_lanjut = ?, review_note = ?, version = ?,
                    updated_by = ?, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(r.value(), r.category(), r.numerator(), r.denominator(), r.target(), r.targetText(),
                        r.cumulativeValue(), r.capaianStatus().name(), r.capaianPercent(), r.status().name(),
                        r.faktorPendorong(), r.faktorPenghambat(), r.tindakLanjut(), r.reviewNote(), r.version(),
                        r.updatedBy(), Timestamp.from(r.updatedAt()), r.id(), expectedVersion)
                .update() == 1;
    }

    void audit(UUID realizationId, String action, String actor, Instant at, Map<String, Object> before,
            Map<String, Object> after, String reason) {
        jdbc.sql("""
                INSERT INTO realization_audit (realization_id, action, actor, at, old_state, new_state, reason)
                VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
                .params(realizationId, action, actor, Timestamp.from(at),
                        before == null ? null : json.writeValueAsString(before), json.writeValueAsString(after),
                        reason)
                .update();
    }

    List<AuditEntry> history(UUID realizationId) {
        return jdbc.sql("""
                SELECT a.*, coalesce(who.name, a.actor) AS actor_name FROM realization_audit a
                LEFT JOIN actor who ON who.subject = a.actor
                WHERE a.realization_id = ? ORDER BY a.id""").param(realizationId)
                .query((rs, n) -> new AuditEntry(rs.getString("action"), rs.getString("actor"),
                        rs.getString("actor_name"), rs.getTimestamp("at").toInstant(),
                        state(rs.getString("old_state")), state(rs.getString("new_state")), rs.getString("reason")))
                .list();
    }

    /**
     * Who did {@code action} (SUBMIT, VERIFY) to each realisation last, from the audit trail: the state's
     * {@code updatedBy} forgets it once another act (an unlock) follows.
     */
    Map<UUID, String> lastActors(List<UUID> realizations, String action) {
        Map<UUID, String> actors = new java.util.HashMap<>();
        if (realizations.isEmpty()) {
            return actors;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (realization_id) realization_id, actor FROM realization_audit
                WHERE realization_id IN (:ids) AND action = :action ORDER BY realization_id, id DESC""")
                .param("ids", realizations).param("action", action)
                .query(rs -> {
                    actors.put(rs.getObject("realization_id", UUID.class), rs.getString("actor"));
                });
        return actors;
    }

    private Map<String, Object> state(String text) {
        return text == null ? null : json.readValue(text, STATE);
    }

    /**
     * Writers of a period hold its lock shared, approval and unlock exclusively, until their transaction ends; all
     * of them hold the Pemda's capaian rules shared first, so a change of the rules waits for them and they for it.
     */
    void lockPeriodShared(OrgRef org, String period) {
        ruleBooks.holdShared(org.pemdaCode());
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 4))").param(key(org, period))
                .query(Object.class).single();
    }

    void lockPeriodExclusive(OrgRef org, String period) {
        ruleBooks.holdShared(org.pemdaCode());
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 4))").param(key(org, period))
                .query(Object.class).single();
    }

    /** The writers of one indicator's year in an OPD take turns (its quarters feed each other's cumulative value). */
    void lockIndicatorYear(UUID indicatorId, OrgRef org, int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 4))")
                .param("indicator:" + indicatorId + "/" + org.pemdaCode() + "/" + org.opdCode() + "/" + year)
                .query(Object.class).single();
    }

    private static String key(OrgRef org, String period) {
        return "period:" + org.pemdaCode() + "/" + org.opdCode() + "/" + period;
    }

    boolean isLocked(OrgRef org, String period) {
        return jdbc.sql("SELECT count(*) FROM period_lock WHERE pemda_code = ? AND opd_code = ? AND period = ?")
                .params(org.pemdaCode(), org.opdCode(), period).query(Long.class).single() > 0;
    }

    void lock(OrgRef org, String period, String actor, Instant at, int realizations) {
        jdbc.sql("INSERT INTO period_lock (pemda_code, opd_code, period, locked_by, locked_at) VALUES (?, ?, ?, ?, ?)")
                .params(org.pemdaCode(), org.opdCode(), period, actor, Timestamp.from(at)).update();
        lockAudit(org, period, "LOCK", actor, at, null, realizations);
    }

    void unlock(OrgRef org, String period, String actor, Instant at, String reason, int realizations) {
        jdbc.sql("DELETE FROM period_lock WHERE pemda_code = ? AND opd_code = ? AND period = ?")
                .params(org.pemdaCode(), org.opdCode(), period).update();
        lockAudit(org, period, "UNLOCK", actor, at, reason, realizations);
    }

    private void lockAudit(OrgRef org, String period, String action, String actor, Instant at, String reason,
            int realizations) {
        jdbc.sql("""
                INSERT INTO period_lock_audit (pemda_code, opd_code, period, action, actor, at, reason, realizations)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(org.pemdaCode(), org.opdCode(), period, action, actor, Timestamp.from(at), reason,
                        realizations)
                .update();
    }

    List<PeriodView.LockEvent> lockHistory(OrgRef org, String period) {
        return jdbc.sql("""
                SELECT * FROM period_lock_audit WHERE pemda_code = ? AND opd_code = ? AND period = ? ORDER BY id""")
                .params(org.pemdaCode(), org.opdCode(), period)
                .query((rs, n) -> new PeriodView.LockEvent(rs.getString("action"), rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(), rs.getString("reason"), rs.getInt("realizations")))
                .list();
    }

    private static Realization map(ResultSet rs, int n) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        Instant recordedAt = rs.getTimestamp("recorded_at").toInstant();
        return new Realization(rs.getObject("id", UUID.class), rs.getObject("indicator_id", UUID.class),
                new OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"), rs.getString("bidang_code")),
                rs.getString("period"), rs.getBigDecimal("value"), rs.getString("category"),
                rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBigDecimal("target"),
                rs.getString("target_text"), rs.getBigDecimal("cumulative_value"),
                CapaianStatus.valueOf(rs.getString("capaian_status")), rs.getBigDecimal("capaian_percent"),
                Status.valueOf(rs.getString("status")), rs.getString("faktor_pendorong"),
                rs.getString("faktor_penghambat"), rs.getString("tindak_lanjut"), rs.getString("review_note"),
                rs.getLong("version"), rs.getString("recorded_by"), recordedAt,
                rs.getString("updated_by") == null ? rs.getString("recorded_by") : rs.getString("updated_by"),
                updated == null ? recordedAt : updated.toInstant());
    }
}
