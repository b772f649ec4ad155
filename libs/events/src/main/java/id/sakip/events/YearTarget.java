package id.sakip.events;

import java.math.BigDecimal;

/** A yearly target of an indicator; a null value means the year has no target (N/A). */
public record YearTarget(int year, BigDecimal value) {
}
