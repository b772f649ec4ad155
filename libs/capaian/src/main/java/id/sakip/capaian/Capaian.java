package id.sakip.capaian;

import id.sakip.events.CapaianStatus;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.Polarity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The capaian (achievement) of a realisation against its target, by the rules of docs/domain (SAKIP.md §4). Pure:
 * no Spring, no I/O. The percentage is kept unrounded ({@value #SCALE} decimals); {@link #rounded()} is what people
 * see (half-up, 2 decimals). A capaian that cannot be computed says why; no division error ever escapes.
 */
public record Capaian(CapaianStatus status, BigDecimal percent) {

    static final int SCALE = 16;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Capaian {
        Objects.requireNonNull(status);
        if ((status == CapaianStatus.COMPUTED) != (percent != null)) {
            throw new IllegalArgumentException("a percent exactly when computed");
        }
    }

    /**
     * @param target the target of the period, null when the period has none (N/A); a negative target gives
     *               NOT_COMPUTABLE
     * @param realization the realised value, never null
     */
    public static Capaian of(Polarity polarity, BigDecimal target, BigDecimal realization, DecreasingFormula formula) {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(realization, "realization");
        if (target == null) {
            return new Capaian(CapaianStatus.NO_TARGET, null);
        }
        if (polarity == Polarity.ORDINAL) {
            // an ordinal result is a category, compared by rank (see ordinal); a number cannot be placed on its scale
            return new Capaian(CapaianStatus.NOT_COMPUTABLE, null);
        }
        if (target.signum() < 0) {
            // a ratio to a negative target (a contraction planned) inverts the meaning of the formulas
            return new Capaian(CapaianStatus.NOT_COMPUTABLE, null);
        }
        if (target.signum() == 0) {
            if (realization.signum() == 0) {
                return computed(HUNDRED);
            }
            return polarity == Polarity.INCREASING
                    ? new Capaian(CapaianStatus.NOT_COMPUTABLE, null)
                    : computed(BigDecimal.ZERO);
        }
        return switch (polarity) {
            case INCREASING -> computed(ratio(realization, target));
            case ORDINAL -> throw new IllegalStateException("handled above");
            case DECREASING -> switch (formula) {
                case TWO_T_MINUS_R -> computed(ratio(target.multiply(BigDecimal.valueOf(2)).subtract(realization), target));
                case T_OVER_R -> realization.signum() == 0
                        ? new Capaian(CapaianStatus.NOT_COMPUTABLE, null)
                        : computed(ratio(target, realization));
            };
        };
    }

    /**
     * The capaian against a range target [min, max] (SAKIP.md §4): within the range 100; outside it the nearer bound
     * is the target, by the polarity's formula (increasing R / bound, decreasing (2 x bound - R) / bound or
     * bound / R). A bound of 0 follows the T = 0 rules.
     */
    public static Capaian range(Polarity polarity, BigDecimal min, BigDecimal max, BigDecimal realization,
            DecreasingFormula formula) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(realization, "realization");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range " + min + " > " + max);
        }
        if (realization.compareTo(min) >= 0 && realization.compareTo(max) <= 0) {
            return computed(HUNDRED);
        }
        BigDecimal bound = realization.compareTo(min) < 0 ? min : max;
        return of(polarity, bound, realization, formula);
    }

    /** Whether the target is met: a capaian of at least 100 as people see it (rounded, so 99.996 counts as 100.00). */
    public boolean reached() {
        return status == CapaianStatus.COMPUTED && rounded().compareTo(HUNDRED) >= 0;
    }

    /**
     * The capaian of an ORDINAL indicator: rank(R) / rank(T) x 100, ranks counted from 1 on the ordered scale
     * (SAKIP.md §4). The target is reached ({@link #reached()}) exactly when rank(R) &gt;= rank(T).
     *
     * @param scale       the indicator's categories, lowest first
     * @param target      the target category, null when the period has none (N/A)
     * @param realization the realised category
     * @throws IllegalArgumentException when a category is not on the scale (callers validate input first)
     */
    public static Capaian ordinal(java.util.List<String> scale, String target, String realization) {
        Objects.requireNonNull(realization, "realization");
        if (target == null) {
            return new Capaian(CapaianStatus.NO_TARGET, null);
        }
        int targetRank = rank(scale, target);
        int realizedRank = rank(scale, realization);
        return computed(ratio(BigDecimal.valueOf(realizedRank), BigDecimal.valueOf(targetRank)));
    }

    private static int rank(java.util.List<String> scale, String category) {
        int index = scale.indexOf(category);
        if (index < 0) {
            throw new IllegalArgumentException("'" + category + "' is not on the scale " + scale);
        }
        return index + 1;
    }

    /** Half-up to 2 decimals, as shown and printed; null when not computed. */
    public BigDecimal rounded() {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    private static Capaian computed(BigDecimal percent) {
        return new Capaian(CapaianStatus.COMPUTED, percent.setScale(SCALE, RoundingMode.HALF_UP));
    }
}
