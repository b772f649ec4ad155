package id.sakip.indonesian;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as a person types it in an Indonesian form: a comma for decimals and points (or spaces) between
 * thousands: 1.325.359.814; 1 325 359 814; 97,64; 1.250,5. A single point is read the Indonesian way when three
 * digits follow it (1.250 is one thousand two hundred and fifty) and as a decimal point otherwise (97.64, as a
 * keyboard's numeric pad writes it), so no number a person means is read as another. Anything else is refused, never
 * guessed: mixed separators, groups that are not three digits, a separator at the end.
 */
public final class IndonesianNumber {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern POINT_GROUPED = Pattern.compile("[1-9][0-9]{0,2}(\\.[0-9]{3})+");
    private static final Pattern SPACE_GROUPED = Pattern.compile("[1-9][0-9]{0,2}( [0-9]{3})+");

    private IndonesianNumber() {
    }

    /** The number, or null for an empty text; a text that is no number is refused with what to type instead. */
    public static BigDecimal parse(String text) {
        return parse(text, false);
    }

    /** The same, a trailing percent sign allowed (97,64%), for a field whose unit is a percentage. */
    public static BigDecimal parsePercent(String text) {
        return parse(text, true);
    }

    private static BigDecimal parse(String text, boolean percentSign) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace('\u00a0', ' ');
        if (percentSign && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean negative = s.startsWith("-") || s.startsWith("\u2212");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        int comma = s.indexOf(',');
        String whole;
        String fraction;
        if (comma >= 0) {
            whole = s.substring(0, comma);
            fraction = s.substring(comma + 1);
            if (!DIGITS.matcher(fraction).matches()) {
                throw new NotANumber(text);
            }
        } else if (s.indexOf('.') >= 0 && s.indexOf('.') == s.lastIndexOf('.')
                && s.length() - s.indexOf('.') - 1 != 3) {
            whole = s.substring(0, s.indexOf('.'));
            fraction = s.substring(s.indexOf('.') + 1);
            if (!DIGITS.matcher(fraction).matches() || whole.contains(" ")) {
                throw new NotANumber(text);
            }
        } else {
            whole = s;
            fraction = "";
        }
        String digits;
        if (DIGITS.matcher(whole).matches()) {
            digits = whole;
        } else if (POINT_GROUPED.matcher(whole).matches()) {
            digits = whole.replace(".", "");
        } else if (SPACE_GROUPED.matcher(whole).matches()) {
            digits = whole.replace(" ", "");
        } else {
            throw new NotANumber(text);
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
        return negative ? value.negate() : value;
    }

    /** A text that is no number; its message is the sentence shown beside the field. */
    public static final class NotANumber extends IllegalArgumentException {
        NotANumber(String text) {
            super("'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text.strip()) + "' bukan angka: tulis "
                    + "misalnya 97,64 atau 1.325.359.814 (koma untuk desimal, titik untuk ribuan)");
        }
    }
}
