package id.sakip.evaluation.evaluation;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.evaluation.evaluation.Evaluation.Entry;
import id.sakip.evaluation.evaluation.Evaluation.State;
import id.sakip.evaluation.evaluation.Evaluation.Step;
import id.sakip.evaluation.framework.Framework;
import id.sakip.evaluation.framework.Frameworks;
import id.sakip.evaluation.scoring.Scorecard;
import id.sakip.events.EvaluationFinalised;
import id.sakip.events.OrgRef;
import id.sakip.support.security.Access;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Evaluations as stored: opened for an OPD and year, answered, graded and finalised through {@link Evaluation},
 * each write guarded by the version the person read (If-Match) and kept in the audit trail; finalisation publishes
 * EvaluationFinalised.
 */
@Service
public class Evaluations {

    private final JdbcClient jdbc;
    private final Frameworks frameworks;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;

    Evaluations(JdbcClient jdbc, Frameworks frameworks, Access access, ApplicationEventPublisher events, Clock clock,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    /** Opens the evaluation of an OPD for a year: the Inspektorat's team, or the OPD starting its self-assessment. */
    @Transactional
    public EvaluationView open(EvaluationRequests.Open request, String actor) {
        access.requireAny(Owner.opd(request.pemdaCode(), request.opdCode()), Permission.EVALUATE_SAKIP,
                Permission.SELF_ASSESS_SAKIP);
        String code = request.frameworkCode() == null || request.frameworkCode().isBlank() ? Frameworks.DEFAULT
                : request.frameworkCode().strip();
        Framework framework = frameworks.find(code).orElseThrow(() -> ApiProblem.unprocessable("unknown-framework",
                "Kerangka evaluasi " + code + " tidak dikenal. Tidak ada data yang diubah.", Map.of("frameworkCode",
                        "pilih salah satu dari " + String.join(", ", frameworks.all().stream()
                                .map(Framework::code).toList()))));
        UUID id = UUID.randomUUID();
        Instant now = now();
        int inserted = jdbc.sql("""
                INSERT INTO evaluation (id, pemda_code, opd_code, year, framework_code, state, version, opened_by,
                                        opened_at)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', 1, ?, ?)
                ON CONFLICT ON CONSTRAINT evaluation_coordinate DO NOTHING""")
                .params(id, request.pemdaCode(), request.opdCode(), request.year(), framework.code(), actor,
                        Timestamp.from(now))
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("evaluation-exists", "Evaluasi SAKIP OPD " + request.opdCode() + " tahun "
                    + request.year() + " sudah dibuka; lanjutkan evaluasi itu.");
        }
        audit(id, "OPENED", null, actor, now, Map.of("framework", framework.code()));
        return EvaluationView.of(load(id, false), framework);
    }

    /** What another feature needs of an evaluation: whose it is, its year, framework and state. */
    public record Facts(UUID id, OrgRef org, int year, String frameworkCode, String state) {

        public boolean isFinal() {
            return "FINAL".equals(state);
        }
    }

    /** The evaluation's facts under a row lock (a recommendation written beside it waits for its step). */
    @Transactional
    public Facts facts(UUID id) {
        Evaluation evaluation = load(id, true);
        return new Facts(evaluation.id(), evaluation.org(), evaluation.year(), evaluation.frameworkCode(),
                evaluation.state().name());
    }

    /** Keeps a change another feature made to the evaluation (its result letter) in the evaluation's trail. */
    @Transactional
    public void audited(UUID id, String action, String actor, Map<String, ?> detail) {
        audit(id, action, null, actor, now(), detail);
    }

