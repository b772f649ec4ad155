package id.sakip.measurement.rules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A change of a Pemda's capaian rules from a year on: the whole set, so every entry of the history reads alone.
 * {@code displayCap} absent means no cap; {@code efficiencyMinimumRatio} absent means 1 (capaian at least serapan).
 */
record CapaianRulesRequest(
        @NotNull(message = "tahun mulai berlaku wajib diisi") @Min(value = 2000, message = "tahun mulai 2000 atau sesudahnya") @Max(value = 2100, message = "tahun paling lambat 2100") Integer effectiveFromYear,
        @NotBlank(message = "rumus indikator penurunan wajib dipilih: TWO_T_MINUS_R atau T_OVER_R") @Size(max = 20, message = "rumus: TWO_T_MINUS_R atau T_OVER_R") String decreasingFormula,
        @NotNull(message = "batas kategori wajib diisi: empat angka menurun, misalnya [90, 75, 65, 50]") @Size(min = 4, max = 4, message = "batas kategori berupa empat angka menurun, misalnya [90, 75, 65, 50]") List<BigDecimal> ratingBounds,
        BigDecimal displayCap,
        BigDecimal efficiencyMinimumRatio,
        @NotBlank(message = "alasan perubahan wajib diisi") @Size(max = 2000, message = "alasan paling panjang 2000 huruf") String reason) {
}
