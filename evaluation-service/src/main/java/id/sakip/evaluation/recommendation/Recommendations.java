package id.sakip.evaluation.recommendation;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.evaluation.evaluation.Evaluations;
import id.sakip.evaluation.framework.Framework;
import id.sakip.evaluation.framework.Frameworks;
import id.sakip.evaluation.recommendation.Recommendation.Status;
import id.sakip.events.OrgRef;
import id.sakip.events.RecommendationStatusChanged;
import id.sakip.support.security.Access;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * The recommendations of evaluations: written by the evaluator while the evaluation is graded (before it is final,
 * so the LHE prints them all), followed up by the OPD each quarter once it is final, closed by a follow-up that says
 * it is done. Every change is published whole as RecommendationStatusChanged.
 */
@Service
public class Recommendations {

    /** The day a due date is judged on: the Pemda's working day. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc;
    private final Evaluations evaluations;
    private final Frameworks frameworks;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recommendations(JdbcClient jdbc, Evaluations evaluations, Frameworks frameworks, Access access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RecommendationView write(UUID evaluationId, RecommendationRequests.Write request, String actor) {
        Evaluations.Facts evaluation = evaluations.facts(evaluationId);
        access.require(Permission.EVALUATE_SAKIP, Owner.of(evaluation.org()));
        if (!"SELF_ASSESSED".equals(evaluation.state()) && !"EVALUATED".equals(evaluation.state())) {
            throw ApiProblem.conflict("transition-not-allowed", "Rekomendasi ditulis evaluator setelah penilaian "
                    + "mandiri diajukan dan sebelum evaluasi final (tidak dapat ditambahkan).");
        }
        Framework framework = frameworks.find(evaluation.frameworkCode()).orElseThrow();
        Framework.Area area = framework.area(request.area().strip()).orElseThrow(() -> ApiProblem.unprocessable(
                "unknown-area", "Bidang rekomendasi " + request.area().strip() + " tidak ada pada kerangka "
                        + "evaluasi ini. Tidak ada data yang diubah.", Map.of("area", "pilih salah satu dari "
                        + String.join(", ", framework.recommendationAreas().stream().map(Framework.Area::code)
                        .toList()))));
        UUID id = UUID.randomUUID();
        Instant now = now();
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM recommendation WHERE evaluation_id = ?")
                .param(evaluationId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO recommendation (id, evaluation_id, pemda_code, opd_code, year, area, area_name, text, owner,
                                            due_date, status, position, version, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 1, ?, ?)""")
                .params(id, evaluationId, evaluation.org().pemdaCode(), evaluation.org().opdCode(),
                        evaluation.year(), area.code(), area.name(), request.text().strip(), request.owner().strip(),
                        request.dueDate(), position, actor, Timestamp.from(now))
                .update();
        return published(id, actor, now);
    }

    @Transactional
    public RecommendationView followUp(UUID id, RecommendationRequests.FollowUp request, Long expectedVersion,
            String actor) {
        long expected = IfMatch.require(expectedVersion, "rekomendasi");
        RecommendationView current = find(id, true);
        access.require(Permission.SELF_ASSESS_SAKIP, Owner.opd(current.pemdaCode(), current.opdCode()));
        if (current.version() != expected) {
            throw new OptimisticLockingFailureException("recommendation " + id + " is at " + current.version());
        }
        if (!evaluations.facts(current.evaluationId()).isFinal()) {
            throw ApiProblem.conflict("transition-not-allowed", "Tindak lanjut dicatat setelah hasil evaluasi "
                    + "final disampaikan.");
        }
        Status next = new Recommendation(Status.valueOf(current.status()), current.dueDate())
                .followedUp(request.closes());
        Instant now = now();
        jdbc.sql("""
                INSERT INTO recommendation_follow_up (recommendation_id, quarter, note, evidence, closes, by_subject, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, request.quarter(), request.note().strip(), blankToNull(request.evidence()),
                        request.closes(), actor, Timestamp.from(now))
                .update();
        jdbc.sql("""
                UPDATE recommendation SET status = ?, version = version + 1, closed_by = ?, closed_at = ?
                WHERE id = ? AND version = ?""")
                .params(next.name(), next == Status.CLOSED ? actor : null,
                        next == Status.CLOSED ? Timestamp.from(now) : null, id, expected)
                .update();
        return published(id, actor, now);
    }

    @Transactional(readOnly = true)
    public RecommendationView get(UUID id) {
        RecommendationView view = find(id, false);
        access.require(Permission.READ_OPD, Owner.opd(view.pemdaCode(), view.opdCode()));
        return view;
    }

    /**
     * An OPD's recommendations (READ_OPD), or with no OPD every OPD's of the Pemda (READ_CITY); {@code openOnly}
     * leaves the closed ones out, {@code overdueOnly} keeps those past due.
     */
    @Transactional(readOnly = true)
    public List<RecommendationView> list(String pemdaCode, String opdCode, UUID evaluationId, boolean openOnly,
            boolean overdueOnly) {
        if (opdCode == null) {
            access.require(Permission.READ_CITY, Owner.pemda(pemdaCode));
        } else {
            access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        }
        List<RecommendationView> views = views("""
                r.pemda_code = ? AND (?::text IS NULL OR r.opd_code = ?) AND (?::uuid IS NULL OR r.evaluation_id = ?)
                  AND (NOT ? OR r.status <> 'CLOSED')""", "r.opd_code, r.year DESC, r.position",
                pemdaCode, opdCode, opdCode, evaluationId, evaluationId, openOnly || overdueOnly);
        return overdueOnly ? views.stream().filter(RecommendationView::overdue).toList() : views;
    }

