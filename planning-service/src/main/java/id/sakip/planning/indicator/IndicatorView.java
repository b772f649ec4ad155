package id.sakip.planning.indicator;

import id.sakip.events.Aggregation;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An indicator as the API shows it. {@code decreasingFormula}: its own formula for a DECREASING capaian (null: the
 * Pemda's rule); {@code negativeAllowed} and {@code percentage}: stated when it was defined.
 */
public record IndicatorView(UUID id, OrgRef org, String name, String unit, Polarity polarity, TargetType targetType,
        Aggregation aggregation, List<String> scale, UUID planNodeId, boolean iku, String definition,
        String dataSource, String numerator, String denominator, List<YearTarget> targets, long version,
        String createdBy, Instant createdAt, DecreasingFormula decreasingFormula, boolean negativeAllowed,
        boolean percentage) {
}
