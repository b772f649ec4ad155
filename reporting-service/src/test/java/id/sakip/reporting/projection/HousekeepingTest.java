package id.sakip.reporting.projection;

import id.sakip.support.events.Housekeeping;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform tables do not grow for ever: old idempotency rows and completed publications go, recent ones stay. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class HousekeepingTest {

    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(TestTokens.bappeda("3574"));
    }

    @Autowired
    Housekeeping housekeeping;
    @Autowired
    JdbcClient jdbc;

    @Test
    void rowsOlderThanTheRetentionAreDeletedAndRecentOnesKept() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        jdbc.sql("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('uji', ?, ?), ('uji', ?, ?)")
                .params(old, ago(Duration.ofDays(40)), recent, ago(Duration.ofDays(1))).update();
        UUID oldPublication = UUID.randomUUID();
        UUID openPublication = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status)
                VALUES (?, 'uji', 'uji', '{}', ?, ?, 'COMPLETED'), (?, 'uji', 'uji', '{}', ?, NULL, 'FAILED')""")
                .params(oldPublication, ago(Duration.ofDays(41)), ago(Duration.ofDays(40)), openPublication,
                        ago(Duration.ofDays(41)))
                .update();

        assertThat(housekeeping.prune()).isGreaterThanOrEqualTo(1);

        assertThat(count("processed_event", "event_id", old)).isZero();
        assertThat(count("processed_event", "event_id", recent)).isEqualTo(1);
        assertThat(count("event_publication", "id", oldPublication)).isZero();
        // an event never sent is never deleted: the outbox still has to deliver it
        assertThat(count("event_publication", "id", openPublication)).isEqualTo(1);
        jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(openPublication).update();
    }

    private long count(String table, String column, UUID id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?").param(id).query(Long.class)
                .single();
    }

    private static Timestamp ago(Duration duration) {
        return Timestamp.from(Instant.now().minus(duration));
    }
}
