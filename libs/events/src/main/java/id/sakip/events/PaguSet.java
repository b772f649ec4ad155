package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Budget set the pagu of a sub kegiatan for a fiscal year, in rupiah. {@code paguVersion} names the budget document
 * (e.g. {@code MURNI}, {@code PERUBAHAN}). Topic {@code sakip.budget.budget-line}. Published when the line is created
 * and at every revision of its pagu (a higher {@code aggregateVersion}). Fields after {@code setBy} were added within
 * v1 (absent from older events): {@code level} SUB_KEGIATAN (read when absent), KEGIATAN or PROGRAM for the explicit
 * line of a kegiatan or program beside its listed children ({@code subKegiatanCode} then holds that code and
 * {@code subKegiatanName} its name); the legal reference and date of the budget document; the revision's reason.
 */
public record PaguSet(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID budgetLineId,
        OrgRef org,
        int year,
        @Bound(chars = Bound.CODE) String subKegiatanCode,
        @Bound(chars = 1000) String subKegiatanName,
        @Bound(chars = Bound.CODE) String paguVersion,
        BigDecimal pagu,
        @Bound(chars = Bound.SUBJECT) String setBy,
        @Bound(chars = Bound.CODE) String level,
        @Bound(chars = 300) String legalReference,
        LocalDate legalDate,
        @Bound(chars = 2000) String reason) implements SakipEvent {

    public PaguSet {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(budgetLineId, "budgetLineId");
        Require.present(org, "org");
        Require.text(subKegiatanCode, "subKegiatanCode");
        Require.text(paguVersion, "paguVersion");
        Require.present(pagu, "pagu");
        level = level == null ? "SUB_KEGIATAN" : level;
    }

    /** The first form of the contract: a sub kegiatan's pagu, no legal reference. */
    public PaguSet(UUID eventId, Instant occurredAt, long aggregateVersion, UUID budgetLineId, OrgRef org, int year,
            String subKegiatanCode, String subKegiatanName, String paguVersion, BigDecimal pagu, String setBy) {
        this(eventId, occurredAt, aggregateVersion, budgetLineId, org, year, subKegiatanCode, subKegiatanName,
                paguVersion, pagu, setBy, null, null, null, null);
    }


    @Override
    public String aggregateId() {
        return budgetLineId.toString();
    }
}
