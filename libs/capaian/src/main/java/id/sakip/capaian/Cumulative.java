package id.sakip.capaian;

import id.sakip.events.Aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The realisation "up to TW n" from the quarters' own values, by the indicator's aggregation (SAKIP.md §3): SUM adds
 * them (people served), LAST takes the latest reported (a stock, a percentage, an index), AVERAGE averages the
 * quarters reported. Quarter targets are cumulative in the same sense, so a quarter is compared with its target
 * through this value; the year is the same value over all four quarters.
 */
public final class Cumulative {

    private static final int SCALE = 16;

    /**
     * @param quarterValues the values of TW I..n in order; a quarter not reported is null and skipped
     * @return null when no quarter has been reported
     */
    public static BigDecimal of(Aggregation aggregation, List<BigDecimal> quarterValues) {
        Objects.requireNonNull(aggregation, "aggregation");
        List<BigDecimal> reported = quarterValues.stream().filter(Objects::nonNull).toList();
        if (reported.isEmpty()) {
            return null;
        }
        return switch (aggregation) {
            case SUM -> reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case LAST -> reported.get(reported.size() - 1);
            case AVERAGE -> reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(reported.size()), SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        };
    }

    /** A category result: the latest reported stands, whatever the aggregation (categories cannot be added). */
    public static String lastCategory(List<String> quarterCategories) {
        String last = null;
        for (String category : quarterCategories) {
            if (category != null) {
                last = category;
            }
        }
        return last;
    }

    private Cumulative() {
    }
}
