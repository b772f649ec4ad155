package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Measurement recorded a realisation of an indicator for a period ({@code 2024Q1}..{@code 2024Q4} or {@code 2024}),
 * with the capaian it computed, so that no consumer recomputes the rules. Topic {@code sakip.measurement.realization}.
 * {@code capaianPercent} is unrounded (16 decimals, no upper bound; null when there is nothing to compare with);
 * display rounds half-up to 2 decimals. Published when a realisation is entered or changed (a new value, or a
 * recomputation because an earlier quarter changed). Fields after {@code recordedBy} were added within v1: a
 * category realisation (ORDINAL indicators) has {@code category} and no {@code value}; {@code targetText} is the
 * target as written (a range "80 - 90", a category); {@code status} is the workflow state (absent in older events:
 * read DRAFT).
 */
public record RealizationRecorded(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID realizationId,
        UUID indicatorId,
        OrgRef org,
        @Bound(chars = Bound.CODE) String period,
        BigDecimal value,
        BigDecimal target,
        Polarity polarity,
        CapaianStatus capaianStatus,
        BigDecimal capaianPercent,
        @Bound(chars = Bound.SUBJECT) String recordedBy,
        @Bound(chars = 100) String category,
        @Bound(chars = 100) String targetText,
        @Bound(chars = Bound.CODE) String status) implements SakipEvent {

    public RealizationRecorded {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(realizationId, "realizationId");
        Require.present(indicatorId, "indicatorId");
        Require.present(org, "org");
        Require.text(period, "period");
        if ((value == null) == (category == null)) {
            throw new IllegalArgumentException("value or category is missing: a realisation is a number or a category");
        }
        Require.present(polarity, "polarity");
        Require.present(capaianStatus, "capaianStatus");
    }


    /** The first form of the contract: a number, no workflow state. */
    public RealizationRecorded(UUID eventId, Instant occurredAt, long aggregateVersion, UUID realizationId,
            UUID indicatorId, OrgRef org, String period, BigDecimal value, BigDecimal target, Polarity polarity,
            CapaianStatus capaianStatus, BigDecimal capaianPercent, String recordedBy) {
        this(eventId, occurredAt, aggregateVersion, realizationId, indicatorId, org, period, value, target, polarity,
                capaianStatus, capaianPercent, recordedBy, null, null, null);
    }

    @Override
    public String aggregateId() {
        return realizationId.toString();
    }
}
