package id.sakip.planning.indicator;

import id.sakip.events.YearTarget;

import java.time.Instant;

/** One entry of a target's audit trail: who changed which year, when, from what to what, and why. */
public record TargetChange(int year, YearTarget oldTarget, YearTarget newTarget, String reason, String changedBy,
        Instant changedAt) {
}
