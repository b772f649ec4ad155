package id.sakip.capaian;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The capaian rules each Pemda chose (SAKIP.md §4): {@code sakip.capaian.decreasing-formula} and
 * {@code sakip.capaian.rating-bounds} for all, {@code sakip.capaian.pemda.<code>.*} for one Pemda.
 */
@ConfigurationProperties("sakip.capaian")
public record CapaianSettings(DecreasingFormula decreasingFormula, List<BigDecimal> ratingBounds,
        Map<String, PemdaRules> pemda) {

    public CapaianSettings {
        decreasingFormula = decreasingFormula == null ? DecreasingFormula.TWO_T_MINUS_R : decreasingFormula;
        ratingBounds = ratingBounds == null || ratingBounds.isEmpty()
                ? Rating.RatingScale.PERMENDAGRI_86_2017.bounds() : List.copyOf(ratingBounds);
        pemda = pemda == null ? Map.of() : Map.copyOf(pemda);
        // fail at start, not at the first realisation, when a configured scale is not a scale
        new Rating.RatingScale(ratingBounds);
        pemda.values().forEach(p -> {
            if (p.ratingBounds() != null && !p.ratingBounds().isEmpty()) {
                new Rating.RatingScale(p.ratingBounds());
            }
        });
    }

    /** The rules of a Pemda: its own choices where it made them, else the platform's. */
    public Rules rulesOf(String pemdaCode) {
        PemdaRules own = pemda.get(pemdaCode);
        DecreasingFormula formula = own != null && own.decreasingFormula() != null
                ? own.decreasingFormula() : decreasingFormula;
        List<BigDecimal> bounds = own != null && own.ratingBounds() != null && !own.ratingBounds().isEmpty()
                ? own.ratingBounds() : ratingBounds;
        return new Rules(formula, new Rating.RatingScale(bounds));
    }

    public record PemdaRules(DecreasingFormula decreasingFormula, List<BigDecimal> ratingBounds) {
    }
}
