package id.sakip.budget.plantree;

import id.sakip.events.PlanNodeChanged;
import id.sakip.events.Topics;
import id.sakip.support.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps budget's program tree in step with planning's tree nodes. Idempotent and order-safe. */
@Component
class PlanTreeListener {

    static final String CONSUMER = "budget.plan-tree";

    private final PlanTree tree;
    private final ProcessedEvents processed;

    PlanTreeListener(PlanTree tree, ProcessedEvents processed) {
        this.tree = tree;
        this.processed = processed;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PLANNING_PLAN_NODE)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        processed.applyOnce(CONSUMER, record, PlanNodeChanged.class, tree::apply);
    }
}
