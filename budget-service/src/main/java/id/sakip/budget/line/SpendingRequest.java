package id.sakip.budget.line;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * Realisasi anggaran of one quarter (not cumulative). {@code reason} says why a recorded amount is corrected; the
 * first amount of a quarter needs none.
 */
public record SpendingRequest(
        @NotNull(message = "jumlah wajib diisi") @DecimalMin(value = "0", message = "jumlah tidak boleh negatif") @Digits(integer = 15, fraction = 2, message = "rupiah paling banyak 15 digit dan 2 desimal") BigDecimal amount,
        @Size(max = 2000, message = "alasan paling panjang 2000 karakter") String reason) {

    public SpendingRequest(BigDecimal amount) {
        this(amount, null);
    }
}
