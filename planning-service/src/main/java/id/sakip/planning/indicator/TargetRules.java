package id.sakip.planning.indicator;

import id.sakip.events.Aggregation;
import id.sakip.events.Decimals;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether targets fit their indicator (SAKIP.md §3): an ORDINAL indicator has an ordered scale and category
 * targets on it; a NUMBER target is a value; a RANGE target has min &lt;= max; a year may have no target at all (N/A).
 */
final class TargetRules {

    private static final Set<String> LAST_UNITS = Set.of("%", "persen", "indeks", "index", "nilai", "kategori",
            "predikat", "skor", "rasio");

    static TargetType typeFor(Polarity polarity, TargetType requested) {
        if (requested != null) {
            return requested;
        }
        return polarity == Polarity.ORDINAL ? TargetType.CATEGORY : TargetType.NUMBER;
    }

    /** SUM for counts of people or things, LAST for percentages, indexes and categories. */
    static Aggregation aggregationFor(String unit, Polarity polarity, Aggregation requested) {
        if (requested != null) {
            return requested;
        }
        if (polarity == Polarity.ORDINAL || LAST_UNITS.contains(unit.strip().toLowerCase(Locale.ROOT))) {
            return Aggregation.LAST;
        }
        return Aggregation.SUM;
    }

    /** Problems with the indicator's shape, keyed by field. */
    static void checkShape(Polarity polarity, TargetType type, List<String> scale, Map<String, String> errors) {
        if (polarity == Polarity.ORDINAL) {
            if (type != TargetType.CATEGORY) {
                errors.put("targetType", "indikator ORDINAL memakai target CATEGORY");
            }
            if (scale.size() < 2) {
                errors.put("scale", "indikator ORDINAL memerlukan skala berurutan, paling sedikit dua kategori");
            } else if (new HashSet<>(scale).size() != scale.size()) {
                errors.put("scale", "kategori skala tidak boleh berulang");
            }
        } else {
            if (type == TargetType.CATEGORY) {
                errors.put("targetType", "target CATEGORY hanya untuk indikator ORDINAL");
            }
            if (!scale.isEmpty()) {
                errors.put("scale", "skala hanya untuk indikator ORDINAL");
            }
        }
    }

    /** The target in its canonical form, or null with the problem put in {@code errors} under {@code field}. */
    static YearTarget check(int year, java.math.BigDecimal value, java.math.BigDecimal min, java.math.BigDecimal max,
            String category, TargetType type, List<String> scale, String field, Map<String, String> errors) {
        String cat = category == null || category.isBlank() ? null : category.strip();
        if (value == null && min == null && max == null && cat == null) {
            return new YearTarget(year, null); // N/A
        }
        switch (type) {
            case NUMBER -> {
                if (value == null || min != null || max != null || cat != null) {
                    errors.put(field, "tahun " + year + ": target berupa angka (value)");
                    return null;
                }
                return new YearTarget(year, Decimals.plain(value));
            }
            case RANGE -> {
                if (min == null || max == null || value != null || cat != null) {
                    errors.put(field, "tahun " + year + ": target berupa rentang (min dan max)");
                    return null;
                }
                if (min.compareTo(max) > 0) {
                    errors.put(field, "tahun " + year + ": batas bawah lebih besar dari batas atas");
                    return null;
                }
                return YearTarget.range(year, Decimals.plain(min), Decimals.plain(max));
            }
            case CATEGORY -> {
                if (cat == null || value != null || min != null || max != null) {
                    errors.put(field, "tahun " + year + ": target berupa kategori dari skala " + scale);
                    return null;
                }
                if (!scale.contains(cat)) {
                    errors.put(field, "tahun " + year + ": kategori '" + cat + "' tidak ada pada skala " + scale);
                    return null;
                }
                return YearTarget.category(year, cat);
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private TargetRules() {
    }
}