    @Transactional(readOnly = true)
    public List<EvaluationView.Summary> list(String pemdaCode, String opdCode, Integer year) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return jdbc.sql("""
                SELECT * FROM evaluation WHERE pemda_code = ? AND opd_code = ? AND (?::int IS NULL OR year = ?)
                ORDER BY year DESC""")
                .params(pemdaCode, opdCode, year, year)
                .query((rs, n) -> new EvaluationView.Summary(rs.getObject("id", UUID.class), rs.getInt("year"),
                        rs.getString("framework_code"), rs.getString("state"), rs.getBigDecimal("score"),
                        rs.getString("predikat"), rs.getLong("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public EvaluationView get(UUID id) {
        Evaluation evaluation = load(id, false);
        access.require(Permission.READ_OPD, Owner.of(evaluation.org()));
        return EvaluationView.of(evaluation, framework(evaluation));
    }

    @Transactional
    public EvaluationView selfAssess(UUID id, String criterion, EvaluationRequests.SelfAssessment answer,
            Long expectedVersion, String actor) {
        return change(id, expectedVersion, Permission.SELF_ASSESS_SAKIP, actor, (evaluation, framework, now) -> {
            Entry entry = evaluation.selfAssess(framework, criterion, answer.grade().strip(),
                    blankToNull(answer.note()), blankToNull(answer.evidence()), actor, now);
            saveEntry(evaluation.id(), criterion, entry);
            audit(evaluation.id(), "SELF_ASSESSED_CRITERION", criterion, actor, now, detail("grade",
                    entry.selfGrade(), "note", entry.selfNote(), "evidence", entry.selfEvidence()));
            return null;
        });
    }

    @Transactional
    public EvaluationView submit(UUID id, Long expectedVersion, String actor) {
        return change(id, expectedVersion, Permission.SELF_ASSESS_SAKIP, actor, (evaluation, framework, now) -> {
            evaluation.submitSelfAssessment(framework, actor, now);
            audit(evaluation.id(), "SELF_ASSESSMENT_SUBMITTED", null, actor, now, null);
            return null;
        });
    }

    @Transactional
    public EvaluationView grade(UUID id, String criterion, EvaluationRequests.Grade grade, Long expectedVersion,
            String actor) {
        return change(id, expectedVersion, Permission.EVALUATE_SAKIP, actor, (evaluation, framework, now) -> {
            Entry entry = evaluation.grade(framework, criterion, grade.grade().strip(), blankToNull(grade.note()),
                    actor, now);
            saveEntry(evaluation.id(), criterion, entry);
            audit(evaluation.id(), "GRADED_CRITERION", criterion, actor, now, detail("grade", entry.grade(),
                    "note", entry.gradeNote()));
            return null;
        });
    }

    @Transactional
    public EvaluationView complete(UUID id, Long expectedVersion, String actor) {
        return change(id, expectedVersion, Permission.EVALUATE_SAKIP, actor, (evaluation, framework, now) -> {
            Scorecard card = evaluation.complete(framework, actor, now);
            audit(evaluation.id(), "EVALUATED", null, actor, now, detail("score", card.total().toPlainString(),
                    "predikat", card.predikat()));
            return card;
        });
    }

    @Transactional
    public EvaluationView finalise(UUID id, Long expectedVersion, String actor) {
        return change(id, expectedVersion, Permission.EVALUATE_SAKIP, actor, (evaluation, framework, now) -> {
            EvaluationFinalised finalised = evaluation.finalise(framework, actor, now);
            audit(evaluation.id(), "FINALISED", null, actor, now, detail("score",
                    finalised.score().toPlainString(), "predikat", finalised.predikat()));
            events.publishEvent(finalised);
            return null;
        });
    }

    @Transactional(readOnly = true)
    public List<EvaluationView.AuditRow> history(UUID id) {
        Evaluation evaluation = load(id, false);
        access.require(Permission.READ_OPD, Owner.of(evaluation.org()));
        return jdbc.sql("SELECT * FROM evaluation_audit WHERE evaluation_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new EvaluationView.AuditRow(rs.getString("action"), rs.getString("criterion_code"),
                        rs.getString("actor"), rs.getTimestamp("at").toInstant(), rs.getString("detail") == null
                        ? null : json.readTree(rs.getString("detail"))))
                .list();
    }

    private interface Change {
        /** @return the evaluator's scorecard when the step completed the grading, else null */
        Scorecard apply(Evaluation evaluation, Framework framework, Instant now);
    }

    /**
     * Loads the evaluation under a row lock, checks the person may do this and read what they change, applies the
     * change to the aggregate and stores its new state with the next version.
     */
    private EvaluationView change(UUID id, Long expectedVersion, Permission permission, String actor, Change change) {
        long expected = IfMatch.require(expectedVersion, "evaluasi");
        Evaluation evaluation = load(id, true);
        access.require(permission, Owner.of(evaluation.org()));
        if (evaluation.version() != expected) {
            throw new OptimisticLockingFailureException("evaluation " + id + " is at " + evaluation.version()
                    + ", not " + expected);
        }
        Framework framework = framework(evaluation);
        Instant now = now();
        Scorecard completed = change.apply(evaluation, framework, now);
        Map<State, Step> steps = evaluation.steps();
        jdbc.sql("""
                UPDATE evaluation SET state = ?, version = version + 1, self_assessed_by = ?, self_assessed_at = ?,
                    evaluated_by = ?, evaluated_at = ?, finalised_by = ?, finalised_at = ?,
                    score = coalesce(?, score), predikat = coalesce(?, predikat)
                WHERE id = ? AND version = ?""")
                .params(evaluation.state().name(), by(steps, State.SELF_ASSESSED), at(steps, State.SELF_ASSESSED),
                        by(steps, State.EVALUATED), at(steps, State.EVALUATED), by(steps, State.FINAL),
                        at(steps, State.FINAL), completed == null ? null : completed.total(),
                        completed == null ? null : completed.predikat(), id, expected)
                .update();
        return EvaluationView.of(load(id, false), framework);
    }

    private Framework framework(Evaluation evaluation) {
        return frameworks.find(evaluation.frameworkCode()).orElseThrow(() -> new IllegalStateException(
                "evaluation " + evaluation.id() + " names the framework " + evaluation.frameworkCode()
                        + ", which this service no longer ships"));
    }

    private Evaluation load(UUID id, boolean forUpdate) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Evaluation found = jdbc.sql("SELECT * FROM evaluation WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))
                .param(id).query((rs, n) -> evaluation(rs, entries)).optional()
                .orElseThrow(() -> ApiProblem.notFound("evaluation-not-found", "Evaluasi " + id + " tidak ada."));
        jdbc.sql("SELECT * FROM evaluation_entry WHERE evaluation_id = ?").param(id).query(rs -> {
            entries.put(rs.getString("criterion_code"), new Entry(rs.getString("self_grade"),
                    rs.getString("self_note"), rs.getString("self_evidence"), rs.getString("self_by"),
                    instant(rs, "self_at"), rs.getString("grade"), rs.getString("grade_note"),
                    rs.getString("graded_by"), instant(rs, "graded_at")));
        });
        return new Evaluation(found.id(), found.org(), found.year(), found.frameworkCode(), found.state(),
                found.version(), entries, found.steps());
    }

    private static Evaluation evaluation(ResultSet rs, Map<String, Entry> entries) throws SQLException {
        Map<State, Step> steps = new EnumMap<>(State.class);
        steps.put(State.DRAFT, new Step(rs.getString("opened_by"), instant(rs, "opened_at")));
        step(rs, steps, State.SELF_ASSESSED, "self_assessed");
        step(rs, steps, State.EVALUATED, "evaluated");
        step(rs, steps, State.FINAL, "finalised");
        return new Evaluation(rs.getObject("id", UUID.class), new OrgRef(rs.getString("pemda_code"),
                rs.getString("opd_code"), null), rs.getInt("year"), rs.getString("framework_code"),
                State.valueOf(rs.getString("state")), rs.getLong("version"), entries, steps);
    }

    private static void step(ResultSet rs, Map<State, Step> steps, State state, String column) throws SQLException {
        if (rs.getString(column + "_by") != null) {
            steps.put(state, new Step(rs.getString(column + "_by"), instant(rs, column + "_at")));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static String by(Map<State, Step> steps, State state) {
        Step step = steps.get(state);
        return step == null ? null : step.by();
    }

    private static Timestamp at(Map<State, Step> steps, State state) {
        Step step = steps.get(state);
        return step == null ? null : Timestamp.from(step.at());
    }

    private void saveEntry(UUID id, String criterion, Entry entry) {
        jdbc.sql("""
                INSERT INTO evaluation_entry (evaluation_id, criterion_code, self_grade, self_note, self_evidence,
                                              self_by, self_at, grade, grade_note, graded_by, graded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (evaluation_id, criterion_code) DO UPDATE SET self_grade = EXCLUDED.self_grade,
                    self_note = EXCLUDED.self_note, self_evidence = EXCLUDED.self_evidence,
                    self_by = EXCLUDED.self_by, self_at = EXCLUDED.self_at, grade = EXCLUDED.grade,
                    grade_note = EXCLUDED.grade_note, graded_by = EXCLUDED.graded_by, graded_at = EXCLUDED.graded_at""")
                .params(id, criterion, entry.selfGrade(), entry.selfNote(), entry.selfEvidence(), entry.selfBy(),
                        entry.selfAt() == null ? null : Timestamp.from(entry.selfAt()), entry.grade(),
                        entry.gradeNote(), entry.gradedBy(),
                        entry.gradedAt() == null ? null : Timestamp.from(entry.gradedAt()))
                .update();
    }

    private void audit(UUID id, String action, String criterion, String actor, Instant at, Map<String, ?> detail) {
        jdbc.sql("INSERT INTO evaluation_audit (evaluation_id, action, criterion_code, actor, at, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?::jsonb)")
                .params(id, action, criterion, actor, Timestamp.from(at),
                        detail == null ? null : json.writeValueAsString(detail))
                .update();
    }

    private static Map<String, Object> detail(Object... keyValues) {
        Map<String, Object> detail = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            detail.put((String) keyValues[i], keyValues[i + 1]);
        }
        return detail;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
