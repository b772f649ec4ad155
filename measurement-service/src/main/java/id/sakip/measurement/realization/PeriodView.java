package id.sakip.measurement.realization;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A period of an OPD: whether it is locked, how many realisations stand where, and the lock's history. */
public record PeriodView(String pemdaCode, String opdCode, String period, boolean locked,
        Map<String, Long> countByStatus, List<RealizationView> realizations, List<LockEvent> lockHistory) {

    /** An approval (LOCK) or an administrator's unlock (UNLOCK), with who, when and why. */
    public record LockEvent(String action, String actor, Instant at, String reason, int realizations) {
    }
}
