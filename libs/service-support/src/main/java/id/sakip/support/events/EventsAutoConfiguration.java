package id.sakip.support.events;

import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.SakipEvent;
import id.sakip.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox and the event plumbing every service shares. Domain code publishes contract records with
 * {@code ApplicationEventPublisher} inside its transaction; Spring Modulith stores each in the event publication
 * registry (the outbox) and, after commit, sends it to its topic with the CloudEvents headers, one at a time so
 * that the broker sees the events in the order they happened.
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
    OutboxResubmitter outboxResubmitter(IncompleteEventPublications incomplete,
            @Value("${sakip.outbox.resubmit-older-than:20s}") java.time.Duration olderThan) {
        return new OutboxResubmitter(incomplete, olderThan);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc) {
        return new ProcessedEvents(jdbc);
    }

    @Bean
    KafkaAdmin.NewTopics sakipTopics(@Value("${sakip.kafka.partitions:3}") int partitions,
            @Value("${sakip.kafka.replication-factor:1}") short replicationFactor,
            @Value("${sakip.kafka.consumer-groups:}") java.util.List<String> consumerGroups) {
        var topics = new java.util.ArrayList<NewTopic>();
        for (String name : java.util.List.of(Topics.PLANNING_INDICATOR, Topics.MEASUREMENT_REALIZATION,
                Topics.BUDGET_LINE)) {
            topics.add(TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor).build());
        }
        for (String group : consumerGroups) {
            if (!group.isBlank()) {
                topics.add(TopicBuilder.name(Topics.deadLetter(group.strip())).partitions(1)
                        .replicas(replicationFactor).build());
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
