package id.sakip.documents;

import id.sakip.indonesian.Indonesian;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What templates call as {@code fmt}: numbers and dates as Indonesian documents print them. */
public final class Formats {

    static final Formats INSTANCE = new Formats();

    private Formats() {
    }

    /** 52.264.600 */
    public String rupiah(BigDecimal value) {
        return Indonesian.rupiah(value);
    }

    /** 68,45 */
    /** A score with two decimals: 80,17; 80,00. */
    public String score(BigDecimal value) {
        return Indonesian.twoDecimals(value);
    }

    public String decimal(BigDecimal value) {
        return Indonesian.decimal(value);
    }

    /** 97,64% */
    public String percent(BigDecimal value) {
        return Indonesian.percent(value);
    }

    /** 4 Januari 2025 */
    public String date(LocalDate date) {
        return Indonesian.date(date);
    }

    /** Januari 2025 */
    public String month(LocalDate date) {
        return date == null ? "-" : date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Indonesian.LOCALE)
                + " " + date.getYear();
    }

    public String upper(String text) {
        return text == null ? "" : text.toUpperCase(Indonesian.LOCALE);
    }
}
