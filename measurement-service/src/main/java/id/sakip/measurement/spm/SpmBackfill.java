package id.sakip.measurement.spm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start, publishes the SPM services written before SpmServiceChanged existed (once; see V10). */
@Component
class SpmBackfill {

    private static final Logger log = LoggerFactory.getLogger(SpmBackfill.class);

    private final Spm spm;

    SpmBackfill(Spm spm) {
        this.spm = spm;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishOnce() {
        int published = spm.publishUnpublished();
        if (published > 0) {
            log.info("Published {} SPM services written before SpmServiceChanged existed", published);
        }
    }
}
