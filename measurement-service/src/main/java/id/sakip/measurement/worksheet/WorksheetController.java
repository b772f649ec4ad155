package id.sakip.measurement.worksheet;

import id.sakip.support.web.Codes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Lembar realisasi", description = "Indikator sebuah OPD untuk satu periode: target, realisasi, bukti "
        + "dukung, dan apa yang boleh dilakukan pemanggil")
class WorksheetController {

    private final Worksheets worksheets;

    WorksheetController(Worksheets worksheets) {
        this.worksheets = worksheets;
    }

    @GetMapping("/api/v1/realization-worksheets/{pemdaCode}/{opdCode}/{period}")
    @Operation(summary = "The worksheet of an OPD (or one bidang) for a period: each indicator planned for the year "
            + "with the target its period is compared with, its realisation, its evidence count, and whether the "
            + "caller may enter or verify it", description = "Needs READ_OPD of the OPD (403 otherwise). mayEnter "
            + "and mayVerify are false for every row of a locked period.")
    WorksheetView worksheet(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable @Pattern(regexp = Codes.PERIOD, message = "periode berbentuk 2024Q1..2024Q4 atau 2024")
            String period,
            @RequestParam(required = false) @Pattern(regexp = Codes.OPD, message = "kode bidang berupa huruf besar, angka dan tanda hubung")
            String bidangCode) {
        return worksheets.of(pemdaCode, opdCode, period, bidangCode);
    }
}
