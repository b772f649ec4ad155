package id.sakip.support.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the platform tables from growing one row per event for ever: completed outbox publications and idempotency
 * rows ({@code processed_event}) older than the retention (30 days by default) are deleted, the latter in batches.
 * Safe: a delivery that old is never repeated by Kafka (offsets are committed long before), a rebuild empties the
 * projection's rows anyway, and every write is guarded by the aggregate version as well.
 */
public class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    private static final int BATCH = 10_000;

    private final CompletedEventPublications completed;
    private final JdbcClient jdbc;
    private final Duration retention;

    Housekeeping(CompletedEventPublications completed, JdbcClient jdbc, Duration retention) {
        this.completed = completed;
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${sakip.housekeeping.interval:1h}",
            fixedDelayString = "${sakip.housekeeping.interval:1h}")
    public void run() {
        try {
            int deleted = prune();
            if (deleted > 0) {
                log.info("Housekeeping: {} idempotency rows older than {} deleted", deleted, retention);
            }
        } catch (RuntimeException e) {
            log.warn("Housekeeping failed, will try again: {}", e.getMessage());
        }
    }

    /** @return how many idempotency rows were deleted */
    public int prune() {
        completed.deletePublicationsOlderThan(retention);
        Timestamp before = Timestamp.from(Instant.now().minus(retention));
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                    DELETE FROM processed_event WHERE ctid IN (
                        SELECT ctid FROM processed_event WHERE processed_at < ? LIMIT ?)""")
                    .params(before, BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
