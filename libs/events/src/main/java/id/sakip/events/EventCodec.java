package id.sakip.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of the contracts. Unknown fields are ignored (contracts evolve by adding optional fields), dates
 * are ISO-8601 strings, numbers keep their scale.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(SakipEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /** @throws MalformedEventException when the bytes are not a valid event of that type */
    public static SakipEvent read(EventType type, byte[] json) {
        try {
            SakipEvent event = MAPPER.readValue(json, type.contract());
            if (event.eventId() == null || event.occurredAt() == null || event.aggregateId() == null) {
                throw new MalformedEventException(type.ceType() + " lacks eventId, occurredAt or its aggregate id");
            }
            return event;
        } catch (tools.jackson.core.JacksonException e) {
            throw new MalformedEventException("not a valid " + type.ceType() + ": " + e.getOriginalMessage(), e);
        }
    }

    private EventCodec() {
    }
}
