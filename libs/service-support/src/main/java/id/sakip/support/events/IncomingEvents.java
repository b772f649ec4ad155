package id.sakip.support.events;

import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.MalformedEventException;
import id.sakip.events.SakipEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a Kafka record into its contract by its {@code ce_type} header. */
public final class IncomingEvents {

    /**
     * @return the event, or empty for a type this build does not know (a newer producer) or a tombstone
     * @throws MalformedEventException when the record has no type or its payload does not fit the type
     */
    public static Optional<SakipEvent> read(ConsumerRecord<String, byte[]> record) {
        Header typeHeader = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (typeHeader == null) {
            throw new MalformedEventException("record without " + CloudEventHeaders.TYPE + " header on "
                    + record.topic() + "@" + record.offset());
        }
        if (record.value() == null) {
            return Optional.empty();
        }
        String ceType = new String(typeHeader.value(), StandardCharsets.UTF_8);
        return EventType.ofCeType(ceType).map(type -> EventCodec.read(type, record.value()));
    }

    private IncomingEvents() {
    }
}
