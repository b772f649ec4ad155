package id.sakip.planning.indicator;

import java.time.Instant;

/**
 * One entry of the audit trail of an indicator's stated rules ({@code rule} DECREASING_FORMULA): who changed it,
 * when, from what to what (null: the Pemda's rule), and why.
 */
public record RuleChange(String rule, String oldValue, String newValue, String reason, String changedBy,
        Instant changedAt) {
}
