package id.sakip.budget.line;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Rupiah as people in Indonesia write it: 52.264.600 and 1.500,50. */
public final class Rupiah {

    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    private Rupiah() {
    }
}
