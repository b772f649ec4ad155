package id.sakip.capaian;

import java.math.BigDecimal;

/**
 * The target a realisation is compared with, in the shape of the indicator's target type: a number, a range
 * [min, max], or a category of the scale. All empty means there is none (N/A, or a year outside the plan).
 */
public record Target(BigDecimal value, BigDecimal min, BigDecimal max, String category) {

    public static final Target NONE = new Target(null, null, null, null);

    public static Target number(BigDecimal value) {
        return value == null ? NONE : new Target(value, null, null, null);
    }

    public static Target range(BigDecimal min, BigDecimal max) {
        return new Target(null, min, max, null);
    }

    public static Target category(String category) {
        return category == null ? NONE : new Target(null, null, null, category);
    }

    public boolean isNone() {
        return value == null && min == null && max == null && category == null;
    }

    public boolean isRange() {
        return min != null && max != null;
    }

    /** As people write it: 90, 80 - 90, Utama; empty when there is none. */
    public String text() {
        if (category != null) {
            return category;
        }
        if (isRange()) {
            return min.stripTrailingZeros().toPlainString() + " - " + max.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
