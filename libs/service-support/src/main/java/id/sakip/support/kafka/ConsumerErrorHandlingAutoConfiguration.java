package id.sakip.support.kafka;

import id.sakip.events.MalformedEventException;
import id.sakip.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaUtils;

/**
 * One error handler for every listener: transient failures are retried with bounded exponential back-off
 * (0.5 s doubling to 8 s, 6 retries, about half a minute); then, and at once for events that can never succeed,
 * the record goes to the dead-letter topic of its consumer group ({@code sakip.dlt.<group>}) with the failure
 * in its headers. docs/operations.md says how to replay it.
 */
@AutoConfiguration
public class ConsumerErrorHandlingAutoConfiguration {

    @Bean
    CommonErrorHandler sakipKafkaErrorHandler(KafkaOperations<Object, Object> operations) {
        var recoverer = new DeadLetterPublishingRecoverer(operations, (record, failure) -> {
            String group = KafkaUtils.getConsumerGroupId();
            return new TopicPartition(Topics.deadLetter(group == null ? "unknown" : group), -1);
        });
        var backOff = new ExponentialBackOffWithMaxRetries(6);
        backOff.setInitialInterval(500);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(8_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, EventRejectedException.class);
        return handler;
    }
}
