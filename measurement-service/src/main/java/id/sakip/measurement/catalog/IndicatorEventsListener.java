package id.sakip.measurement.catalog;

import id.sakip.events.IndicatorDefined;
import id.sakip.events.QuarterTargetsSet;
import id.sakip.events.Topics;
import id.sakip.support.events.IncomingEvents;
import id.sakip.support.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the indicator catalog and the Rencana Aksi quarter targets in step with planning. Idempotent and order-safe. */
@Component
class IndicatorEventsListener {

    static final String CONSUMER = "measurement.indicator-catalog";
    static final String QUARTER_TARGETS = "measurement.quarter-targets";

    private final IndicatorCatalog catalog;
    private final ProcessedEvents processed;

    IndicatorEventsListener(IndicatorCatalog catalog, ProcessedEvents processed) {
        this.catalog = catalog;
        this.processed = processed;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PLANNING_INDICATOR)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record).ifPresent(event -> {
            if (event instanceof IndicatorDefined defined && processed.firstDelivery(CONSUMER, event.eventId())) {
                catalog.apply(defined);
            }
        });
    }

    @KafkaListener(id = QUARTER_TARGETS, topics = Topics.PLANNING_RENCANA_AKSI)
    @Transactional
    void onRencanaAksi(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record).ifPresent(event -> {
            if (event instanceof QuarterTargetsSet set && processed.firstDelivery(QUARTER_TARGETS, event.eventId())) {
                catalog.apply(set);
            }
        });
    }
}
