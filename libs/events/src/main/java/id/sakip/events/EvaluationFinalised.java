package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The internal SAKIP evaluation of an OPD for a year was made final: the framework it was scored with, the total
 * score (half-up to 2 decimals), its predikat and each component's score. Topic {@code sakip.evaluation.evaluation},
 * key the evaluation's id; {@code aggregateVersion} is the evaluation's version at finalisation.
 */
public record EvaluationFinalised(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID evaluationId,
        OrgRef org,
        int year,
        @Bound(chars = Bound.CODE) String frameworkCode,
        BigDecimal score,
        @Bound(chars = Bound.CODE) String predikat,
        @Bound(chars = 100) String predikatMeaning,
        @Bound(items = 10) List<ComponentScore> components,
        @Bound(chars = Bound.SUBJECT) String finalisedBy) implements SakipEvent {

    public EvaluationFinalised {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(evaluationId, "evaluationId");
        Require.present(org, "org");
        Require.text(frameworkCode, "frameworkCode");
        Require.present(score, "score");
        Require.text(predikat, "predikat");
        components = components == null ? List.of() : List.copyOf(components);
        Require.text(finalisedBy, "finalisedBy");
    }

    @Override
    public String aggregateId() {
        return evaluationId.toString();
    }

    /** A component of the framework with its weight and the score it got (of at most its weight). */
    public record ComponentScore(@Bound(chars = Bound.CODE) String code, @Bound(chars = 200) String name,
            BigDecimal weight, BigDecimal score) {
    }
}
