package id.sakip.measurement.realization;

import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/realization-periods/{pemdaCode}/{opdCode}/{period}")
@Tag(name = "Periode", description = "Persetujuan dan penguncian periode realisasi sebuah OPD")
class PeriodController {


    private final Realizations realizations;

    PeriodController(Realizations realizations) {
        this.realizations = realizations;
    }

    @GetMapping
    @Operation(summary = "A period of an OPD: locked or not, its realisations by status, and the lock's history")
    PeriodView get(@PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable @Pattern(regexp = Codes.PERIOD, message = "periode berbentuk 2024Q1..2024Q4 atau 2024") String period) {
        return realizations.period(pemdaCode, opdCode, period);
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve the period (Kepala OPD): every realisation must be verified; all become approved "
            + "and the period is locked",
            description = "409 period-not-ready lists the realisations not yet verified (approving a draft is out of "
                    + "order); 409 period-locked when already approved; 422 nothing-to-approve for an empty period. "
                    + "Publishes RealizationStatusChanged (APPROVED) for each.")
    PeriodView approve(@PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable @Pattern(regexp = Codes.PERIOD, message = "periode berbentuk 2024Q1..2024Q4 atau 2024") String period) {
        return realizations.approvePeriod(pemdaCode, opdCode, period, Actors.current());
    }

    @PostMapping("/unlock")
    @Operation(summary = "Unlock an approved period (administrator), with a reason; its realisations return to "
            + "verified", description = "409 period-not-locked when it is not locked. Audited with the reason; "
            + "publishes RealizationStatusChanged (UNLOCKED) for each.")
    PeriodView unlock(@PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable @Pattern(regexp = Codes.PERIOD, message = "periode berbentuk 2024Q1..2024Q4 atau 2024") String period,
            @Valid @RequestBody RealizationRequest.Unlock unlock) {
        return realizations.unlockPeriod(pemdaCode, opdCode, period, unlock.reason(), Actors.current());
    }
}
