package id.sakip.reporting.history;

import id.sakip.documents.Measure;
import id.sakip.indonesian.Indonesian;

import java.math.RoundingMode;

/** Targets and realisations as the documents print them: 90%, 68,45 indeks, 80 - 90%, Utama, N/A. */
public final class Figures {

    private Figures() {
    }

    public static Measure target(IndicatorHistory.TargetRow target, String unit) {
        if (target == null || !target.present()) {
            return Measure.words("N/A");
        }
        if (target.category() != null) {
            return Measure.words(target.category());
        }
        if (target.value() != null) {
            return Measure.of(target.value(), unit);
        }
        return Measure.words(Measure.withUnit(Indonesian.decimal(target.min()) + " - "
                + Indonesian.decimal(target.max()), unit));
    }

    /** A year's realisation, saying up to which triwulan it counts when it is neither the year's own nor all four. */
    public static Measure year(YearValue value, String unit) {
        if (!value.present()) {
            return Measure.NONE;
        }
        String upTo = value.upTo() == null || value.upTo() == 4 ? null : "(s.d. TW " + value.upTo() + ")";
        if (value.category() != null) {
            return Measure.words(upTo == null ? value.category() : value.category() + " " + upTo);
        }
        return Measure.of(value.number().setScale(2, RoundingMode.HALF_UP), unit, upTo);
    }
}
