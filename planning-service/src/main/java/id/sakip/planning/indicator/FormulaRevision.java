package id.sakip.planning.indicator;

import id.sakip.events.DecreasingFormula;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A DECREASING indicator's own formula (null: the Pemda's rule again), with the reason for the change. */
record FormulaRevision(
        DecreasingFormula decreasingFormula,
        @NotBlank(message = "alasan perubahan rumus wajib diisi") @Size(max = 1000, message = "alasan paling panjang 1000 karakter") String reason) {
}
