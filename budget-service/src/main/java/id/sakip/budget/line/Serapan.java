package id.sakip.budget.line;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Serapan (absorption) % = realisasi / pagu x 100. Pure. */
public final class Serapan {

    static final int SCALE = 16;

    /** Unrounded ({@value #SCALE} decimals); null when the pagu is 0, where absorption has no meaning. */
    public static BigDecimal percent(BigDecimal realized, BigDecimal pagu) {
        if (pagu.signum() == 0) {
            return null;
        }
        return realized.multiply(BigDecimal.valueOf(100)).divide(pagu, SCALE, RoundingMode.HALF_UP);
    }

    /** Half-up to 2 decimals, as shown. */
    public static BigDecimal rounded(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }

    private Serapan() {
    }
}
