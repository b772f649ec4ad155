package id.sakip.planning.actionplan;

import id.sakip.indonesian.IndonesianNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A target as the Rencana Aksi keeps it: the text as written, and the number it spells when it spells one. */
public final class TargetTexts {

    private static final Pattern STARTS_LIKE_A_NUMBER = Pattern.compile("^\\s*(?:(?i:rp)\\.?\\s*)?[-+\u2212]?\\d");

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
     * The number a target spells as the agencies write it (1.500 orang, 90%, 97,64), null when it is words only
     * ("Meningkat", a category); a text that starts like a number but cannot be read unambiguously is refused.
     */
    public static BigDecimal number(String text) {
        if (text == null || !STARTS_LIKE_A_NUMBER.matcher(text).find()) {
            return null;
        }
        return IndonesianNumber.read(text, IndonesianNumber.Column.MEASURE);
    }
}
