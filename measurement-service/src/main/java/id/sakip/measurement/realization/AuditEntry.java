package id.sakip.measurement.realization;

import java.time.Instant;
import java.util.Map;

/**
 * One act on a realisation: CREATE, CHANGE, SUBMIT, VERIFY, REJECT, APPROVE, UNLOCK or RECOMPUTE (an earlier quarter
 * changed its cumulative value), with who, when, the state before and after, and why.
 */
public record AuditEntry(String action, String actor, Instant at, Map<String, Object> before,
        Map<String, Object> after, String reason) {
}
