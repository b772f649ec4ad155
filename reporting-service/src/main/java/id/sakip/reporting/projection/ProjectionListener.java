package id.sakip.reporting.projection;

import id.sakip.events.SakipEvent;
import id.sakip.events.Topics;
import id.sakip.support.events.IncomingEvents;
import id.sakip.support.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the read models from every topic reporting shows. A poll's records are applied in one transaction with
 * their idempotency rows (one commit per batch is what makes projection fast). When a record fails, the batch is
 * applied again one record per transaction, so the records before the failure are kept and only the failing one
 * goes to the error handler (retry, then the dead-letter topic).
 */
@Component
class ProjectionListener {

    static final String CONSUMER = "reporting.projection";
    static final String[] TOPICS = {Topics.PLANNING_ORGANISATION, Topics.PLANNING_INDICATOR,
            Topics.PLANNING_PLAN_NODE, Topics.PLANNING_PERJANJIAN_KINERJA, Topics.MEASUREMENT_REALIZATION,
            Topics.MEASUREMENT_CAPAIAN_RULES, Topics.MEASUREMENT_SPM, Topics.BUDGET_LINE, Topics.EVALUATION_EVALUATION};
    private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

    private final ReadModelWriter writer;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;

    ProjectionListener(ReadModelWriter writer, ProcessedEvents processed, TransactionTemplate transactions) {
        this.writer = writer;
        this.processed = processed;
        this.transactions = transactions;
    }

    @KafkaListener(id = CONSUMER, batch = "true",
            topics = {Topics.PLANNING_ORGANISATION, Topics.PLANNING_INDICATOR, Topics.PLANNING_PLAN_NODE,
                    Topics.PLANNING_PERJANJIAN_KINERJA, Topics.MEASUREMENT_REALIZATION,
                    Topics.MEASUREMENT_CAPAIAN_RULES, Topics.MEASUREMENT_SPM, Topics.BUDGET_LINE,
                    Topics.EVALUATION_EVALUATION})
    // the same topics as TOPICS (an annotation needs them written out)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        try {
            transactions.executeWithoutResult(status -> applyAll(records));
        } catch (RuntimeException batchFailure) {
            log.info("Batch of {} failed ({}); applying one by one", records.size(), batchFailure.getMessage());
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<String, byte[]> record = records.get(i);
                try {
                    transactions.executeWithoutResult(status -> applyOne(record));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("projection failed", e, i);
                }
            }
        }
    }

    /**
     * A poll's events with their idempotency rows in few statements: the first deliveries are marked in one, the
     * realisations (most of the events) are written as one JDBC batch, the rest one by one. Every write is guarded by
     * the aggregate version, so applying a batch grouped by kind gives the state that applying it in order gives.
     */
    private void applyAll(List<ConsumerRecord<String, byte[]>> records) {
        List<SakipEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            IncomingEvents.read(record).ifPresent(events::add);
        }
        Set<UUID> first = processed.firstDeliveries(CONSUMER, events.stream().map(SakipEvent::eventId).toList());
        List<SakipEvent> fresh = new ArrayList<>(first.size());
        for (SakipEvent event : events) {
            // an event twice in one poll is applied once
            if (first.remove(event.eventId())) {
                fresh.add(event);
            }
        }
        writer.applyAll(fresh);
    }

    private void applyOne(ConsumerRecord<String, byte[]> record) {
        Optional<SakipEvent> event = IncomingEvents.read(record);
        event.filter(e -> processed.firstDelivery(CONSUMER, e.eventId())).ifPresent(writer::apply);
    }
}
