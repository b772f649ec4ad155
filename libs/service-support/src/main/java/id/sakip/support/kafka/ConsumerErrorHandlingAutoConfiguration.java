package id.sakip.support.kafka;

import id.sakip.events.MalformedEventException;
import id.sakip.events.Topics;
import id.sakip.support.Failures;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * One error handler for every listener:
 * <ul>
 * <li>an outage of the database ({@link Failures#isInfrastructureOutage}) is retried every 5 s for as long as it
 * lasts: the partition waits, nothing is dead-lettered because the database restarted;</li>
 * <li>other failures are retried with bounded exponential back-off (0.5 s doubling to 8 s, 6 retries, about half a
 * minute);</li>
 * <li>then, and at once for events that can never succeed (unreadable, rejected by the consumer, breaking a
 * constraint of its database), the record goes to the dead-letter topic of its consumer group
 * ({@code sakip.dlt.<group>}) with the failure in its headers. docs/operations.md says how to replay it.</li>
 * </ul>
 */
@AutoConfiguration
public class ConsumerErrorHandlingAutoConfiguration {

    /** Retry interval while the database is away. */
    static final long OUTAGE_RETRY_INTERVAL_MS = 5_000;

    /** The back-off for a failure, or null for the bounded default. */
    static BackOff backOffFor(Exception failure) {
        if (failure != null && Failures.isInfrastructureOutage(failure)) {
            return new FixedBackOff(OUTAGE_RETRY_INTERVAL_MS, FixedBackOff.UNLIMITED_ATTEMPTS);
        }
        return null;
    }

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
        handler.setBackOffFunction((record, failure) -> backOffFor(failure));
        handler.addNotRetryableExceptions(MalformedEventException.class, EventRejectedException.class,
                DataIntegrityViolationException.class);
        return handler;
    }
}
