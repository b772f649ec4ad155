package id.sakip.capaian;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A Pemda's capaian rules over the years: the installation's defaults, then each change in force from its year until
 * a change from a later year (for one year, the latest change made wins). Pure; both measurement and reporting read a
 * Pemda's rules through it, so the two compute every capaian alike.
 */
public record RuleBook(Rules defaults, List<Change> changes) {

    /** One change: the whole rules from {@code effectiveFromYear} on, with who, when and why. */
    public record Change(long version, int effectiveFromYear, Rules rules, String reason, String changedBy,
            Instant changedAt) {

        public Change {
            Objects.requireNonNull(rules, "rules");
        }
    }

    public RuleBook {
        Objects.requireNonNull(defaults, "defaults");
        changes = changes.stream().sorted(Comparator.comparingLong(Change::version)).toList();
    }

    /** The rules in force for a year. */
    public Rules forYear(int year) {
        Change change = changeFor(year);
        return change == null ? defaults : change.rules();
    }

    /** The change the year's rules come from; null when they are the installation's defaults. */
    public Change changeFor(int year) {
        Change found = null;
        for (Change change : changes) {
            if (change.effectiveFromYear() <= year
                    && (found == null || change.effectiveFromYear() >= found.effectiveFromYear())) {
                found = change;
            }
        }
        return found;
    }

    /**
     * The last year a change from {@code fromYear} governs: the year before the next change from a later year;
     * null when none follows (it governs every later year).
     */
    public Integer lastYearFrom(int fromYear) {
        return changes.stream().map(Change::effectiveFromYear).filter(y -> y > fromYear).min(Integer::compare)
                .map(y -> y - 1).orElse(null);
    }

    /** The Pemda's version: how many changes it has made (0 for none), what an edit's If-Match names. */
    public long version() {
        return changes.isEmpty() ? 0 : changes.get(changes.size() - 1).version();
    }
}
