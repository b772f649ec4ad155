package id.sakip.reporting.pelaporan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Serapan % = realisasi / pagu x 100, half-up to 2 decimals, as the reports show it. */
public final class Serapan {

    /** None without both figures or of a pagu of 0. */
    public static BigDecimal percent(BigDecimal realized, BigDecimal pagu) {
        return pagu == null || realized == null || pagu.signum() == 0 ? null
                : realized.multiply(BigDecimal.valueOf(100)).divide(pagu, 2, RoundingMode.HALF_UP);
    }

    private Serapan() {
    }
}
