package id.sakip.capaian;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The capaian of a Standar Pelayanan Minimal (Permendagri 59/2021; SAKIP.md glossary): X, those whose basic needs
 * were met, over Y, those who needed the service, x 100. Measurement computes it when an SPM is entered, reporting
 * when the LKjIP prints it: one rule for both.
 */
public final class SpmCapaian {

    private SpmCapaian() {
    }

    /** X / Y x 100, half-up to 2 decimals; null when Y is 0 (nobody needed the service: nothing to measure). */
    public static BigDecimal percent(BigDecimal x, BigDecimal y) {
        return y.signum() == 0 ? null
                : x.multiply(BigDecimal.valueOf(100)).divide(y, 2, RoundingMode.HALF_UP);
    }
}
