package id.sakip.capaian;

import id.sakip.events.DecreasingFormula;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The installation's default capaian rules (SAKIP.md §4), for every Pemda that has not set its own through the
 * API: {@code sakip.capaian.decreasing-formula}, {@code rating-bounds}, {@code display-cap} (absent: none) and
 * {@code efficiency-minimum-ratio}. A Pemda's own rules are data (measurement's capaian rules, published as
 * CapaianRulesChanged), never configuration, so the services cannot compute with different ones.
 */
@ConfigurationProperties("sakip.capaian")
public record CapaianSettings(DecreasingFormula decreasingFormula, List<BigDecimal> ratingBounds,
        BigDecimal displayCap, BigDecimal efficiencyMinimumRatio, Map<String, Object> pemda) {

    public CapaianSettings {
        // an installation upgraded from per-Pemda settings must not fall back to the defaults without a word
        if (pemda != null && !pemda.isEmpty()) {
            throw new IllegalStateException("sakip.capaian.pemda." + pemda.keySet().iterator().next() + " is no "
                    + "longer read: a Pemda's rules are data now. Set them with POST /api/v1/capaian-rules/{pemda}/"
                    + "changes (docs/operations.md) and remove the setting.");
        }
        pemda = Map.of();
        decreasingFormula = decreasingFormula == null ? DecreasingFormula.TWO_T_MINUS_R : decreasingFormula;
        ratingBounds = ratingBounds == null || ratingBounds.isEmpty()
                ? Rating.RatingScale.PERMENDAGRI_86_2017.bounds() : List.copyOf(ratingBounds);
        efficiencyMinimumRatio = efficiencyMinimumRatio == null ? BigDecimal.ONE : efficiencyMinimumRatio;
        // fail at start, not at the first realisation, when the configured rules are not rules
        new Rules(decreasingFormula, new Rating.RatingScale(ratingBounds), displayCap, efficiencyMinimumRatio);
    }

    public Rules defaults() {
        return new Rules(decreasingFormula, new Rating.RatingScale(ratingBounds), displayCap, efficiencyMinimumRatio);
    }
}
