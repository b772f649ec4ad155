package id.sakip.measurement.realization;

import java.time.Instant;
import java.util.Map;

/**
 * One act on a realisation: CREATE, CHANGE, SUBMIT, VERIFY, REJECT, APPROVE, UNLOCK or RECOMPUTE (an earlier quarter
 * changed its cumulative value), with who (the token's subject, and the name it had), when, the state before and
 * after, and why.
 */
public record AuditEntry(String action, String actor, String actorName, Instant at, Map<String, Object> before,
        Map<String, Object> after, String reason) {
}
