package id.sakip.measurement.realization;

import id.sakip.capaian.Rules;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.RealizationStatusChanged;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.realization.Realization.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** A realisation's next version written with its audit entry, and the events that tell the other services. */
@Component
class RealizationStore {

    private final RealizationRows rows;
    private final ApplicationEventPublisher events;
    private final PeriodCapaian capaian;

    RealizationStore(RealizationRows rows, ApplicationEventPublisher events, PeriodCapaian capaian) {
        this.rows = rows;
        this.events = events;
        this.capaian = capaian;
    }

    Realization save(Realization before, Realization after, String action, String reason, Instant now) {
        if (!rows.update(after, before.version())) {
            throw new OptimisticLockingFailureException("realization " + before.id() + " changed meanwhile");
        }
        rows.audit(after.id(), action, after.updatedBy(), now, before.snapshot(), after.snapshot(), reason);
        return after;
    }

    /** The next version in another state, the operator's justification kept. */
    static Realization with(Realization r, Status status, String reviewNote, String actor, Instant now) {
        return with(r, status, r.faktorPendorong(), r.faktorPenghambat(), r.tindakLanjut(), reviewNote, actor, now);
    }

    static Realization with(Realization r, Status status, String pendorong, String penghambat,
            String tindakLanjut, String reviewNote, String actor, Instant now) {
        return new Realization(r.id(), r.indicatorId(), r.org(), r.period(), r.value(), r.category(), r.numerator(),
                r.denominator(), r.target(), r.targetText(), r.cumulativeValue(), r.capaianStatus(),
                r.capaianPercent(), status, pendorong, penghambat, tindakLanjut, reviewNote, r.version() + 1,
                r.recordedBy(), r.recordedAt(), actor, now);
    }

    void publishRecorded(CatalogIndicator indicator, Realization r) {
        events.publishEvent(new RealizationRecorded(UUID.randomUUID(), r.updatedAt(), r.version(), r.id(),
                r.indicatorId(), r.org(), r.period(), r.value(), r.target(), indicator.polarity(), r.capaianStatus(),
                r.capaianPercent(), r.updatedBy(), r.category(), r.targetText(), r.status().name()));
    }

    void publishStatus(Polarity polarity, Realization r, String transition, String actor, Instant now) {
        Rules.Evaluation evaluation = capaian.evaluation(r);
        events.publishEvent(new RealizationStatusChanged(UUID.randomUUID(), now, r.version(), r.id(),
                r.indicatorId(), r.org(), r.period(), transition, r.status().name(), r.value(), r.category(),
                r.target(), r.targetText(), polarity, r.capaianStatus(), r.capaianPercent(),
                evaluation.reached(), evaluation.rating() == null ? null : evaluation.rating().name(),
                r.faktorPendorong(), r.faktorPenghambat(), r.tindakLanjut(), r.reviewNote(), actor));
    }
}
