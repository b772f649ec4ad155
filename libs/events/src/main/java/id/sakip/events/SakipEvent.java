package id.sakip.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event contract carries: a unique id (consumers deduplicate on it), when it happened, and the
 * version of the aggregate after the change (consumers ignore anything older than what they hold).
 */
public interface SakipEvent {

    UUID eventId();

    Instant occurredAt();

    long aggregateVersion();

    /** The Kafka key: all events of one aggregate land on one partition, in order. */
    String aggregateId();

    /** Pemda, OPD and bidang the data belongs to; null for data of the Pemda as a whole ({@link #pemdaCode()}). */
    OrgRef org();

    /** The Pemda the data belongs to, on every event. */
    default String pemdaCode() {
        return org().pemdaCode();
    }
}
