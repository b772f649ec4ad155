package id.sakip.reporting.history;

import id.sakip.indonesian.Indonesian;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;

/** Targets and realisations as the documents print them: 90%, 68,45 indeks, 80 - 90%, Utama, N/A. */
public final class Figures {

    private Figures() {
    }

    public static String target(IndicatorHistory.TargetRow target, String unit) {
        if (target == null || !target.present()) {
            return "N/A";
        }
        if (target.category() != null) {
            return target.category();
        }
        if (target.value() != null) {
            return withUnit(Indonesian.decimal(target.value()), unit);
        }
        return withUnit(Indonesian.decimal(target.min()) + " - " + Indonesian.decimal(target.max()), unit);
    }

    public static String realisasi(RealizationCell cell, String unit) {
        if (cell.category() != null) {
            return cell.category();
        }
        return cell.value() == null ? "-" : withUnit(Indonesian.decimal(cell.value()), unit);
    }

    /** A year's realisation, saying up to which triwulan it counts when it is neither the year's own nor all four. */
    public static String year(YearValue value, String unit) {
        if (!value.present()) {
            return "-";
        }
        String figure = value.category() != null ? value.category()
                : withUnit(Indonesian.decimal(value.number().setScale(2, java.math.RoundingMode.HALF_UP)), unit);
        return value.upTo() == null || value.upTo() == 4 ? figure : figure + " (s.d. TW " + value.upTo() + ")";
    }

    /** "%" (or "persen") follows the number directly; another unit after a space. */
    public static String withUnit(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String u = unit.strip();
        return u.equals("%") || u.equalsIgnoreCase("persen") ? number + "%" : number + " " + u;
    }
}
