package id.sakip.reporting.pelaporan;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Laporan", description = "Tabel laporan yang dibangun dari event layanan lain")
class PelaporanController {

    private final PelaporanQuery query;

    private final Access access;

    PelaporanController(PelaporanQuery query, Access access) {
        this.access = access;
        this.query = query;
    }

    @GetMapping("/pelaporan-kinerja")
    @Operation(summary = "Pelaporan Kinerja of an OPD for a year",
            description = "Indicators with target, realisations and capaian (as measurement computed it), and "
                    + "budget lines with pagu, spending and serapan. A year without data answers with empty=true "
                    + "and a note, not an error. format=xlsx gives it as an Excel workbook in Indonesian (its "
                    + "lists, and the agency's layout as a second sheet); another format is 422 format-not-offered.")
    ResponseEntity<?> pelaporanKinerja(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(defaultValue = "json") String format) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        String wanted = Downloads.format(format, "Pelaporan Kinerja", "json", "xlsx");
        PelaporanKinerja report = query.of(pemdaCode, opdCode, year);
        if (wanted.equals("json")) {
            return ResponseEntity.ok(report);
        }
        return Downloads.xlsx("pelaporan-kinerja-" + opdCode + "-" + year, PelaporanWorkbook.of(report));
    }
}
