package id.sakip.reporting.city;

import id.sakip.support.web.Codes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Laporan", description = "Tabel laporan yang dibangun dari event layanan lain")
class CityController {

    private final CityQuery query;

    CityController(CityQuery query) {
        this.query = query;
    }

    @GetMapping("/api/v1/reports/city")
    @Operation(summary = "Every OPD of a Pemda for a year, ranked by capaian and by serapan",
            description = "Per OPD: indicators planned or measured, measured, reached, average capaian (uncapped; "
                    + "the year's realisation, else the latest quarter's), pagu, realisasi anggaran, serapan, and the "
                    + "ranks. A year without data answers with empty=true and a note.")
    CityReport city(@RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year) {
        return query.of(pemdaCode, year);
    }
}
