package id.sakip.planning.indicator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A new target for one year, with the reason for the change (all target fields empty: the year becomes N/A). */
record TargetRevision(
        @Digits(integer = 15, fraction = 6, message = "angka target paling banyak 15 digit dan 6 desimal") BigDecimal value,
        @Digits(integer = 15, fraction = 6, message = "batas bawah paling banyak 15 digit dan 6 desimal") BigDecimal min,
        @Digits(integer = 15, fraction = 6, message = "batas atas paling banyak 15 digit dan 6 desimal") BigDecimal max,
        @Size(max = 50, message = "kategori paling panjang 50 karakter") String category,
        @NotBlank(message = "alasan perubahan target wajib diisi") @Size(max = 1000, message = "alasan paling panjang 1000 karakter") String reason) {
}
