package id.sakip.support.events;

import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.SakipEvent;
import id.sakip.events.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The outbox and the event plumbing every service shares. Domain code publishes contract records with
 * {@code ApplicationEventPublisher} inside its transaction; Spring Modulith stores each in the event publication
 * registry (the outbox) and, after commit, sends it to its topic with the CloudEvents headers, keyed by its aggregate.
 * Sends are one at a time but dispatched asynchronously, and resubmission sends late ones again: arrival order is
 * not guaranteed, so consumers order by {@code aggregateVersion}, never by arrival.
 */
@AutoConfiguration
@EnableScheduling
public class EventsAutoConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(
            @Value("${spring.application.name}") String applicationName) {
        String source = "/sakip/" + applicationName;
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof SakipEvent && EventType.of(event.getClass()).isPresent())
                .serializeExternalization(true)
                .headers(SakipEvent.class, event -> CloudEventsHeaders.of(event, source))
                .route(SakipEvent.class, event -> RoutingTarget
                        .forTarget(EventType.of(event.getClass()).orElseThrow().topic())
                        .andKey(event.aggregateId()))
                .build();
    }

    /** Payloads are written by the contracts' own codec, not by whatever mapper the context has. */
    @Bean
    RecordMessageConverter eventMessageConverter() {
        return new ByteArrayJacksonJsonMessageConverter(EventCodec.mapper());
    }

    @Bean
    OutboxResubmitter outboxResubmitter(FailedEventPublications failed, RefusedPublications refused,
            @Value("${sakip.outbox.resubmit-min-age:5s}") java.time.Duration minAge,
            @Value("${sakip.outbox.resubmit-batch-size:200}") int batchSize) {
        return new OutboxResubmitter(failed, refused, minAge, batchSize);
    }

    @Bean
    RefusedPublications refusedPublications(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${sakip.outbox.max-event-bytes:900000}") long maxEventBytes) {
        return new RefusedPublications(jdbc, new TransactionTemplate(transactions), maxEventBytes);
    }

    @Bean
    EventSizeGuard eventSizeGuard(@Value("${sakip.outbox.max-event-bytes:900000}") long maxEventBytes) {
        return new EventSizeGuard(maxEventBytes);
    }

    /**
     * Spring Kafka's logging of failed sends, and a send the broker refused for good is named to the outbox, which
     * sets it aside instead of resending it for ever.
     */
    @Bean
    ProducerListener<Object, Object> kafkaProducerListener(RefusedPublications refused) {
        return new RefusalNamingProducerListener(refused);
    }

    /** Spring Kafka's logging of failed sends; a send the broker refused for good is named to the outbox too. */
    static final class RefusalNamingProducerListener extends LoggingProducerListener<Object, Object> {

        private final RefusedPublications refused;

        RefusalNamingProducerListener(RefusedPublications refused) {
            this.refused = refused;
        }

        @Override
        public void onError(ProducerRecord<Object, Object> record, RecordMetadata metadata, Exception exception) {
            super.onError(record, metadata, exception);
            Header id = record.headers().lastHeader(CloudEventHeaders.ID);
            if (id != null && RefusedPublications.isForGood(exception)) {
                refused.refusedByBroker(new String(id.value(), StandardCharsets.UTF_8), exception);
            }
        }
    }

    @Bean
    HealthIndicator outboxHealthIndicator(RefusedPublications refused) {
        return new OutboxHealth(refused);
    }

    @Bean
    MeterBinder outboxMetrics(RefusedPublications refused) {
        return registry -> {
            Gauge.builder("sakip.outbox.refused", refused, RefusedPublications::count)
                    .description("publications set aside as undeliverable, waiting for an operator").register(registry);
            Gauge.builder("sakip.outbox.waiting", refused, RefusedPublications::waiting)
                    .description("publications not yet delivered").register(registry);
        };
    }

    @Bean
    Housekeeping housekeeping(org.springframework.modulith.events.CompletedEventPublications completed,
            JdbcClient jdbc,
            @Value("${sakip.housekeeping.retention:30d}") java.time.Duration retention) {
        return new Housekeeping(completed, jdbc, retention);
    }

    /**
     * The template's tracing asks an admin client for the cluster id before each send until it knows it. With the
     * broker away, the shared admin's timeouts (30 s, then 10 s to close) would hold every outbox send, one after
     * the other, for 40 s; this admin gives up after 3 s, so a failed send is marked FAILED within seconds and
     * resubmitted. Topic creation keeps the shared admin and its patient timeouts.
     */
    @Bean
    static BeanPostProcessor quickClusterIdLookup() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaTemplate<?, ?> template) {
                    Object servers = template.getProducerFactory().getConfigurationProperties()
                            .get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
                    if (servers != null) {
                        // the lookup closes its client without a timeout, which waits for the pending call:
                        // the call's own timeouts are what bound it
                        KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000));
                        admin.setOperationTimeout(3);
                        template.setKafkaAdmin(admin);
                    }
                }
                return bean;
            }
        };
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc) {
        return new ProcessedEvents(jdbc);
    }

    /**
     * Event topics are the history the read models are rebuilt from, and a dead letter waits for an operator: none
     * of them expires by age ({@code retention.ms=-1}). Existing topics are brought to this setting at start
     * ({@code spring.kafka.admin.modify-topic-configs}).
     */
    static final String KEEP_FOREVER = "-1";

    @Bean
    KafkaAdmin.NewTopics sakipTopics(@Value("${sakip.kafka.partitions:3}") int partitions,
            @Value("${sakip.kafka.replication-factor:1}") short replicationFactor,
            @Value("${sakip.kafka.consumer-groups:}") java.util.List<String> consumerGroups) {
        var topics = new java.util.ArrayList<NewTopic>();
        for (String name : Topics.ALL) {
            topics.add(TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor)
                    .config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER).build());
        }
        for (String group : consumerGroups) {
            if (!group.isBlank()) {
                topics.add(TopicBuilder.name(Topics.deadLetter(group.strip())).partitions(1)
                        .replicas(replicationFactor).config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER).build());
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
