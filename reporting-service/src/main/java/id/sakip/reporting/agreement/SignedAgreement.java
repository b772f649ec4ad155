package id.sakip.reporting.agreement;

import id.sakip.reporting.projection.AgreementContent;

import java.time.LocalDate;
import java.util.UUID;

/** A signed version of a Perjanjian Kinerja as reporting holds it. */
public record SignedAgreement(UUID agreementId, String pemdaCode, String opdCode, int year, int versionNo,
        String signatoryName, String signatoryNip, String signatoryTitle, LocalDate signedOn, String revisionReason,
        String decreeNumber, LocalDate revisionDate, String opdName, String pemdaName, AgreementContent content) {
}
