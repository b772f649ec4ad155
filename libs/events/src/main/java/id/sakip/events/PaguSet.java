package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Budget set the pagu of a sub kegiatan for a fiscal year, in rupiah. {@code paguVersion} names the budget document
 * (e.g. {@code MURNI}, {@code PERUBAHAN}). Topic {@code sakip.budget.budget-line}.
 */
public record PaguSet(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID budgetLineId,
        OrgRef org,
        int year,
        String subKegiatanCode,
        String subKegiatanName,
        String paguVersion,
        BigDecimal pagu,
        String setBy) implements SakipEvent {

    public PaguSet {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(budgetLineId, "budgetLineId");
        Require.present(org, "org");
        Require.text(subKegiatanCode, "subKegiatanCode");
        Require.text(paguVersion, "paguVersion");
        Require.present(pagu, "pagu");
    }


    @Override
    public String aggregateId() {
        return budgetLineId.toString();
    }
}
