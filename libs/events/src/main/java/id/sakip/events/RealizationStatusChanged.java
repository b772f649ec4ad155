package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A realisation moved through the verification workflow: submitted by the bidang's operator, verified by the Kepala
 * Bidang, approved with its period by the Kepala OPD, rejected with a note, or returned to verified when an
 * administrator unlocked its period. Carries the whole state with the capaian measurement computed, the justification
 * and the reviewer's note, so that reporting never recomputes rules of its own. Topic
 * {@code sakip.measurement.realization}, key = the realisation id, versions shared with {@link RealizationRecorded}.
 *
 * @param transition SUBMITTED, VERIFIED, APPROVED, REJECTED or UNLOCKED
 * @param status     the state after it: SUBMITTED, VERIFIED, APPROVED or REJECTED
 * @param rating     the capaian's rating (SANGAT_TINGGI .. SANGAT_RENDAH), null when not computed
 */
public record RealizationStatusChanged(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID realizationId,
        UUID indicatorId,
        OrgRef org,
        @Bound(chars = Bound.CODE) String period,
        @Bound(chars = Bound.CODE) String transition,
        @Bound(chars = Bound.CODE) String status,
        BigDecimal value,
        @Bound(chars = 100) String category,
        BigDecimal target,
        @Bound(chars = 100) String targetText,
        Polarity polarity,
        CapaianStatus capaianStatus,
        BigDecimal capaianPercent,
        Boolean reached,
        @Bound(chars = Bound.CODE) String rating,
        @Bound(chars = 4000) String faktorPendorong,
        @Bound(chars = 4000) String faktorPenghambat,
        @Bound(chars = 4000) String tindakLanjut,
        @Bound(chars = 4000) String note,
        @Bound(chars = Bound.SUBJECT) String actor) implements SakipEvent {

    public RealizationStatusChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(realizationId, "realizationId");
        Require.present(indicatorId, "indicatorId");
        Require.present(org, "org");
        Require.text(period, "period");
        Require.text(transition, "transition");
        Require.text(status, "status");
        Require.present(polarity, "polarity");
        Require.present(capaianStatus, "capaianStatus");
        Require.text(actor, "actor");
    }

    @Override
    public String aggregateId() {
        return realizationId.toString();
    }
}
