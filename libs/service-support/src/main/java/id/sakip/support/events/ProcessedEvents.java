package id.sakip.support.events;

import id.sakip.events.SakipEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The idempotency ledger of consumers. Call {@link #firstDelivery} inside the transaction of the effect: the row
 * and the effect commit together, so a redelivered event is recognised and skipped.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads the record and applies {@code effect} to it when it is of {@code type} and its first delivery to this
     * consumer; other types on the topic and redeliveries are skipped. Call inside the transaction of the effect.
     */
    public <T extends SakipEvent> void applyOnce(String consumer, ConsumerRecord<String, byte[]> record, Class<T> type,
            Consumer<T> effect) {
        IncomingEvents.read(record).ifPresent(event -> {
            if (type.isInstance(event) && firstDelivery(consumer, event.eventId())) {
                effect.accept(type.cast(event));
            }
        });
    }

    /**
     * Marks many events at once (one statement, for a batch consumer).
     *
     * @return the ids this consumer had not processed before, now marked
     */
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                INSERT INTO processed_event (consumer, event_id) SELECT ?, unnest(?::uuid[])
                ON CONFLICT DO NOTHING RETURNING event_id""")
                .params(consumer, eventIds.toArray(UUID[]::new))
                .query(UUID.class).list());
    }

    /** @return true when this consumer has not processed the event before (and it is now marked) */
    public boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.sql("INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(consumer, eventId)
                .update() == 1;
    }
}
