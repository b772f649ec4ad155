package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A Perjanjian Kinerja (performance agreement) of an OPD for a year was signed: its first version, or a revision
 * (versionNo &gt; 1, with the reason, the decree and the version it replaces). Carries the whole signed content, so
 * that consumers never need planning's tables. Key: {@code <pemda>/<opd>/<year>}, so the versions of one year's
 * agreement stay in order; {@code aggregateVersion} is the version number. Topic
 * {@code sakip.planning.perjanjian-kinerja}. {@code opdName} and {@code pemdaName} were added within v1 (absent from
 * older events): the names the signed document prints; so were {@code regionHeadTitle}, {@code regionHeadName} (the
 * second party as they were at signing, null when not entered) and {@code place} (where it was signed).
 */
public record PerjanjianKinerjaSigned(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID agreementId,
        OrgRef org,
        int year,
        int versionNo,
        UUID previousAgreementId,
        @Bound(chars = 200) String signatoryName,
        @Bound(chars = 21) String signatoryNip,
        @Bound(chars = 100) String signatoryTitle,
        LocalDate signedOn,
        @Bound(chars = 1000) String revisionReason,
        @Bound(chars = 100) String decreeNumber,
        LocalDate revisionDate,
        @Bound(items = 20) List<Sasaran> sasaran,
        @Bound(items = 60) List<Program> programs,
        @Bound(chars = Bound.SUBJECT) String signedBy,
        @Bound(chars = 300) String opdName,
        @Bound(chars = 200) String pemdaName,
        @Bound(chars = 100) String regionHeadTitle,
        @Bound(chars = 200) String regionHeadName,
        @Bound(chars = 100) String place) implements SakipEvent {

    public PerjanjianKinerjaSigned {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(agreementId, "agreementId");
        Require.present(org, "org");
        Require.positive(versionNo, "versionNo");
        Require.text(signatoryName, "signatoryName");
        Require.present(signedOn, "signedOn");
        sasaran = List.copyOf(Require.present(sasaran, "sasaran"));
        programs = programs == null ? List.of() : List.copyOf(programs);
        if (versionNo > 1) {
            Require.present(previousAgreementId, "previousAgreementId");
            Require.text(revisionReason, "revisionReason");
            Require.text(decreeNumber, "decreeNumber");
        }
    }

    /** The form before the second party and the place were added. */
    public PerjanjianKinerjaSigned(UUID eventId, Instant occurredAt, long aggregateVersion, UUID agreementId,
            OrgRef org, int year, int versionNo, UUID previousAgreementId, String signatoryName, String signatoryNip,
            String signatoryTitle, LocalDate signedOn, String revisionReason, String decreeNumber,
            LocalDate revisionDate, List<Sasaran> sasaran, List<Program> programs, String signedBy, String opdName,
            String pemdaName) {
        this(eventId, occurredAt, aggregateVersion, agreementId, org, year, versionNo, previousAgreementId,
                signatoryName, signatoryNip, signatoryTitle, signedOn, revisionReason, decreeNumber, revisionDate,
                sasaran, programs, signedBy, opdName, pemdaName, null, null, null);
    }

    /** The first form of the contract, without the organisation's names. */
    public PerjanjianKinerjaSigned(UUID eventId, Instant occurredAt, long aggregateVersion, UUID agreementId,
            OrgRef org, int year, int versionNo, UUID previousAgreementId, String signatoryName, String signatoryNip,
            String signatoryTitle, LocalDate signedOn, String revisionReason, String decreeNumber,
            LocalDate revisionDate, List<Sasaran> sasaran, List<Program> programs, String signedBy) {
        this(eventId, occurredAt, aggregateVersion, agreementId, org, year, versionNo, previousAgreementId,
                signatoryName, signatoryNip, signatoryTitle, signedOn, revisionReason, decreeNumber, revisionDate,
                sasaran, programs, signedBy, null, null, null, null, null);
    }

    @Override
    public String aggregateId() {
        return org.pemdaCode() + "/" + org.opdCode() + "/" + year;
    }

    /** A sasaran of the agreement with its indicators and their targets for the year. */
    public record Sasaran(
            UUID nodeId,
            @Bound(chars = 1000) String text,
            @Bound(items = 10) List<Indicator> indicators) {
        public Sasaran {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    public record Indicator(
            UUID indicatorId,
            @Bound(chars = 500) String name,
            @Bound(chars = 50) String unit,
            Polarity polarity,
            YearTarget target) {
    }

    /** A program of the agreement with its budget (rupiah). */
    public record Program(
            UUID nodeId,
            @Bound(chars = Bound.CODE) String code,
            @Bound(chars = 1000) String text,
            BigDecimal pagu) {
    }
}
