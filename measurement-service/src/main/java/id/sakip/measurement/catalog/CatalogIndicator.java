package id.sakip.measurement.catalog;

import id.sakip.capaian.Target;
import id.sakip.events.Aggregation;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What measurement knows of a planning indicator: only what planning's events said. Quarter targets are the
 * cumulative "up to TW n" targets of the OPD's Rencana Aksi, keyed by year and quarter ({@code year * 10 + quarter}).
 * {@code decreasingFormula} is its own formula (null: the Pemda's rule); {@code negativeAllowed} and
 * {@code percentage} are what planning stated.
 */
public record CatalogIndicator(UUID id, OrgRef org, String name, String unit, Polarity polarity,
        TargetType targetType, Aggregation aggregation, List<String> scale, long version,
        Map<Integer, Target> targetsByYear, Map<Integer, Target> quarterTargets, DecreasingFormula decreasingFormula,
        boolean negativeAllowed, boolean percentage) {

    /** The same indicator with these targets. */
    CatalogIndicator withTargets(Map<Integer, Target> years, Map<Integer, Target> quarters) {
        return new CatalogIndicator(id, org, name, unit, polarity, targetType, aggregation, scale, version, years,
                quarters, decreasingFormula, negativeAllowed, percentage);
    }

    /**
     * A formula of its own changed in the replica: its realisations are computed again (an application event,
     * so the catalog needs no knowledge of realisations).
     */
    public record FormulaChanged(UUID indicatorId, String actor) {
    }

    /** The target of a year; {@link Target#NONE} when the year has none (N/A) or is not in the plan. */
    public Target targetFor(int year) {
        return targetsByYear.getOrDefault(year, Target.NONE);
    }

    /**
     * The target a quarter is compared with: the Rencana Aksi's cumulative target up to that quarter when it set
     * one, else the year's target.
     */
    public Target targetFor(int year, int quarter) {
        Target quarterTarget = quarterTargets.get(year * 10 + quarter);
        return quarterTarget != null ? quarterTarget : targetFor(year);
    }

    /** A percentage may be entered as its numerator and denominator. */
    public boolean isPercentage() {
        return percentage;
    }

    public boolean isOrdinal() {
        return polarity == Polarity.ORDINAL;
    }
}
