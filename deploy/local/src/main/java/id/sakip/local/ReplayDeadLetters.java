package id.sakip.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends the records of a consumer group's dead-letter topic back to the topics they came from. Progress is
 * committed as consumer group {@code <group>.replay}, so a second run replays only what arrived since.
 * Usage: {@code ReplayDeadLetters <bootstrap-servers> <consumer-group>}.
 */
public final class ReplayDeadLetters {

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: ReplayDeadLetters <bootstrap-servers> <consumer-group>");
            System.exit(2);
        }
        int replayed;
        try {
            replayed = replay(args[0], args[1], Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            System.err.println("Replay stopped: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("Replayed " + replayed + " record(s) from sakip.dlt." + args[1]);
    }

    /** @return how many records were sent back; stops when the topic has had nothing new for {@code idle} */
    public static int replay(String bootstrapServers, String group, Duration idle) {
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, group + ".replay");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);

        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            consumer.subscribe(List.of("sakip.dlt." + group));
            // joining the group takes a few seconds: the idle clock starts once partitions are assigned
            long joinDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Long quietSince = null;
            while (quietSince == null || System.nanoTime() - quietSince < idle.toNanos()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (quietSince == null) {
                    if (consumer.assignment().isEmpty()) {
                        if (System.nanoTime() > joinDeadline) {
                            throw new IllegalStateException("no partition of sakip.dlt." + group
                                    + " was assigned within 60 s: does the topic exist, is the broker reachable?");
                        }
                        continue;
                    }
                    quietSince = System.nanoTime();
                }
                if (records.isEmpty()) {
                    continue;
                }
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    Header original = record.headers().lastHeader(ORIGINAL_TOPIC);
                    if (original == null) {
                        System.err.println("skipped offset " + record.offset() + ": no " + ORIGINAL_TOPIC);
                        continue;
                    }
                    var copy = new ProducerRecord<>(new String(original.value(), StandardCharsets.UTF_8),
                            record.key(), record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith("kafka_dlt-")) {
                            copy.headers().add(header);
                        }
                    }
                    sent.add(producer.send(copy));
                }
                producer.flush();
                // progress is committed only once every record of the batch is acknowledged where it came from
                for (Future<RecordMetadata> send : sent) {
                    await(send);
                }
                replayed += sent.size();
                consumer.commitSync();
                quietSince = System.nanoTime();
            }
        }
        return replayed;
    }

    private static void await(Future<RecordMetadata> send) {
        try {
            send.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a record could not be sent back, nothing of this batch is marked as "
                    + "replayed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        }
    }

    private ReplayDeadLetters() {
    }
}
