package id.sakip.measurement.realization;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.UUID;

/** A realisation of an indicator for a period: a quarter (2024Q1..2024Q4) or a whole year (2024). */
record RealizationRequest(
        @NotNull(message = "indikator wajib diisi") UUID indicatorId,
        @NotBlank(message = "periode wajib diisi") @Pattern(regexp = "(20[0-9]{2}|2100)(Q[1-4])?", message = "periode berbentuk 2024Q1..2024Q4 atau 2024") String period,
        @NotNull(message = "nilai realisasi wajib diisi") @Digits(integer = 15, fraction = 6, message = "nilai paling banyak 15 digit dan 6 desimal") BigDecimal value) {
}
