package id.sakip.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recommendation of an OPD's SAKIP evaluation was written or followed up: its whole state (area, text, owner, due
 * date, status OPEN, IN_PROGRESS or CLOSED) and how many follow-ups it has, the latest quarter among them. Whether
 * it is overdue is the reader's to judge from {@code dueDate} on the reader's day. Topic
 * {@code sakip.evaluation.evaluation}, key the evaluation's id (so an evaluation's events stay in order);
 * {@code aggregateVersion} is the recommendation's version.
 */
public record RecommendationStatusChanged(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID recommendationId,
        UUID evaluationId,
        OrgRef org,
        int year,
        @Bound(chars = Bound.CODE) String area,
        @Bound(chars = 200) String areaName,
        @Bound(chars = 2000) String text,
        @Bound(chars = 200) String owner,
        LocalDate dueDate,
        @Bound(chars = Bound.CODE) String status,
        int followUps,
        @Bound(chars = Bound.CODE) String lastFollowUpQuarter,
        @Bound(chars = Bound.SUBJECT) String changedBy) implements SakipEvent {

    public RecommendationStatusChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(recommendationId, "recommendationId");
        Require.present(evaluationId, "evaluationId");
        Require.present(org, "org");
        Require.text(area, "area");
        Require.text(text, "text");
        Require.text(owner, "owner");
        Require.present(dueDate, "dueDate");
        Require.text(status, "status");
        Require.text(changedBy, "changedBy");
    }

    @Override
    public String aggregateId() {
        return evaluationId.toString();
    }
}
