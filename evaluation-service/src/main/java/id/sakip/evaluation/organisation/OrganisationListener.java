package id.sakip.evaluation.organisation;

import id.sakip.events.OpdProfileChanged;
import id.sakip.events.PemdaEmblemSet;
import id.sakip.events.Topics;
import id.sakip.support.events.IncomingEvents;
import id.sakip.support.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the OPD profiles and lambang in step with planning's organisation topic. Idempotent and order-safe. */
@Component
class OrganisationListener {

    static final String CONSUMER = "evaluation.organisation";

    private final Organisations organisations;
    private final ProcessedEvents processed;

    OrganisationListener(Organisations organisations, ProcessedEvents processed) {
        this.organisations = organisations;
        this.processed = processed;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PLANNING_ORGANISATION)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record).filter(e -> e instanceof OpdProfileChanged || e instanceof PemdaEmblemSet)
                .filter(e -> processed.firstDelivery(CONSUMER, e.eventId()))
                .ifPresent(e -> {
                    if (e instanceof OpdProfileChanged profile) {
                        organisations.apply(profile);
                    } else {
                        organisations.apply((PemdaEmblemSet) e);
                    }
                });
    }
}
