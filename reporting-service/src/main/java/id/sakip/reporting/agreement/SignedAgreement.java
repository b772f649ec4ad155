package id.sakip.reporting.agreement;

import id.sakip.documents.AgreementPaper;
import id.sakip.reporting.projection.AgreementContent;

import java.time.LocalDate;
import java.util.UUID;

/** A signed version of a Perjanjian Kinerja as reporting holds it. */
public record SignedAgreement(UUID agreementId, String pemdaCode, String opdCode, int year, int versionNo,
        String signatoryName, String signatoryNip, String signatoryTitle, LocalDate signedOn, String revisionReason,
        String decreeNumber, LocalDate revisionDate, String opdName, String pemdaName, String regionHeadTitle,
        String regionHeadName, String place, AgreementContent content) {

    /** Its paper: what was signed, with the names the event carried (the codes where an older event had none). */
    public AgreementPaper paper() {
        return AgreementPaper.of(new AgreementPaper.Facts(year, versionNo, revisionReason, decreeNumber, revisionDate,
                opdName == null ? "Perangkat Daerah " + opdCode : opdName,
                pemdaName == null ? "Pemerintah Daerah " + pemdaCode : pemdaName, signatoryName, signatoryNip,
                signatoryTitle, regionHeadTitle, regionHeadName, place, signedOn, false), content.sasaran(),
                content.programs());
    }
}
