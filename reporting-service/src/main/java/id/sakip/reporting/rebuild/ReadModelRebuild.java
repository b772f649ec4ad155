package id.sakip.reporting.rebuild;

import id.sakip.reporting.projection.ReadModels;
import id.sakip.support.web.ApiProblem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilds the read models from the topics: the projection stops, its tables are emptied and its idempotency rows
 * forgotten in one transaction, its consumer group goes back to the start of every partition, and it starts again.
 * Event topics never expire, so what comes back is what the events say. Only when this is the group's only running
 * instance: Kafka refuses to move a group's offsets while other members consume.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final KafkaListenerEndpointRegistry listeners;
    private final ReadModels readModels;
    private final TransactionTemplate transactions;
    private final String bootstrapServers;

    ReadModelRebuild(KafkaListenerEndpointRegistry listeners, ReadModels readModels, TransactionTemplate transactions,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        this.listeners = listeners;
        this.readModels = readModels;
        this.transactions = transactions;
        this.bootstrapServers = bootstrapServers;
    }

    /** What the rebuild did: rows emptied, partitions sent back to their start. */
    public record Result(int rowsCleared, int partitionsReset, Instant startedAt) {
    }

    public synchronized Result rebuild() {
        MessageListenerContainer container = listeners.getListenerContainer(ReadModels.CONSUMER);
        if (container == null) {
            throw new IllegalStateException("no listener " + ReadModels.CONSUMER);
        }
        Instant started = Instant.now();
        container.stop();
        try {
            awaitStopped(container);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
                requireNoOtherMember(admin);
                Map<TopicPartition, OffsetAndMetadata> starts = earliestOffsets(admin);
                // offsets first: should emptying the tables then fail, the replay finds every event already
                // processed and the tables stay as they were; the other way round a failed reset left them empty
                admin.alterConsumerGroupOffsets(ReadModels.CONSUMER, starts).all().get(15, TimeUnit.SECONDS);
                Integer cleared = transactions.execute(status -> readModels.clear());
                log.info("Read models cleared ({} rows); {} partitions of {} back to their start", cleared,
                        starts.size(), ReadModels.TOPICS);
                return new Result(cleared == null ? 0 : cleared, starts.size(), started);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Rebuild stopped: the broker did not answer ({})", e.getMessage());
            throw new ApiProblem(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable",
                    "Broker Kafka tidak menjawab", "Broker Kafka tidak menjawab; pembangunan ulang dibatalkan sebelum "
                    + "tabel dikosongkan. Coba lagi setelah broker tersedia.");
        } finally {
            container.start();
        }
    }

    private void requireNoOtherMember(Admin admin) throws InterruptedException, ExecutionException,
            TimeoutException {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(ReadModels.CONSUMER)).all()
                .get(15, TimeUnit.SECONDS).get(ReadModels.CONSUMER);
        if (group != null && !group.members().isEmpty()) {
            throw ApiProblem.conflict("rebuild-needs-one-instance", "Instans reporting lain masih membaca topik ("
                    + group.members().size() + " anggota grup " + ReadModels.CONSUMER + "). Hentikan instans lain, "
                    + "lalu ulangi; tidak ada yang diubah.");
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> earliestOffsets(Admin admin) throws InterruptedException,
            ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        admin.describeTopics(ReadModels.TOPICS).allTopicNames().get(15, TimeUnit.SECONDS).forEach((topic, d) ->
                d.partitions().forEach(p -> earliest.put(new TopicPartition(topic, p.partition()),
                        OffsetSpec.earliest())));
        Map<TopicPartition, OffsetAndMetadata> starts = new HashMap<>();
        admin.listOffsets(earliest).all().get(15, TimeUnit.SECONDS)
                .forEach((partition, info) -> starts.put(partition, new OffsetAndMetadata(info.offset())));
        return starts;
    }

    private static void awaitStopped(MessageListenerContainer container) throws InterruptedException {
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (container.isRunning() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        if (container.isRunning()) {
            throw new IllegalStateException("the projection did not stop within " + STOP_WAIT.toSeconds() + " s");
        }
    }
}
