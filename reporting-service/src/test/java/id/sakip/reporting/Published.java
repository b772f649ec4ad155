package id.sakip.reporting;

import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.OrgRef;
import id.sakip.events.PlanNodeChanged;
import id.sakip.events.SakipEvent;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.RealKafka;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Events for a reporting test, sent through the real broker as the services send them; waits until applied. */
public final class Published {

    private final KafkaProbe kafka = new KafkaProbe(RealKafka.get().bootstrapServers());
    private final List<UUID> sent = new ArrayList<>();

    public void send(SakipEvent event) {
        EventType type = EventType.of(event.getClass()).orElseThrow();
        kafka.send(type.topic(), event.aggregateId(), EventCodec.write(event), Map.of(
                CloudEventHeaders.TYPE, type.ceType(), CloudEventHeaders.ID, event.eventId().toString()));
        sent.add(event.eventId());
    }

    /** Until the projection has taken every event sent so far. */
    public void awaitApplied(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream().allMatch(id -> jdbc.sql(
                "SELECT count(*) FROM processed_event WHERE event_id = ?").param(id).query(Long.class).single() == 1));
    }

    public static PlanNodeChanged node(UUID id, OrgRef org, String kind, UUID parent, String code, String text) {
        return new PlanNodeChanged(UUID.randomUUID(), Instant.now(), 1, id, org, kind, parent, null, code, null, text,
                List.of(), "perencana");
    }
}
