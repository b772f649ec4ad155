package id.sakip.evaluation.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation with its follow-ups; {@code overdue}: past its due date (Asia/Jakarta) and not closed. */
public record RecommendationView(UUID id, UUID evaluationId, String pemdaCode, String opdCode, int year, String area,
        String areaName, String text, String owner, LocalDate dueDate, String status, String statusLabel,
        boolean overdue, long version, String createdBy, Instant createdAt, String closedBy, Instant closedAt,
        List<FollowUp> followUps) {

    public record FollowUp(String quarter, String note, String evidence, boolean closes, String by, Instant at) {
    }
}
