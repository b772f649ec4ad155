package id.sakip.evaluation.evaluation;

import id.sakip.evaluation.framework.Framework;
import id.sakip.evaluation.scoring.Scorecard;
import id.sakip.events.EvaluationFinalised;
import id.sakip.events.OrgRef;
import id.sakip.support.web.ApiProblem;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The internal SAKIP evaluation of an OPD for a year under one framework version: the OPD's self-assessment per
 * criterion, then the evaluator's grade per criterion, through DRAFT -&gt; SELF_ASSESSED -&gt; EVALUATED -&gt;
 * FINAL. Every transition is checked here and refused out of order; the evaluator is never the person who submitted
 * the self-assessment (four eyes).
 */
final class Evaluation {

    enum State {
        DRAFT("draf penilaian mandiri"), SELF_ASSESSED("menunggu penilaian evaluator"),
        EVALUATED("sudah dinilai evaluator"), FINAL("final");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    /** One criterion's answers: the OPD's and the evaluator's, each with who and when. */
    record Entry(String selfGrade, String selfNote, String selfEvidence, String selfBy, Instant selfAt,
            String grade, String gradeNote, String gradedBy, Instant gradedAt) {

        static final Entry EMPTY = new Entry(null, null, null, null, null, null, null, null, null);
    }

    /** Who moved the evaluation on, and when. */
    record Step(String by, Instant at) {
    }

    private final UUID id;
    private final OrgRef org;
    private final int year;
    private final String frameworkCode;
    private State state;
    private final long version;
    private final Map<String, Entry> entries;
    private final Map<State, Step> steps;

    Evaluation(UUID id, OrgRef org, int year, String frameworkCode, State state, long version,
            Map<String, Entry> entries, Map<State, Step> steps) {
        this.id = id;
        this.org = org;
        this.year = year;
        this.frameworkCode = frameworkCode;
        this.state = state;
        this.version = version;
        this.entries = new LinkedHashMap<>(entries);
        this.steps = new LinkedHashMap<>(steps);
    }

    UUID id() {
        return id;
    }

    OrgRef org() {
        return org;
    }

    int year() {
        return year;
    }

    String frameworkCode() {
        return frameworkCode;
    }

    State state() {
        return state;
    }

    long version() {
        return version;
    }

    Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    Map<State, Step> steps() {
        return Map.copyOf(steps);
    }

    Entry entry(String criterion) {
        return entries.getOrDefault(criterion, Entry.EMPTY);
    }

    /** The OPD answers a criterion while the evaluation is its draft. */
    Entry selfAssess(Framework framework, String criterion, String grade, String note, String evidence, String by,
            Instant at) {
        require(State.DRAFT, "dinilai mandiri", "Penilaian mandiri hanya dapat diisi selama evaluasi berstatus "
                + State.DRAFT.label);
        known(framework, criterion);
        graded(framework, grade);
        Entry entry = entry(criterion);
        Entry changed = new Entry(grade, note, evidence, by, at, entry.grade(), entry.gradeNote(), entry.gradedBy(),
                entry.gradedAt());
        entries.put(criterion, changed);
        return changed;
    }

    /** The OPD hands its self-assessment to the evaluator: every criterion must have its answer. */
    void submitSelfAssessment(Framework framework, String by, Instant at) {
        require(State.DRAFT, "diajukan", "Penilaian mandiri sudah diajukan");
        requireEvery(framework, Entry::selfGrade, "self-assessment-incomplete", "belum dinilai mandiri",
                "Penilaian mandiri belum diajukan.");
        state = State.SELF_ASSESSED;
        steps.put(State.SELF_ASSESSED, new Step(by, at));
    }

    /** The evaluator grades a criterion of a submitted self-assessment. */
    Entry grade(Framework framework, String criterion, String grade, String note, String by, Instant at) {
        require(State.SELF_ASSESSED, "dinilai evaluator", "Evaluator menilai setelah penilaian mandiri diajukan "
                + "dan sebelum evaluasi selesai");
        notTheSubmitter(by);
        known(framework, criterion);
        graded(framework, grade);
        Entry entry = entry(criterion);
        Entry changed = new Entry(entry.selfGrade(), entry.selfNote(), entry.selfEvidence(), entry.selfBy(),
                entry.selfAt(), grade, note, by, at);
        entries.put(criterion, changed);
        return changed;
    }

