package id.sakip.capaian;

import java.util.Locale;

/**
 * What an indicator's name and unit suggest about two of its stated properties. Only ever a default: planning offers
 * it when an indicator is defined without saying (and stores what was decided), and a consumer reads it for an event
 * older than the stated fields. No rule is computed from a name once the indicator says.
 */
public final class IndicatorDefaults {

    private IndicatorDefaults() {
    }

    /** A rate of change or a difference may fall below zero ("Laju pertumbuhan ekonomi" in %, "selisih", "poin"). */
    public static boolean negativeAllowed(String name, String unit) {
        String words = (name + " " + unit).toLowerCase(Locale.ROOT);
        return words.contains("laju") || words.contains("pertumbuhan") || words.contains("perubahan")
                || words.contains("selisih") || words.contains("poin");
    }

    /** A percentage, which may be entered as its numerator and denominator. */
    public static boolean percentage(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.contains("%") || u.contains("persen");
    }
}
