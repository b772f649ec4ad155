package id.sakip.measurement.realization;

import id.sakip.support.web.Codes;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A realisation of an indicator for a period: a quarter (2024Q1..2024Q4) or a whole year (2024). Exactly one of:
 * {@code value} (a number), {@code category} (a category of an ORDINAL indicator's scale), or {@code numerator}
 * with {@code denominator} (a percentage kept as its two counts; the value is their unrounded ratio x 100).
 */
record RealizationRequest(
        @NotNull(message = "indikator wajib diisi") UUID indicatorId,
        @NotBlank(message = "periode wajib diisi") @Pattern(regexp = Codes.PERIOD, message = "periode berbentuk 2024Q1..2024Q4 atau 2024") String period,
        @Digits(integer = 15, fraction = 6, message = "nilai paling banyak 15 digit dan 6 desimal") BigDecimal value,
        @Size(max = 100, message = "kategori paling panjang 100 huruf") String category,
        @DecimalMin(value = "0", message = "pembilang tidak boleh negatif") @Digits(integer = 15, fraction = 6, message = "pembilang paling banyak 15 digit dan 6 desimal") BigDecimal numerator,
        @DecimalMin(value = "0", inclusive = false, message = "penyebut harus lebih dari 0") @Digits(integer = 15, fraction = 6, message = "penyebut paling banyak 15 digit dan 6 desimal") BigDecimal denominator) {

    Entry entry() {
        return new Entry(value, category, numerator, denominator);
    }

    /** A new value for an existing realisation, with the reason the audit trail keeps. */
    record Change(
            @Digits(integer = 15, fraction = 6, message = "nilai paling banyak 15 digit dan 6 desimal") BigDecimal value,
            @Size(max = 100, message = "kategori paling panjang 100 huruf") String category,
            @DecimalMin(value = "0", message = "pembilang tidak boleh negatif") @Digits(integer = 15, fraction = 6, message = "pembilang paling banyak 15 digit dan 6 desimal") BigDecimal numerator,
            @DecimalMin(value = "0", inclusive = false, message = "penyebut harus lebih dari 0") @Digits(integer = 15, fraction = 6, message = "penyebut paling banyak 15 digit dan 6 desimal") BigDecimal denominator,
            @NotBlank(message = "alasan perubahan wajib diisi") @Size(max = 2000, message = "alasan paling panjang 2000 huruf") String reason) {

        Entry entry() {
            return new Entry(value, category, numerator, denominator);
        }
    }

    /** The operator's justification: required below target (penghambat, tindak lanjut) and above it (pendorong). */
    record Submission(
            @Size(max = 4000, message = "faktor pendorong paling panjang 4000 huruf") String faktorPendorong,
            @Size(max = 4000, message = "faktor penghambat paling panjang 4000 huruf") String faktorPenghambat,
            @Size(max = 4000, message = "tindak lanjut paling panjang 4000 huruf") String tindakLanjut) {
    }

    /** A reviewer's note: optional when verifying, required when returning. */
    record Review(@Size(max = 4000, message = "catatan paling panjang 4000 huruf") String note) {
    }

    /** Why an administrator unlocks an approved period. */
    record Unlock(@NotBlank(message = "alasan membuka kunci wajib diisi") @Size(max = 2000, message = "alasan paling panjang 2000 huruf") String reason) {
    }

    /** What was entered, before it is checked against the indicator. */
    record Entry(BigDecimal value, String category, BigDecimal numerator, BigDecimal denominator) {
    }
}
