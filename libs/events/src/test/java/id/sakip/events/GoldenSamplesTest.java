package id.sakip.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every published type has a golden JSON sample; reading and writing it again loses nothing. A change that breaks a
 * sample breaks consumers: make it a new .v2 type instead.
 */
class GoldenSamplesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSampleRoundTripsWithoutLoss(EventType type) throws IOException {
        byte[] sample = sample(type);

        SakipEvent event = EventCodec.read(type, sample);
        JsonNode original = EventCodec.mapper().readTree(sample);
        JsonNode written = EventCodec.mapper().readTree(EventCodec.write(event));

        assertThat(event).isInstanceOf(type.contract());
        assertThat(written).isEqualTo(original);
        assertThat(EventType.of(event.getClass())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnoredSoProducersCanAddOptionalOnes(EventType type) throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(sample(type));
        tree.put("aFieldFromTheFuture", "ignored");

        SakipEvent event = EventCodec.read(type, EventCodec.mapper().writeValueAsBytes(tree));

        assertThat(event).isEqualTo(EventCodec.read(type, sample(type)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventHasTheFieldsConsumersRelyOn(EventType type) throws IOException {
        SakipEvent event = EventCodec.read(type, sample(type));

        assertThat(event.eventId()).isNotNull();
        assertThat(event.occurredAt()).isNotNull();
        assertThat(event.aggregateVersion()).isPositive();
        assertThat(event.org().pemdaCode()).isNotBlank();
        assertThat(event.org().opdCode()).isNotBlank();
        assertThat(type.topic()).startsWith("sakip.");
        assertThat(type.ceType()).startsWith(type.topic().substring(0, type.topic().lastIndexOf('.')) + ".")
                .endsWith(".v1");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventWithoutItsIdIsRefused(EventType type) throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(sample(type));
        tree.remove("eventId");
        byte[] withoutId = EventCodec.mapper().writeValueAsBytes(tree);

        assertThatThrownBy(() -> EventCodec.read(type, withoutId)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read(type, "not json".getBytes()))
                .isInstanceOf(MalformedEventException.class);
    }

    private static byte[] sample(EventType type) throws IOException {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/samples/" + type.ceType() + ".json")) {
            assertThat(in).as("sample for " + type.ceType()).isNotNull();
            return in.readAllBytes();
        }
    }
}
