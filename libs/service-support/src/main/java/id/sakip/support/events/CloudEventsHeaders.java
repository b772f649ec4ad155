package id.sakip.support.events;

import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventType;
import id.sakip.events.SakipEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** The CloudEvents attributes of an outgoing event, as Kafka headers. */
final class CloudEventsHeaders {

    static Map<String, Object> of(SakipEvent event, String source) {
        EventType type = EventType.of(event.getClass())
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + event.getClass()));
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, event.eventId().toString());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type.ceType());
        headers.put(CloudEventHeaders.SUBJECT, event.aggregateId());
        headers.put(CloudEventHeaders.TIME, event.occurredAt().toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    private CloudEventsHeaders() {
    }
}
