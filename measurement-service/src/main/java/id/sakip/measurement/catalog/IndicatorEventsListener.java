package id.sakip.measurement.catalog;

import id.sakip.events.IndicatorDefined;
import id.sakip.events.QuarterTargetsSet;
import id.sakip.events.Topics;
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
        processed.applyOnce(CONSUMER, record, IndicatorDefined.class, catalog::apply);
    }

    @KafkaListener(id = QUARTER_TARGETS, topics = Topics.PLANNING_RENCANA_AKSI)
    @Transactional
    void onRencanaAksi(ConsumerRecord<String, byte[]> record) {
        processed.applyOnce(QUARTER_TARGETS, record, QuarterTargetsSet.class, catalog::apply);
    }
}
