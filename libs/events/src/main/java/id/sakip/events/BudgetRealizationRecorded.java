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
        @Bound(chars = Bound.CODE) String subKegiatanCode,
        int quarter,
        BigDecimal amount,
        BigDecimal cumulativeAmount,
        BigDecimal pagu,
        BigDecimal serapanPercent,
        @Bound(chars = Bound.SUBJECT) String recordedBy) implements SakipEvent {

    public BudgetRealizationRecorded {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(budgetLineId, "budgetLineId");
        Require.present(org, "org");
        Require.text(subKegiatanCode, "subKegiatanCode");
        Require.present(amount, "amount");
        Require.present(cumulativeAmount, "cumulativeAmount");
        Require.present(pagu, "pagu");
    }


    @Override
    public String aggregateId() {
        return budgetLineId.toString();
    }
}
