package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Budget recorded the spending of a sub kegiatan in a quarter. Carries the cumulative spending to date and the
 * serapan it computed (unrounded). Topic {@code sakip.budget.budget-line}.
 */
public record BudgetRealizationRecorded(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID budgetLineId,
        OrgRef org,
        int year,
        String subKegiatanCode,
        int quarter,
        BigDecimal amount,
        BigDecimal cumulativeAmount,
        BigDecimal pagu,
        BigDecimal serapanPercent,
        String recordedBy) implements SakipEvent {

    @Override
    public String aggregateId() {
        return budgetLineId.toString();
    }
}
