package id.sakip.budget.line;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Realisasi anggaran of one quarter (not cumulative). */
public record SpendingRequest(
        @NotNull(message = "jumlah wajib diisi") @DecimalMin(value = "0", message = "jumlah tidak boleh negatif") @Digits(integer = 15, fraction = 2, message = "rupiah paling banyak 15 digit dan 2 desimal") BigDecimal amount) {
}
