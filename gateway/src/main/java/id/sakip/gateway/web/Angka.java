package id.sakip.gateway.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, percentages and dates as an Indonesian reader writes them: 1.325.359.814; 97,64%; 4 Januari 2025. */
public final class Angka {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    private Angka() {
    }

    /** At most two decimals, thousands separated by points: 1.325.359.814 or 97,64. */
    public static String of(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(ID));
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    public static String percent(BigDecimal value) {
        return value == null ? "–" : of(value) + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }
}
