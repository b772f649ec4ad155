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
        assertThat(ReplayDeadLetters.replay(RealKafka.get().bootstrapServers(), group, Duration.ofSeconds(2)))
                .isZero();

        var records = kafka.readUntil(target, Duration.ofSeconds(20), r -> key.equals(r.key()));
        assertThat(records).hasSize(1);
        assertThat(KafkaProbe.header(records.get(0), "ce_type")).isEqualTo("sakip.planning.IndicatorDefined.v1");
        assertThat(KafkaProbe.header(records.get(0), "kafka_dlt-exception-message")).isNull();
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"eventId\":\"x\"}");
    }
}
