package id.sakip.local;

import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.RealKafka;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayDeadLettersTest {

    @Test
    void deadLettersGoBackToTheirTopicOnce() {
        String group = "replay-" + UUID.randomUUID();
        String target = "sakip.test." + group;
        String key = UUID.randomUUID().toString();
        KafkaProbe kafka = new KafkaProbe(RealKafka.get().bootstrapServers());
        kafka.send("sakip.dlt." + group, key, "{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8), Map.of(
                ReplayDeadLetters.ORIGINAL_TOPIC, target,
                "kafka_dlt-exception-message", "database was down",
                "ce_type", "sakip.planning.IndicatorDefined.v1"));

        assertThat(ReplayDeadLetters.replay(RealKafka.get().bootstrapServers(), group, Duration.ofSeconds(3)))
                .isEqualTo(1);
        // a second run replays only what arrived since the first
        String laterKey = UUID.randomUUID().toString();
        kafka.send("sakip.dlt." + group, laterKey, "{\"eventId\":\"y\"}".getBytes(StandardCharsets.UTF_8), Map.of(
                ReplayDeadLetters.ORIGINAL_TOPIC, target));
        assertThat(ReplayDeadLetters.replay(RealKafka.get().bootstrapServers(), group, Duration.ofSeconds(2)))
                .isEqualTo(1);
        assertThat(kafka.readUntil(target, Duration.ofSeconds(20), r -> laterKey.equals(r.key())))
                .filteredOn(r -> laterKey.equals(r.key())).hasSize(1);

        var records = kafka.readUntil(target, Duration.ofSeconds(20), r -> key.equals(r.key())).stream()
                .filter(r -> key.equals(r.key())).toList();
        assertThat(records).hasSize(1);
        assertThat(KafkaProbe.header(records.get(0), "ce_type")).isEqualTo("sakip.planning.IndicatorDefined.v1");
        assertThat(KafkaProbe.header(records.get(0), "kafka_dlt-exception-message")).isNull();
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"eventId\":\"x\"}");
    }
}
