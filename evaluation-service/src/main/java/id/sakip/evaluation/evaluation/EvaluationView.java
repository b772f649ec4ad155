package id.sakip.evaluation.evaluation;

import id.sakip.evaluation.evaluation.Evaluation.Entry;
import id.sakip.evaluation.evaluation.Evaluation.State;
import id.sakip.evaluation.evaluation.Evaluation.Step;
import id.sakip.evaluation.framework.Framework;
import id.sakip.evaluation.scoring.Scorecard;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation as its API shows it: where it stands with who moved it and when, the framework's components and
 * criteria with the OPD's and the evaluator's answers, and both scorecards (the OPD's own beside the evaluator's).
 */
public record EvaluationView(UUID id, String pemdaCode, String opdCode, int year, String frameworkCode,
        String frameworkName, String state, String stateLabel, long version, Steps steps, Scorecard selfScore,
        Scorecard score, List<Component> components) {

    public record Steps(Done opened, Done selfAssessed, Done evaluated, Done finalised) {
    }

    public record Done(String by, Instant at) {
    }

    public record Component(String code, String name, BigDecimal weight, List<SubComponent> subComponents) {
    }

    public record SubComponent(String code, String name, BigDecimal weight, List<Criterion> criteria) {
    }

    public record Criterion(String code, String text, String selfGrade, String selfNote, String selfEvidence,
            String selfBy, Instant selfAt, String grade, String gradeNote, String gradedBy, Instant gradedAt) {
    }

    /** One evaluation in a list. */
    public record Summary(UUID id, int year, String frameworkCode, String state, BigDecimal score, String predikat,
            long version) {
    }

    /** One change of the audit trail. */
    public record AuditRow(String action, String criterion, String actor, Instant at, JsonNode detail) {
    }

    static EvaluationView of(Evaluation evaluation, Framework framework) {
        List<Component> components = new ArrayList<>();
        for (Framework.Component component : framework.components()) {
            List<SubComponent> subs = new ArrayList<>();
            for (Framework.SubComponent sub : component.subComponents()) {
                List<Criterion> criteria = new ArrayList<>();
                for (Framework.Criterion criterion : sub.criteria()) {
                    Entry e = evaluation.entry(criterion.code());
                    criteria.add(new Criterion(criterion.code(), criterion.text(), e.selfGrade(), e.selfNote(),
                            e.selfEvidence(), e.selfBy(), e.selfAt(), e.grade(), e.gradeNote(), e.gradedBy(),
                            e.gradedAt()));
                }
                subs.add(new SubComponent(sub.code(), sub.name(), sub.weight(), List.copyOf(criteria)));
            }
            components.add(new Component(component.code(), component.name(), component.weight(), List.copyOf(subs)));
        }
        var steps = evaluation.steps();
        return new EvaluationView(evaluation.id(), evaluation.org().pemdaCode(), evaluation.org().opdCode(),
                evaluation.year(), framework.code(), framework.name(), evaluation.state().name(),
                evaluation.state().label, evaluation.version(), new Steps(done(steps.get(State.DRAFT)),
                done(steps.get(State.SELF_ASSESSED)), done(steps.get(State.EVALUATED)),
                done(steps.get(State.FINAL))), evaluation.selfScorecard(framework), evaluation.scorecard(framework),
                List.copyOf(components));
    }

    private static Done done(Step step) {
        return step == null ? null : new Done(step.by(), step.at());
    }
}
