package id.sakip.indonesian;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as Indonesian agencies write it: a comma for decimals and points (or spaces) between thousands:
 * 1.325.359.814; 1 325 359 814; 97,64; 1.250,5. A single point is read the Indonesian way when three digits follow it
 * (1.250 is one thousand two hundred and fifty). Anything else is refused with the reason, never guessed: mixed or
 * misplaced separators, groups that are not three digits, a separator at the end.
 *
 * <p>Two ways in. {@link #parse} reads a form field a person types into: a single point followed by other than three
 * digits is a decimal point (97.64, as a keyboard's numeric pad writes it). {@link #read} reads a cell or a text
 * field of an import, where the agencies' spellings come with what the column holds ({@link Column}): a unit after
 * the number (1.500 orang), "Rp" before it, a percent sign (90%, 90 %).
 */
public final class IndonesianNumber {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern POINT_GROUPED = Pattern.compile("[1-9][0-9]{0,2}(\\.[0-9]{3})+");
    private static final Pattern SPACE_GROUPED = Pattern.compile("[1-9][0-9]{0,2}( [0-9]{3})+");
    private static final Pattern RUPIAH = Pattern.compile("^(?i:rp)\\.?\\s*");
    // a unit written after the number: "orang", "KK", "indeks", "keluarga/tahun", "m²"; letters, no digits
    private static final Pattern UNIT = Pattern.compile("(?<=[0-9])\\s*\\p{L}[\\p{L}\\s./²³-]*$");
    private static final Pattern PERCENT = Pattern.compile("\\s*%$");
    // "Rp 52.264.600,-": the dash after the comma says "no sen"
    private static final Pattern NO_SEN = Pattern.compile("[,.]\\s*[-\u2013\u2014]$");
    // a word that multiplies the number: read as written it would be a thousand or a million times too small
    private static final Pattern MAGNITUDE = Pattern.compile("(?i)(ribu|rb|juta|jt|miliar|milyar|m|triliun|t)\\b.*");
    private static final String AMBIGUOUS = "tidak dapat dibaca dengan pasti: ";

    /** What an import column holds, which decides what an ambiguous spelling would mean there. */
    public enum Column {
        /**
         * A measure of any kind (a target in %, an index, a ratio, a count): decimals with a comma; a single point
         * with other than three digits after it (97.64) is a decimal point, as a numeric pad writes it.
         */
        MEASURE,
        /**
         * Whole things counted (people, families): 1,500 is refused (1,5 is no count, and reading it 1.500 would be
         * a guess), as is 1.5.
         */
        COUNT,
        /** Rupiah: "Rp" allowed before, sen after a comma (at most two digits); 1,500 and 1.50 refused. */
        MONEY
    }

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
        String s = spaces(text);
        if (percentSign && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        BigDecimal value = number(s, Column.MEASURE);
        if (value == null) {
            throw new NotANumber(text, null);
        }
        return value;
    }

    /**
     * A number in an import: the agencies' spellings read as they mean them, null for an empty text or one that
     * means "none" (-, N/A).
     *
     * @throws NotANumber naming why the text cannot be read unambiguously; its message is the sentence for the row
     */
    public static BigDecimal read(String text, Column column) {
        if (text == null) {
            return null;
        }
        String s = spaces(text);
        if (s.isEmpty() || s.matches("[-\u2013\u2014]") || s.equalsIgnoreCase("N/A")) {
            return null;
        }
        Matcher rupiah = RUPIAH.matcher(s);
        if (rupiah.find()) {
            s = s.substring(rupiah.end());
        }
        Matcher noSen = NO_SEN.matcher(s);
        if (noSen.find()) {
            s = s.substring(0, noSen.start());
        }
        Matcher percent = PERCENT.matcher(s);
        if (percent.find()) {
            s = s.substring(0, percent.start());
        } else {
            Matcher unit = UNIT.matcher(s);
            if (unit.find()) {
                String word = s.substring(unit.start()).strip();
                if (MAGNITUDE.matcher(word).matches()) {
                    throw new NotANumber(text, "memuat \u201c" + word + "\u201d, yang tidak dibaca sebagai pengali; "
                            + "tulis angkanya lengkap, misalnya 1.500.000.000");
                }
                if (column == Column.MONEY) {
                    throw new NotANumber(text, "kolom rupiah berisi angka saja, misalnya 52.264.600");
                }
                s = s.substring(0, unit.start());
            }
        }
        String core = s.strip();
        if (column != Column.MEASURE) {
            if (core.matches("[-+\u2212]?[0-9]{1,3},[0-9]{3}")) {
                throw new NotANumber(text, AMBIGUOUS + "bisa dibaca " + core.replace(',', '.') + " (ribuan) atau "
                        + core + " (desimal); tulis " + core.replace(',', '.') + " untuk ribuan");
            }
            if (core.indexOf(',') < 0 && core.indexOf('.') >= 0 && core.indexOf('.') == core.lastIndexOf('.')
                    && core.length() - core.indexOf('.') - 1 != 3) {
                throw new NotANumber(text, AMBIGUOUS + (column == Column.MONEY
                        ? "rupiah tidak ditulis dengan titik desimal; sen ditulis dengan koma, misalnya 1.500,50"
                        : "titik hanya untuk ribuan (1.500), dan kolom ini berisi bilangan bulat"));
            }
        }
        BigDecimal value = number(core, column);
        if (value == null) {
            throw new NotANumber(text, null);
        }
        fit(value, column, text);
        return value;
    }

    /**
     * Whether a number (however it was read: typed, or a workbook's numeric cell) fits what the column holds: a
     * whole number for counts, at most two digits of sen for rupiah.
     *
     * @param shown the number as the person sees it, for the message
     * @throws NotANumber when it does not
     */
    public static void fit(BigDecimal value, Column column, String shown) {
        if (column == Column.COUNT && value.stripTrailingZeros().scale() > 0) {
            throw new NotANumber(shown, "bukan bilangan bulat; kolom ini menghitung orang atau barang");
        }
        if (column == Column.MONEY && value.stripTrailingZeros().scale() > 2) {
            throw new NotANumber(shown, "memuat lebih dari 2 angka sen");
        }
    }

    private static String spaces(String text) {
        return text.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
    }

    /** The number a bare text (sign, digits, separators) spells, or null when it spells none. */
    private static BigDecimal number(String text, Column column) {
        String s = text;
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
                return null;
            }
        } else if (column == Column.MEASURE && s.indexOf('.') >= 0 && s.indexOf('.') == s.lastIndexOf('.')
                && s.length() - s.indexOf('.') - 1 != 3) {
            whole = s.substring(0, s.indexOf('.'));
            fraction = s.substring(s.indexOf('.') + 1);
            if (!DIGITS.matcher(fraction).matches() || whole.contains(" ")) {
                return null;
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
            return null;
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
        return negative ? value.negate() : value;
    }

    /** A text that is no number; its message is the sentence shown beside the field or the row. */
    public static final class NotANumber extends IllegalArgumentException {

        /** @param reason why, in a sentence that follows the text quoted; null: it is no number at all */
        public NotANumber(String text, String reason) {
            super("'" + shortened(text) + "' " + (reason == null
                    ? "bukan angka: tulis misalnya 97,64 atau 1.325.359.814 (koma untuk desimal, titik untuk ribuan)"
                    : reason));
        }

        private static String shortened(String text) {
            String s = text.strip();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