    /** Every recommendation of an evaluation in the order written, for its LHE. */
    @Transactional(readOnly = true)
    public List<RecommendationView> of(UUID evaluationId) {
        return views("r.evaluation_id = ?", "r.position", evaluationId);
    }

    private RecommendationView published(UUID id, String actor, Instant now) {
        RecommendationView view = find(id, false);
        RecommendationView.FollowUp last = view.followUps().isEmpty() ? null
                : view.followUps().get(view.followUps().size() - 1);
        events.publishEvent(new RecommendationStatusChanged(UUID.randomUUID(), now, view.version(), view.id(),
                view.evaluationId(), new OrgRef(view.pemdaCode(), view.opdCode(), null), view.year(), view.area(),
                view.areaName(), view.text(), view.owner(), view.dueDate(), view.status(), view.followUps().size(),
                last == null ? null : last.quarter(), actor));
        return view;
    }

    /**
     * The recommendations {@code where} selects (on {@code recommendation r}) in the given order, with their
     * follow-ups: two statements however many there are.
     */
    private List<RecommendationView> views(String where, String order, Object... params) {
        Map<UUID, List<RecommendationView.FollowUp>> followUps = new HashMap<>();
        jdbc.sql("SELECT f.* FROM recommendation_follow_up f JOIN recommendation r ON r.id = f.recommendation_id "
                        + "WHERE " + where + " ORDER BY f.id").params(params)
                .query(rs -> {
                    followUps.computeIfAbsent(rs.getObject("recommendation_id", UUID.class), k -> new ArrayList<>())
                            .add(followUp(rs));
                });
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        return jdbc.sql("SELECT r.* FROM recommendation r WHERE " + where + " ORDER BY " + order).params(params)
                .query((rs, n) -> view(rs, followUps.getOrDefault(rs.getObject("id", UUID.class), List.of()), today))
                .list();
    }

    private static RecommendationView.FollowUp followUp(ResultSet rs) throws SQLException {
        return new RecommendationView.FollowUp(rs.getString("quarter"), rs.getString("note"), rs.getString("evidence"),
                rs.getBoolean("closes"), rs.getString("by_subject"), rs.getTimestamp("at").toInstant());
    }

    private RecommendationView find(UUID id, boolean forUpdate) {
        List<RecommendationView.FollowUp> followUps = jdbc.sql(
                        "SELECT * FROM recommendation_follow_up WHERE recommendation_id = ? ORDER BY id").param(id)
                .query((rs, n) -> followUp(rs))
                .list();
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        return jdbc.sql("SELECT * FROM recommendation WHERE id = ?" + (forUpdate ? " FOR UPDATE" : "")).param(id)
                .query((rs, n) -> view(rs, followUps, today)).optional()
                .orElseThrow(() -> ApiProblem.notFound("recommendation-not-found", "Rekomendasi " + id
                        + " tidak ada."));
    }

    private static RecommendationView view(ResultSet rs, List<RecommendationView.FollowUp> followUps,
            LocalDate today) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new RecommendationView(rs.getObject("id", UUID.class), rs.getObject("evaluation_id", UUID.class),
                rs.getString("pemda_code"), rs.getString("opd_code"), rs.getInt("year"), rs.getString("area"),
                rs.getString("area_name"), rs.getString("text"), rs.getString("owner"), due, status.name(),
                status.label, new Recommendation(status, due).overdue(today), rs.getLong("version"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant(), List.copyOf(followUps));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
