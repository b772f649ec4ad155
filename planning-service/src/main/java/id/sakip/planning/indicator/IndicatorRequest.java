package id.sakip.planning.indicator;

import id.sakip.events.Aggregation;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.support.web.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A new indicator (SAKIP.md §3) with its yearly targets (none yet is allowed: a cascading tree names indicators
 * before the Renstra or the PK sets their targets). Optional: the plan node it measures, the target type
 * (NUMBER; CATEGORY for an ORDINAL indicator), the ordered scale of an ORDINAL indicator, the aggregation over
 * quarters (default SUM for counts, LAST for percentages, indexes and categories), the operational definition, data
 * source, responsible bidang, numerator and denominator, and whether it is an IKU. Stated rather than guessed:
 * {@code decreasingFormula} (a DECREASING indicator's own formula, TWO_T_MINUS_R or T_OVER_R; absent: the Pemda's),
 * {@code negativeAllowed} (its values may fall below zero) and {@code percentage} (entered as numerator and
 * denominator); the last two, when absent, take what the name and unit suggest, and the indicator keeps that.
 */
public record IndicatorRequest(
        @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka (kode BPS)") String pemdaCode,
        @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD berupa huruf besar, angka dan tanda hubung") String opdCode,
        @Pattern(regexp = Codes.OPD, message = "kode bidang berupa huruf besar, angka dan tanda hubung") String bidangCode,
        @NotBlank(message = "nama indikator wajib diisi") @Size(max = 500, message = "nama indikator paling panjang 500 karakter") String name,
        @NotBlank(message = "satuan wajib diisi") @Size(max = 50, message = "satuan paling panjang 50 karakter") String unit,
        @NotNull(message = "polaritas wajib diisi: INCREASING, DECREASING atau ORDINAL") Polarity polarity,
        @Size(max = 20, message = "paling banyak 20 tahun") List<@Valid @NotNull(message = "target tidak boleh kosong") YearTargetRequest> targets,
        UUID planNodeId,
        TargetType targetType,
        Aggregation aggregation,
        @Size(max = 20, message = "skala paling banyak 20 kategori") List<@NotBlank(message = "kategori skala tidak boleh kosong") @Size(max = 50, message = "kategori paling panjang 50 karakter") String> scale,
        Boolean iku,
        @Size(max = 4000, message = "definisi operasional paling panjang 4000 karakter") String definition,
        @Size(max = 1000, message = "sumber data paling panjang 1000 karakter") String dataSource,
        @Size(max = 500, message = "pembilang paling panjang 500 karakter") String numerator,
        @Size(max = 500, message = "penyebut paling panjang 500 karakter") String denominator,
        DecreasingFormula decreasingFormula,
        Boolean negativeAllowed,
        Boolean percentage) {

    /** A year's target in the shape of the target type: value, min and max, or category; none of them is N/A. */
    public record YearTargetRequest(
            @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @Digits(integer = 15, fraction = 6, message = "angka target paling banyak 15 digit dan 6 desimal") BigDecimal value,
            @Digits(integer = 15, fraction = 6, message = "batas bawah paling banyak 15 digit dan 6 desimal") BigDecimal min,
            @Digits(integer = 15, fraction = 6, message = "batas atas paling banyak 15 digit dan 6 desimal") BigDecimal max,
            @Size(max = 50, message = "kategori paling panjang 50 karakter") String category) {
    }

    public IndicatorRequest {
        targets = targets == null ? List.of() : targets;
    }

    @AssertTrue(message = "setiap tahun hanya boleh punya satu target")
    boolean isTargetYearsUnique() {
        return targets == null || targets.stream().filter(java.util.Objects::nonNull)
                .map(YearTargetRequest::year).distinct().count() == targets.stream()
                .filter(java.util.Objects::nonNull).count();
    }
}
