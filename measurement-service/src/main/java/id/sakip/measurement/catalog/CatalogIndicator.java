package id.sakip.measurement.catalog;

import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** What measurement knows of a planning indicator: only what planning's events said. */
public record CatalogIndicator(UUID id, OrgRef org, String name, String unit, Polarity polarity, long version,
        Map<Integer, BigDecimal> targetsByYear) {

    /** The target of a year; null when the year has no target or is not in the plan. */
    public BigDecimal targetFor(int year) {
        return targetsByYear.get(year);
    }
}
