package id.sakip.support.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Sends again what the outbox holds but Kafka never acknowledged. A send that failed (the broker was away) marks
 * its publication FAILED; one that never finished (the process stopped between commit and send, a send that hung)
 * is marked FAILED by Spring Modulith's staleness monitor ({@code spring.modulith.events.staleness.*}). Only FAILED
 * publications are resubmitted, never one that is being sent right now, in batches and with a bound on how many
 * are in flight. Consumers are idempotent, so a second send of an event that did arrive is harmless. A publication
 * that can never be delivered is set aside first ({@link RefusedPublications}).
 */
public class OutboxResubmitter {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final FailedEventPublications failed;
    private final RefusedPublications refused;
    private final ResubmissionOptions options;

    OutboxResubmitter(FailedEventPublications failed, RefusedPublications refused, Duration minAge, int batchSize) {
        this.failed = failed;
        this.refused = refused;
        // in flight = batch: Modulith reads (batch - in flight) rows, which must stay positive
        this.options = ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(batchSize)
                .withMaxInFlight(batchSize);
    }

    @Scheduled(initialDelayString = "${sakip.outbox.resubmit-interval:10s}",
            fixedDelayString = "${sakip.outbox.resubmit-interval:10s}")
    public void resubmit() {
        try {
            // what can never be delivered leaves the outbox first, so a batch is never full of it
            refused.setAside();
            failed.resubmit(options);
        } catch (RuntimeException e) {
            log.warn("Outbox resubmission failed, will try again: {}", e.getMessage());
        }
    }
}
