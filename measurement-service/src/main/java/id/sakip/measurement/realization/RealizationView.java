package id.sakip.measurement.realization;

import id.sakip.events.CapaianStatus;
import id.sakip.events.OrgRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A realisation as the API shows it. {@code capaianPercent} is rounded half-up to 2 decimals; the unrounded value
 * is stored and published.
 */
public record RealizationView(UUID id, UUID indicatorId, OrgRef org, String period, BigDecimal value,
        BigDecimal target, CapaianStatus capaianStatus, BigDecimal capaianPercent, long version, String recordedBy,
        Instant recordedAt) {
}
