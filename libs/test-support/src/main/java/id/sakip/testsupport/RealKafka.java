package id.sakip.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker per test JVM, from (in this order) {@code SAKIP_TEST_KAFKA_BOOTSTRAP}, a Testcontainers
 * Kafka when a Docker engine answers, or the in-JVM KRaft broker of spring-kafka-test.
 */
public final class RealKafka {

    private static volatile RealKafka instance;

    private final String bootstrapServers;
    private final String kind;

    private RealKafka(String bootstrapServers, String kind) {
        this.bootstrapServers = bootstrapServers;
        this.kind = kind;
    }

    public static RealKafka get() {
        if (instance == null) {
            synchronized (RealKafka.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static RealKafka start() {
        String env = System.getenv("SAKIP_TEST_KAFKA_BOOTSTRAP");
        if (env != null && !env.isBlank()) {
            return new RealKafka(env, "environment");
        }
        if (Docker.available()) {
            var container = new KafkaContainer("apache/kafka-native:3.8.0");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new RealKafka(container.getBootstrapServers(), "testcontainers");
        }
        return new RealKafka(startEmbedded().getBrokersAsString(), "embedded");
    }

    private static EmbeddedKafkaKraftBroker startEmbedded() {
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(java.util.Map.of(
                "auto.create.topics.enable", "true",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        // no shutdown hook: the broker lives in this JVM and ends with it, while a hook that stopped it would race
        // the Spring contexts' own shutdown, whose Kafka clients then wait their full close timeout
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String kind() {
        return kind;
    }
}
