package id.sakip.support.events;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publications that can never be delivered: the broker refused them for good (a record too large for the topic, a
 * record it finds invalid, one that cannot be serialised), or they are larger than the outbox's limit (written before
 * the limit was checked at the edge). Before each resubmission they are moved from the outbox into
 * {@code outbox_refused}, whole and with the reason, so they are never resent for ever and never hold up later
 * events; an operator repairs and resends them (docs/operations.md). Counted in {@code sakip.outbox.refused} and in
 * the health's {@code outbox} details.
 */
public class RefusedPublications {

    private static final Logger log = LoggerFactory.getLogger(RefusedPublications.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final long maxEventBytes;
    /** Event ids the broker refused, with why, until they are set aside (the producer's thread must not wait). */
    private final Map<String, String> refusedByBroker = new ConcurrentHashMap<>();

    RefusedPublications(JdbcClient jdbc, TransactionTemplate transactions, long maxEventBytes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.maxEventBytes = maxEventBytes;
    }

    /** Whether a failed send can never succeed however often it is repeated. */
    static boolean isForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException || cause instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    /** The broker refused the event with this id for good. */
    void refusedByBroker(String eventId, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        refusedByBroker.put(eventId, root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    /** @return how many publications were moved out of the outbox now */
    public int setAside() {
        Integer moved = transactions.execute(status -> {
            int count = move("octet_length(serialized_event) > :max", Map.of("max", maxEventBytes),
                    "larger than the outbox's limit of " + maxEventBytes + " bytes");
            for (var refused : Map.copyOf(refusedByBroker).entrySet()) {
                count += move("serialized_event::jsonb ->> 'eventId' = :eventId", Map.of("eventId", refused.getKey()),
                        "refused by the broker: " + refused.getValue());
                refusedByBroker.remove(refused.getKey());
            }
            return count;
        });
        return moved == null ? 0 : moved;
    }

    private int move(String which, Map<String, Object> params, String reason) {
        var rows = jdbc.sql("""
                        WITH moved AS (
                            DELETE FROM event_publication
                            WHERE completion_date IS NULL AND %s
                            RETURNING id, listener_id, event_type, serialized_event, publication_date)
                        INSERT INTO outbox_refused (id, listener_id, event_type, serialized_event, publication_date,
                                                    reason, refused_at)
                        SELECT id, listener_id, event_type, serialized_event, publication_date, :reason, now()
                        FROM moved
                        ON CONFLICT (id) DO NOTHING
                        RETURNING id, event_type""".formatted(which))
                .params(params).param("reason", reason)
                .query((rs, n) -> rs.getString("event_type") + " " + rs.getString("id")).list();
        rows.forEach(row -> log.error("Outbox: publication {} set aside, it can never be delivered ({}); repair and "
                + "resend it as docs/operations.md says", row, reason));
        return rows.size();
    }

    /** How many publications wait in {@code outbox_refused}. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM outbox_refused").query(Long.class).single();
    }

    /** How many publications the outbox still has to deliver. */
    public long waiting() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
                .single();
    }
}