    /** The evaluator ends the grading: every criterion graded; returns the evaluator's scorecard. */
    Scorecard complete(Framework framework, String by, Instant at) {
        require(State.SELF_ASSESSED, "diselesaikan", "Evaluasi diselesaikan setelah penilaian mandiri diajukan");
        notTheSubmitter(by);
        requireEvery(framework, Entry::grade, "evaluation-incomplete", "belum dinilai evaluator",
                "Evaluasi belum diselesaikan.");
        state = State.EVALUATED;
        steps.put(State.EVALUATED, new Step(by, at));
        return scorecard(framework);
    }

    /** Makes the evaluation final; nothing of it changes afterwards. */
    EvaluationFinalised finalise(Framework framework, String by, Instant at) {
        require(State.EVALUATED, "difinalkan", "Hanya evaluasi yang sudah dinilai evaluator yang dapat difinalkan");
        notTheSubmitter(by);
        state = State.FINAL;
        steps.put(State.FINAL, new Step(by, at));
        Scorecard card = scorecard(framework);
        List<EvaluationFinalised.ComponentScore> components = card.components().stream()
                .map(c -> new EvaluationFinalised.ComponentScore(c.code(), c.name(), c.weight(), c.score()))
                .toList();
        return new EvaluationFinalised(UUID.randomUUID(), at, version + 1, id, org, year, frameworkCode,
                card.total(), card.predikat(), card.predikatMeaning(), components, by);
    }

    /** The evaluator's grades scored. */
    Scorecard scorecard(Framework framework) {
        Map<String, String> grades = new LinkedHashMap<>();
        entries.forEach((code, entry) -> {
            if (entry.grade() != null) {
                grades.put(code, entry.grade());
            }
        });
        return Scorecard.of(framework, grades);
    }

    /** The OPD's own answers scored, for comparison with the evaluator's. */
    Scorecard selfScorecard(Framework framework) {
        Map<String, String> grades = new LinkedHashMap<>();
        entries.forEach((code, entry) -> {
            if (entry.selfGrade() != null) {
                grades.put(code, entry.selfGrade());
            }
        });
        return Scorecard.of(framework, grades);
    }

    /** Four eyes: whoever submitted the self-assessment neither grades, completes nor finalises it. */
    private void notTheSubmitter(String by) {
        Step submitted = steps.get(State.SELF_ASSESSED);
        if (submitted != null && submitted.by().equals(by)) {
            throw ApiProblem.conflict("same-person", "Anda yang mengajukan penilaian mandiri ini; penilaian, "
                    + "penyelesaian dan finalisasi evaluator dilakukan orang lain.");
        }
    }

    /** Refuses, naming each criterion without it, unless every criterion has the grade {@code of} reads. */
    private void requireEvery(Framework framework, java.util.function.Function<Entry, String> of, String slug,
            String missingText, String nothingDone) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (Framework.Placed placed : framework.criteria()) {
            if (of.apply(entry(placed.criterion().code())) == null) {
                missing.put("criteria." + placed.criterion().code(), missingText);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.unprocessable(slug, missing.size() + " dari " + framework.criteria().size()
                    + " kriteria " + missingText + ". " + nothingDone, missing);
        }
    }

    private void require(State expected, String act, String detail) {
        if (state != expected) {
            throw ApiProblem.conflict("transition-not-allowed", detail + "; evaluasi ini " + state.label
                    + " (tidak dapat " + act + ").");
        }
    }

    private static void known(Framework framework, String criterion) {
        if (framework.criterion(criterion).isEmpty()) {
            throw ApiProblem.notFound("criterion-not-found", "Kriteria " + criterion + " tidak ada pada "
                    + framework.name() + ".");
        }
    }

    private static void graded(Framework framework, String grade) {
        if (framework.grade(grade).isEmpty()) {
            throw ApiProblem.unprocessable("invalid-grade", "Nilai " + grade + " tidak ada pada skala kerangka "
                    + "evaluasi ini. Tidak ada data yang diubah.", Map.of("grade", "pilih salah satu dari "
                    + String.join(", ", framework.grades().stream().map(Framework.Grade::code).toList())));
        }
    }
}
