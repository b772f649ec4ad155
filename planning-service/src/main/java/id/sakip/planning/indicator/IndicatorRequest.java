package id.sakip.planning.indicator;

import id.sakip.events.Polarity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** A new indicator with its yearly targets. */
record IndicatorRequest(
        @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = "[0-9]{2,4}", message = "kode Pemda berupa 2-4 angka (kode BPS)") String pemdaCode,
        @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "kode OPD berupa huruf besar, angka dan tanda hubung") String opdCode,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "kode bidang berupa huruf besar, angka dan tanda hubung") String bidangCode,
        @NotBlank(message = "nama indikator wajib diisi") @Size(max = 500, message = "nama indikator paling panjang 500 karakter") String name,
        @NotBlank(message = "satuan wajib diisi") @Size(max = 50, message = "satuan paling panjang 50 karakter") String unit,
        @NotNull(message = "polaritas wajib diisi: INCREASING atau DECREASING") Polarity polarity,
        @NotEmpty(message = "paling sedikit satu target tahunan") @Size(max = 20, message = "paling banyak 20 tahun") List<@Valid @NotNull(message = "target tidak boleh kosong") YearTargetRequest> targets) {

    record YearTargetRequest(
            @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @Digits(integer = 15, fraction = 6, message = "angka target paling banyak 15 digit dan 6 desimal") BigDecimal value) {
    }

    @AssertTrue(message = "setiap tahun hanya boleh punya satu target")
    boolean isTargetYearsUnique() {
        return targets == null || targets.stream().filter(java.util.Objects::nonNull)
                .map(YearTargetRequest::year).distinct().count() == targets.stream()
                .filter(java.util.Objects::nonNull).count();
    }
}
