package id.sakip.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Planning defined an indicator with its yearly targets. Topic {@code sakip.planning.indicator}. */
public record IndicatorDefined(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID indicatorId,
        OrgRef org,
        String name,
        String unit,
        Polarity polarity,
        List<YearTarget> targets,
        String definedBy) implements SakipEvent {

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
    }


    @Override
    public String aggregateId() {
        return indicatorId.toString();
    }
}
