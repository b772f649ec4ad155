package id.sakip.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Planning defined an indicator, or changed it (a target revised: a higher {@code aggregateVersion} carrying the
 * whole new state). Topic {@code sakip.planning.indicator}. Fields after {@code definedBy} were added within v1 and
 * are absent from older events: read them as NUMBER, LAST, no scale, no plan node; {@code decreasingFormula} absent
 * means the Pemda's rule; {@code negativeAllowed} and {@code percentage} absent mean what the name and unit suggest
 * (libs/capaian IndicatorDefaults), as before they were stated.
 */
public record IndicatorDefined(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID indicatorId,
        OrgRef org,
        @Bound(chars = 500) String name,
        @Bound(chars = 50) String unit,
        Polarity polarity,
        @Bound(items = 20) List<YearTarget> targets,
        @Bound(chars = Bound.SUBJECT) String definedBy,
        TargetType targetType,
        Aggregation aggregation,
        @Bound(items = 20, chars = 50) List<String> scale,
        UUID planNodeId,
        DecreasingFormula decreasingFormula,
        Boolean negativeAllowed,
        Boolean percentage) implements SakipEvent {

    public IndicatorDefined {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(indicatorId, "indicatorId");
        Require.present(org, "org");
        Require.text(name, "name");
        Require.text(unit, "unit");
        Require.present(polarity, "polarity");
        targets = List.copyOf(Require.present(targets, "targets"));
        targetType = targetType == null ? TargetType.NUMBER : targetType;
        aggregation = aggregation == null ? Aggregation.LAST : aggregation;
        scale = scale == null ? List.of() : List.copyOf(scale);
        if (polarity == Polarity.ORDINAL && scale.size() < 2) {
            throw new IllegalArgumentException("scale is missing: an ORDINAL indicator needs its ordered scale");
        }
        if (decreasingFormula != null && polarity != Polarity.DECREASING) {
            throw new IllegalArgumentException("decreasingFormula is for a DECREASING indicator only");
        }
    }

    /** The form before the indicator stated its own formula and its kind of number. */
    public IndicatorDefined(UUID eventId, Instant occurredAt, long aggregateVersion, UUID indicatorId, OrgRef org,
            String name, String unit, Polarity polarity, List<YearTarget> targets, String definedBy,
            TargetType targetType, Aggregation aggregation, List<String> scale, UUID planNodeId) {
        this(eventId, occurredAt, aggregateVersion, indicatorId, org, name, unit, polarity, targets, definedBy,
                targetType, aggregation, scale, planNodeId, null, null, null);
    }

    /** The form of the first version of the contract: a numeric indicator that belongs to no plan node. */
    public IndicatorDefined(UUID eventId, Instant occurredAt, long aggregateVersion, UUID indicatorId, OrgRef org,
            String name, String unit, Polarity polarity, List<YearTarget> targets, String definedBy) {
        this(eventId, occurredAt, aggregateVersion, indicatorId, org, name, unit, polarity, targets, definedBy,
                TargetType.NUMBER, Aggregation.LAST, List.of(), null, null, null, null);
    }


    @Override
    public String aggregateId() {
        return indicatorId.toString();
    }
}
