package id.sakip.reporting.agreement;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Downloads;
import id.sakip.support.web.Codes;
import id.sakip.documents.OfficialDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Laporan", description = "Tabel laporan yang dibangun dari event layanan lain")
class AgreementReportController {

    private final AgreementReports agreements;

    private final Access access;

    private final OfficialDocuments documents;

    AgreementReportController(AgreementReports agreements, Access access, OfficialDocuments documents) {
        this.access = access;
        this.agreements = agreements;
        this.documents = documents;
    }

    @GetMapping("/api/v1/reports/perjanjian-kinerja")
    @Operation(summary = "The Perjanjian Kinerja of an OPD for a year as a PDF ready to sign (statement and annex)",
            description = "The latest signed version, or versionNo. format=pdf (default) or json. 404 "
                    + "perjanjian-kinerja-not-found when nothing (or not that version) was signed; 422 "
                    + "format-not-offered for another format.")
    ResponseEntity<?> perjanjianKinerja(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(required = false) @Min(value = 1, message = "versi paling kecil 1") Integer versionNo,
            @RequestParam(defaultValue = "pdf") String format) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        String wanted = Downloads.format(format, "Perjanjian Kinerja", "pdf", "json");
        SignedAgreement agreement = agreements.of(pemdaCode, opdCode, year, versionNo);
        if (wanted.equals("json")) {
            return ResponseEntity.ok(agreement);
        }
        return Downloads.pdf("perjanjian-kinerja-" + opdCode + "-" + year + "-v" + agreement.versionNo(),
                agreement.paper().pdf(documents));
    }
}
