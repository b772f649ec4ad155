package id.sakip.support.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Sends again what the outbox holds but Kafka never acknowledged: the broker was away, or the process stopped
 * between commit and send. Consumers are idempotent, so a second send of an event that did arrive is harmless.
 */
public class OutboxResubmitter {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    OutboxResubmitter(IncompleteEventPublications incomplete, Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(initialDelayString = "${sakip.outbox.resubmit-interval:10s}",
            fixedDelayString = "${sakip.outbox.resubmit-interval:10s}")
    public void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Outbox resubmission failed, will try again: {}", e.getMessage());
        }
    }
}
