package id.sakip.reporting.pelaporan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Laporan", description = "Tabel laporan yang dibangun dari event layanan lain")
class PelaporanController {

    private final PelaporanQuery query;

    PelaporanController(PelaporanQuery query) {
        this.query = query;
    }

    @GetMapping("/pelaporan-kinerja")
    @Operation(summary = "Pelaporan Kinerja of an OPD for a year",
            description = "Indicators with target, realisations and capaian (as measurement computed it), and "
                    + "budget lines with pagu, spending and serapan. A year without data answers with empty=true "
                    + "and a note, not an error.")
    PelaporanKinerja pelaporanKinerja(
            @RequestParam @Pattern(regexp = "[0-9]{2,4}", message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year) {
        return query.of(pemdaCode, opdCode, year);
    }
}
