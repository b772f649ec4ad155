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

    /**
     * @throws MalformedEventException when the bytes are not a valid event of that type, or lack a field that
     *                                 consumers rely on (the contracts' constructors check them)
     */
    public static SakipEvent read(EventType type, byte[] json) {
        try {
            return MAPPER.readValue(json, type.contract());
        } catch (tools.jackson.core.JacksonException e) {
            throw new MalformedEventException("not a valid " + type.ceType() + ": " + rootMessage(e), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("not a valid " + type.ceType() + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(tools.jackson.core.JacksonException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return e.getOriginalMessage();
    }

    private EventCodec() {
    }
}
