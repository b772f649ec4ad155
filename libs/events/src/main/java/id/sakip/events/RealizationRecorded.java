package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Measurement recorded a realisation of an indicator for a period ({@code 2024Q1}..{@code 2024Q4} or {@code 2024}),
 * with the capaian it computed, so that no consumer recomputes the rules. Topic {@code sakip.measurement.realization}.
 * {@code capaianPercent} is unrounded (16 decimals, no upper bound; null when there is nothing to compare with);
 * display rounds half-up to 2 decimals.
 */
public record RealizationRecorded(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID realizationId,
        UUID indicatorId,
        OrgRef org,
        String period,
        BigDecimal value,
        BigDecimal target,
        Polarity polarity,
        CapaianStatus capaianStatus,
        BigDecimal capaianPercent,
        String recordedBy) implements SakipEvent {

    public RealizationRecorded {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(realizationId, "realizationId");
        Require.present(indicatorId, "indicatorId");
        Require.present(org, "org");
        Require.text(period, "period");
        Require.present(value, "value");
        Require.present(polarity, "polarity");
        Require.present(capaianStatus, "capaianStatus");
    }


    @Override
    public String aggregateId() {
        return realizationId.toString();
    }
}
