package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Measurement recorded a realisation of an indicator for a period ({@code 2024Q1}..{@code 2024Q4} or {@code 2024}),
 * with the capaian it computed, so that no consumer recomputes the rules. Topic {@code sakip.measurement.realization}.
 * {@code capaianPercent} is unrounded (scale up to 10); display rounds half-up to 2 decimals.
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

    @Override
    public String aggregateId() {
        return realizationId.toString();
    }
}
