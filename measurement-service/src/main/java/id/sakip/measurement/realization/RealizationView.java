package id.sakip.measurement.realization;

import id.sakip.events.CapaianStatus;
import id.sakip.events.OrgRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A realisation as the API shows it. {@code capaianPercent} is rounded half-up to 2 decimals and capped when the
 * Pemda caps what is shown for the year (100 or 120); {@code capaianUncappedPercent} is the same rounded value
 * without the cap (the unrounded, uncapped value is stored and published); {@code cumulativeValue} is the realisation up to this quarter by the indicator's aggregation,
 * the number compared with the quarter's cumulative target. {@code rating}, {@code trafficLight} and {@code reached}
 * are empty when no capaian could be computed. {@code justificationAsked} names the explanations its capaian asks
 * for before it is submitted (faktorPendorong above target; faktorPenghambat and tindakLanjut below it or rated
 * below Tinggi). {@code version} is what If-Match names.
 */
public record RealizationView(UUID id, UUID indicatorId, OrgRef org, String period, BigDecimal value, String category,
        BigDecimal numerator, BigDecimal denominator, BigDecimal cumulativeValue, BigDecimal target, String targetText,
        CapaianStatus capaianStatus, BigDecimal capaianPercent, BigDecimal capaianUncappedPercent, Boolean reached, String rating,
        String trafficLight, String status, String faktorPendorong, String faktorPenghambat, String tindakLanjut,
        String reviewNote, java.util.List<String> justificationAsked, long version, String recordedBy, Instant recordedAt, String updatedBy,
        Instant updatedAt) {
}
