package id.sakip.capaian;

import id.sakip.events.Polarity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The capaian rules of one Pemda: the formula for DECREASING indicators and the rating bounds. Pure; every result
 * comes with its rating and traffic light when it could be computed.
 */
public record Rules(DecreasingFormula decreasingFormula, Rating.RatingScale ratingScale) {

    public static final Rules DEFAULT = new Rules(DecreasingFormula.TWO_T_MINUS_R,
            Rating.RatingScale.PERMENDAGRI_86_2017);

    public Rules {
        Objects.requireNonNull(decreasingFormula, "decreasingFormula");
        Objects.requireNonNull(ratingScale, "ratingScale");
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
