package id.sakip.support.events;

import id.sakip.events.EventCodec;
import id.sakip.events.SakipEvent;
import id.sakip.support.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

import java.util.Map;

/**
 * Every event is checked as it is published, in the transaction that changes state: one the broker would refuse for
 * its size fails that transaction with a problem the user can act on, so nothing is written and nothing poisons the
 * outbox. The input checks bound every field ({@code @Bound}), so this refusal is a last line, not the rule.
 */
public class EventSizeGuard {

    private static final Logger log = LoggerFactory.getLogger(EventSizeGuard.class);

    private final long maxEventBytes;

    EventSizeGuard(long maxEventBytes) {
        this.maxEventBytes = maxEventBytes;
    }

    @EventListener
    public void check(SakipEvent event) {
        int size = EventCodec.write(event).length;
        if (size > maxEventBytes) {
            log.warn("Refused to publish {} {} of {} bytes (limit {})", event.getClass().getSimpleName(),
                    event.aggregateId(), size, maxEventBytes);
            throw ApiProblem.unprocessable("event-too-large", "Data ini terlalu besar untuk diteruskan ke layanan "
                    + "lain (" + size + " byte; paling banyak " + maxEventBytes + "). Persingkat isian yang panjang "
                    + "atau kurangi jumlah barisnya. Tidak ada data yang diubah.", Map.of());
        }
    }
}
