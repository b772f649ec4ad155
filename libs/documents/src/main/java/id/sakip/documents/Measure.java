package id.sakip.documents;

import com.fasterxml.jackson.annotation.JsonValue;
import id.sakip.indonesian.Indonesian;

import java.math.BigDecimal;

/**
 * A target or a realisation as a document shows it ("90%", "68,2 indeks", "97,64% (s.d. TW 2)", "80 - 90%", "Utama",
 * "N/A") and, when it is one number, that number with its unit and the words after it: a page prints the text, a
 * workbook writes a number cell that sums and sorts and shows the same. In JSON it is its text.
 *
 * @param number the one number it is; null for words, a range or nothing
 * @param unit   as printed after the number: "%" (for "%" and "persen"), "orang"; empty for none
 * @param note   printed after the number and its unit: "(s.d. TW 2)"; null for none
 */
public record Measure(String text, BigDecimal number, String unit, String note) {

    public static final Measure NONE = words("-");

    /** Words only: a category, a range, "N/A", "-". */
    public static Measure words(String text) {
        return new Measure(text, null, "", null);
    }

    public static Measure of(BigDecimal number, String unit) {
        return of(number, unit, null);
    }

    /** A number in the Indonesian way, its unit ("%" directly after it, another after a space), then the note. */
    public static Measure of(BigDecimal number, String unit, String note) {
        String shownUnit = unit == null || unit.isBlank() ? ""
                : unit.strip().equals("%") || unit.strip().equalsIgnoreCase("persen") ? "%" : unit.strip();
        String blankNote = note == null || note.isBlank() ? null : note.strip();
        return new Measure(withUnit(Indonesian.decimal(number), shownUnit)
                + (blankNote == null ? "" : " " + blankNote), number, shownUnit, blankNote);
    }

    /** "%" (or "persen") follows the number directly; another unit after a space. */
    public static String withUnit(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String u = unit.strip();
        return u.equals("%") || u.equalsIgnoreCase("persen") ? number + "%" : number + " " + u;
    }

    /** The same figure with words after it: "100 orang (jumlah 2020-2024)". */
    public Measure withNote(String words) {
        if (number == null) {
            return words(text + " " + words);
        }
        return of(number, unit, note == null ? words : note + " " + words);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
