package id.sakip.support.events;

import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.SakipEvent;
import id.sakip.events.Topics;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.EnableScheduling;

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
    OutboxResubmitter outboxResubmitter(FailedEventPublications failed,
            @Value("${sakip.outbox.resubmit-min-age:5s}") java.time.Duration minAge,
            @Value("${sakip.outbox.resubmit-batch-size:200}") int batchSize) {
        return new OutboxResubmitter(failed, minAge, batchSize);
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
