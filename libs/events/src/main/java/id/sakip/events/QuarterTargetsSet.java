package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Rencana Aksi of an OPD for a year was written: the cumulative quarter targets ("up to TW n") of each indicator
 * it links, whole (an indicator absent here has no quarter targets any more). Measurement compares a quarter's
 * realisation with its quarter target. Key {@code <pemda>/<opd>/<year>}; {@code aggregateVersion} is the Rencana
 * Aksi's version. Topic {@code sakip.planning.rencana-aksi}.
 */
public record QuarterTargetsSet(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        OrgRef org,
        int year,
        @Bound(items = 200) List<IndicatorQuarters> indicators,
        @Bound(chars = Bound.SUBJECT) String setBy) implements SakipEvent {

    public QuarterTargetsSet {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(org, "org");
        indicators = List.copyOf(Require.present(indicators, "indicators"));
    }

    @Override
    public String aggregateId() {
        return org.pemdaCode() + "/" + org.opdCode() + "/" + year;
    }

    /** An indicator's targets up to TW I..IV; a quarter without a target is absent. */
    public record IndicatorQuarters(UUID indicatorId, @Bound(items = 4) List<QuarterTarget> quarters) {
        public IndicatorQuarters {
            quarters = quarters == null ? List.of() : List.copyOf(quarters);
        }
    }

    /** {@code value} for a number target (88 from "88%"), {@code category} for an ordinal one; as written in {@code text}. */
    public record QuarterTarget(
            int quarter,
            BigDecimal value,
            @Bound(chars = 100) String category,
            @Bound(chars = 100) String text) {
    }
}
