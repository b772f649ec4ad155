package id.sakip.reporting.renja;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Downloads;
import id.sakip.support.web.Codes;
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
class EvaluasiRenjaController {

    private final EvaluasiRenjaQuery query;

    private final Access access;

    EvaluasiRenjaController(EvaluasiRenjaQuery query, Access access) {
        this.access = access;
        this.query = query;
    }

    @GetMapping("/api/v1/reports/evaluasi-renja")
    @Operation(summary = "The Evaluasi Renja form of an OPD for a year (Permendagri 86/2017), as JSON or XLSX",
            description = "Per sasaran its IKU, then each program, kegiatan and sub kegiatan with its indicators: "
                    + "K and Rp of the Renstra end target, the Renstra years before, the year's target, each "
                    + "triwulan, the year (with capaian and serapan), the Renstra up to the year and its level "
                    + "against the end target; then average capaian, predikat, faktor pendorong / penghambat and "
                    + "follow-ups. Every state of the realisations (a working form). A year without data answers "
                    + "empty=true with a note. 422 format-not-offered for another format than json or xlsx.")
    ResponseEntity<?> evaluasiRenja(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(defaultValue = "json") String format) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        String wanted = Downloads.format(format, "Evaluasi Renja", "json", "xlsx");
        EvaluasiRenja form = query.of(pemdaCode, opdCode, year);
        if (wanted.equals("json")) {
            return ResponseEntity.ok(form);
        }
        return Downloads.xlsx("evaluasi-renja-" + opdCode + "-" + year,
                EvaluasiRenjaWorkbook.of(form, query.signatory(pemdaCode, opdCode)));
    }
}
