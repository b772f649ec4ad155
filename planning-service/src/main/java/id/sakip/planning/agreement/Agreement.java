package id.sakip.planning.agreement;

import id.sakip.events.PerjanjianKinerjaSigned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of an OPD's Perjanjian Kinerja for a year. Its content is a snapshot (texts, names and targets as
 * they were), so a signed version reads the same for ever, whatever changes in the plan afterwards; so are the
 * second party (the head of region) and the place, kept at signing (null in a draft).
 */
public record Agreement(UUID id, String pemdaCode, String opdCode, int year, int versionNo, Status status,
        UUID previousId, List<PerjanjianKinerjaSigned.Sasaran> sasaran, List<PerjanjianKinerjaSigned.Program> programs,
        BigDecimal totalPagu, String signatoryName, String signatoryNip, String signatoryTitle, LocalDate signedOn,
        String revisionReason, String decreeNumber, LocalDate revisionDate, String regionHeadTitle,
        String regionHeadName, String place, long version, String createdBy, Instant createdAt) {

    public enum Status {
        /** Being prepared: may still change. */
        DRAFT,
        /** Signed: the agreement in force; never edited again. */
        SIGNED,
        /** Signed once, then replaced by a signed revision: kept and readable. */
        SUPERSEDED
    }

    /** The snapshot stored as JSON. */
    record Snapshot(List<PerjanjianKinerjaSigned.Sasaran> sasaran, List<PerjanjianKinerjaSigned.Program> programs) {
    }
}
