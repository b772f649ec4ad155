package id.sakip.planning.actionplan;

import id.sakip.indonesian.IndonesianNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A target as the Rencana Aksi keeps it: the text as written, and the number it spells when it spells one. */
public final class TargetTexts {

    // the number a target starts with, and the words after it ("100% terlaksana", "4 laporan (triwulanan)")
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*((?:(?i:rp)\\.?\\s*)?[-+\u2212]?\\d[\\d.,\\s]*?(?:\\s*%)?)[.,]?(\\s*(\\p{L}.*|\\(.*)?)$",
            Pattern.DOTALL);
    private static final Pattern THOUSANDS_OR_DECIMAL = Pattern.compile("[-+\u2212]?[0-9]{1,3},[0-9]{3}");

    private TargetTexts() {
    }

    /** Four entries (TW I..IV, empty allowed); targets "up to TW n" never go down. */
    static void checkQuarters(List<String> targets, String field, Map<String, String> errors) {
        if (targets == null) {
            return;
        }
        if (targets.size() != 4) {
            errors.put(field + ".quarterTargets", "target triwulan berupa 4 nilai (TW I-IV), boleh kosong");
            return;
        }
        BigDecimal previous = null;
        for (int q = 0; q < targets.size(); q++) {
            BigDecimal value;
            try {
                value = number(targets.get(q));
            } catch (IndonesianNumber.NotANumber e) {
                errors.put(field + ".quarterTargets", "TW " + (q + 1) + ": " + e.getMessage());
                return;
            }
            if (value != null) {
                if (previous != null && value.compareTo(previous) < 0) {
                    errors.put(field + ".quarterTargets", "target triwulan bersifat kumulatif (s.d. TW n): tidak "
                            + "boleh turun dari triwulan sebelumnya");
                    return;
                }
                previous = value;
            }
        }
    }

    /**
     * The unit written after a target's number: "%" of "86%", "Orang" of "22 Orang", "orang (triwulanan)" of
     * "4 orang (triwulanan)"; empty when there is none, null when the target does not start with a number.
     */
    public static String unit(String text) {
        var leading = text == null ? null : LEADING_NUMBER.matcher(text);
        if (leading == null || !leading.matches()) {
            return null;
        }
        if (leading.group(1).strip().endsWith("%")) {
            return "%";
        }
        return leading.group(2) == null ? "" : leading.group(2).strip();
    }

    /**
     * The number a target starts with, as the agencies write it (1.500 orang, 90%, 97,64, 100% terlaksana), the
     * words after it kept as written; null when it is words only ("Meningkat", a category). A number that cannot be
     * read unambiguously is refused: "1.25.000 orang", and "1,500 orang" (1,5 or 1.500 people?).
     */
    public static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        var leading = LEADING_NUMBER.matcher(text);
        if (!leading.matches()) {
            return null;
        }
        String number = leading.group(1).strip();
        boolean counted = leading.group(3) != null && Character.isLetter(leading.group(3).charAt(0));
        if (counted && THOUSANDS_OR_DECIMAL.matcher(number).matches()) {
            // before a unit, 1,500 is a count written the English way or a fraction of a person: refused, not guessed
            return IndonesianNumber.read(number, IndonesianNumber.Column.COUNT);
        }
        return IndonesianNumber.read(number, IndonesianNumber.Column.MEASURE);
    }
}
