package id.sakip.planning.indicator;

import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An indicator as the API shows it. */
public record IndicatorView(UUID id, OrgRef org, String name, String unit, Polarity polarity,
        List<YearTarget> targets, long version, String createdBy, Instant createdAt) {
}
