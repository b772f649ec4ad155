package id.sakip.support.events;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/**
 * The idempotency ledger of consumers. Call {@link #firstDelivery} inside the transaction of the effect: the row
 * and the effect commit together, so a redelivered event is recognised and skipped.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when this consumer has not processed the event before (and it is now marked) */
    public boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.sql("INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(consumer, eventId)
                .update() == 1;
    }
}
