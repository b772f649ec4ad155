package id.sakip.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A yearly target of an indicator, in the shape of its target type: {@code value} for a number, {@code min} and
 * {@code max} for a range, {@code category} for a category of the scale. All empty means the year has no target
 * (N/A).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record YearTarget(
        int year,
        BigDecimal value,
        BigDecimal min,
        BigDecimal max,
        @Bound(chars = 50) String category) {

    /** A number target, or N/A when {@code value} is null. */
    public YearTarget(int year, BigDecimal value) {
        this(year, value, null, null, null);
    }

    public static YearTarget range(int year, BigDecimal min, BigDecimal max) {
        return new YearTarget(year, null, min, max, null);
    }

    public static YearTarget category(int year, String category) {
        return new YearTarget(year, null, null, null, category);
    }

    /** True when the year has no target (N/A). */
    @JsonIgnore
    public boolean isNotApplicable() {
        return value == null && min == null && max == null && category == null;
    }
}
