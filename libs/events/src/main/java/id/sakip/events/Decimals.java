package id.sakip.events;

import java.math.BigDecimal;

/** Measures as people write them: 90 rather than 90.000000 (a NUMERIC column) or 9E+1 (a stripped BigDecimal). */
public final class Decimals {

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private Decimals() {
    }
}
