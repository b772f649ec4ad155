package id.sakip.capaian;

import id.sakip.events.DecreasingFormula;
import id.sakip.events.Polarity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The capaian rules of one Pemda for a year (SAKIP.md §4): the formula for DECREASING indicators, the rating
 * bounds, the display cap (null: none; else 100 or 120) and the efficiency rule (a program is efisien when capaian /
 * serapan reaches {@code efficiencyMinimumRatio}). Pure; every result comes with its rating and traffic light when it
 * could be computed.
 */
public record Rules(DecreasingFormula decreasingFormula, Rating.RatingScale ratingScale, BigDecimal displayCap,
        BigDecimal efficiencyMinimumRatio) {

    /** The caps a Pemda may choose besides none. */
    public static final List<BigDecimal> CAPS = List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(120));

    public static final Rules DEFAULT = new Rules(DecreasingFormula.TWO_T_MINUS_R,
            Rating.RatingScale.PERMENDAGRI_86_2017);

    public Rules {
        Objects.requireNonNull(decreasingFormula, "decreasingFormula");
        Objects.requireNonNull(ratingScale, "ratingScale");
        if (displayCap != null && CAPS.stream().noneMatch(c -> c.compareTo(displayCap) == 0)) {
            throw new IllegalArgumentException("a display cap is 100 or 120, not " + displayCap);
        }
        efficiencyMinimumRatio = efficiencyMinimumRatio == null ? BigDecimal.ONE : efficiencyMinimumRatio;
        if (efficiencyMinimumRatio.signum() <= 0) {
            throw new IllegalArgumentException("an efficiency ratio is above 0, not " + efficiencyMinimumRatio);
        }
    }

    /** Uncapped, efficient when capaian reaches serapan. */
    public Rules(DecreasingFormula decreasingFormula, Rating.RatingScale ratingScale) {
        this(decreasingFormula, ratingScale, null, BigDecimal.ONE);
    }

    /** These rules with an indicator's own formula for DECREASING (null: the Pemda's). */
    public Rules forIndicator(DecreasingFormula own) {
        return own == null || own == decreasingFormula ? this
                : new Rules(own, ratingScale, displayCap, efficiencyMinimumRatio);
    }

    /**
     * The capaian as shown, printed and averaged: capped when the Pemda caps it; null stays null. The uncapped value
     * is the one stored and rated.
     */
    public BigDecimal shown(BigDecimal percent) {
        return percent == null || displayCap == null || percent.compareTo(displayCap) <= 0 ? percent : displayCap;
    }

    /** Whether a program's capaian against its serapan is efficient by these rules; null when either is missing. */
    public Boolean efficient(BigDecimal capaianPercent, BigDecimal serapanPercent) {
        if (capaianPercent == null || serapanPercent == null || serapanPercent.signum() == 0) {
            return null;
        }
        return capaianPercent.compareTo(serapanPercent.multiply(efficiencyMinimumRatio)) >= 0;
    }

    /** The sentence a report prints under its tables so a reader knows how its capaian were computed. */
    public String footnote() {
        List<BigDecimal> b = ratingScale.bounds();
        // plain signs: the PDF documents' base fonts have no minus sign or greater-or-equal glyph
        String formula = decreasingFormula == DecreasingFormula.TWO_T_MINUS_R ? "(2T - R) / T \u00d7 100"
                : "T / R \u00d7 100";
        String cap = displayCap == null ? "tanpa batas atas"
                : "dibatasi paling tinggi " + plain(displayCap) + "% (nilai sebenarnya tetap disimpan)";
        String efficiency = efficiencyMinimumRatio.compareTo(BigDecimal.ONE) == 0
                ? "capaian kinerja tidak kurang dari serapan anggaran"
                : "capaian kinerja tidak kurang dari " + plain(efficiencyMinimumRatio) + " \u00d7 serapan anggaran";
        return "Capaian indikator naik R / T \u00d7 100, indikator turun " + formula + " (kecuali indikator dengan "
                + "rumus sendiri); capaian " + cap + "; kategori > " + plain(b.get(0)) + " Sangat Tinggi, > "
                + plain(b.get(1)) + " Tinggi, > " + plain(b.get(2)) + " Sedang, > " + plain(b.get(3))
                + " Rendah, selebihnya Sangat Rendah; efisien bila " + efficiency + ".";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * Evaluates a realised number or category against a target.
     *
     * @param scale    the ordered categories of an ORDINAL indicator (lowest first); empty otherwise
     * @param value    the realised number (null for a category)
     * @param category the realised category (null for a number)
     */
    public Evaluation evaluate(Polarity polarity, List<String> scale, Target target, BigDecimal value,
            String category) {
        Capaian capaian;
        if (target.isNone()) {
            capaian = new Capaian(id.sakip.events.CapaianStatus.NO_TARGET, null);
        } else if (polarity == Polarity.ORDINAL) {
            capaian = category == null || target.category() == null
                    ? new Capaian(id.sakip.events.CapaianStatus.NOT_COMPUTABLE, null)
                    : Capaian.ordinal(scale, target.category(), category);
        } else if (value == null) {
            capaian = new Capaian(id.sakip.events.CapaianStatus.NOT_COMPUTABLE, null);
        } else if (target.isRange()) {
            capaian = Capaian.range(polarity, target.min(), target.max(), value, decreasingFormula);
        } else if (target.value() != null) {
            capaian = Capaian.of(polarity, target.value(), value, decreasingFormula);
        } else {
            capaian = new Capaian(id.sakip.events.CapaianStatus.NOT_COMPUTABLE, null);
        }
        return describe(capaian);
    }

    /** What a capaian means under these rules: reached or not, its rating and its light. */
    public Evaluation describe(Capaian capaian) {
        if (capaian.rounded() == null) {
            return new Evaluation(capaian, null, null, null);
        }
        // people see the rounded figure, so the band and the light follow it
        return new Evaluation(capaian, capaian.reached(), ratingScale.rate(capaian.rounded()),
                TrafficLight.of(capaian.rounded()));
    }

    /** A capaian with what it means: reached or not, its rating and light (all null when not computed). */
    public record Evaluation(Capaian capaian, Boolean reached, Rating rating, TrafficLight light) {

        /** Below target or rated below Tinggi (SAKIP.md §5): faktor penghambat and a follow-up plan are required. */
        public boolean isDeviation() {
            return reached != null && (!reached || rating.belowTinggi());
        }

        /** Above target: faktor pendorong is asked for. */
        public boolean isAboveTarget() {
            return reached != null && capaian.rounded().compareTo(BigDecimal.valueOf(100)) > 0;
        }
    }
}
