package id.sakip.indonesian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as Indonesian documents print them: 52.264.600, 97,25%, 4 Januari 2025. */
public final class Indonesian {

    public static final Locale LOCALE = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    private Indonesian() {
    }

    /** A decimal without trailing zeros: 68,45; 90; 1.250,5. */
    public static String decimal(BigDecimal value) {
        return value == null ? "-" : format("#,##0.######").format(value);
    }

    /** Rupiah without the symbol, as the agency's tables print it: 52.264.600 (cents only when there are any). */
    public static String rupiah(BigDecimal value) {
        return value == null ? "-" : format("#,##0.##").format(value);
    }

    /** A percentage with two decimals, rounded half-up: 97,25%. */
    public static String percent(BigDecimal value) {
        return value == null ? "-" : format("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** A score with two decimals, rounded half-up: 80,17; 24,00. */
    public static String twoDecimals(BigDecimal value) {
        return value == null ? "-" : format("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
    }

    public static String date(LocalDate date) {
        return date == null ? "-" : DATE.format(date);
    }

    private static DecimalFormat format(String pattern) {
        // DecimalFormat is not thread-safe: one per call
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LOCALE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
