package id.sakip.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A Pemda's administrator changed its capaian rules from a year on (SAKIP.md §4): the whole set in force from
 * {@code effectiveFromYear} until a change from a later year. Topic {@code sakip.measurement.capaian-rules}, key the
 * Pemda's code; {@code aggregateVersion} counts the Pemda's changes. {@code ratingBounds} are the exclusive lower
 * bounds of Sangat Tinggi, Tinggi, Sedang and Rendah, falling; {@code displayCap} is absent for no cap, else 100 or
 * 120 (what is shown, printed and averaged; the uncapped value is always kept); {@code efficiencyMinimumRatio}: a
 * program is efisien when its capaian / serapan reaches it (1 = capaian at least serapan).
 */
public record CapaianRulesChanged(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        String pemdaCode,
        int effectiveFromYear,
        DecreasingFormula decreasingFormula,
        List<BigDecimal> ratingBounds,
        BigDecimal displayCap,
        BigDecimal efficiencyMinimumRatio,
        String reason,
        String changedBy) implements SakipEvent {

    public CapaianRulesChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.text(pemdaCode, "pemdaCode");
        Require.present(decreasingFormula, "decreasingFormula");
        ratingBounds = List.copyOf(Require.present(ratingBounds, "ratingBounds"));
        if (ratingBounds.size() != 4) {
            throw new IllegalArgumentException("ratingBounds: four bounds, not " + ratingBounds.size());
        }
        Require.present(efficiencyMinimumRatio, "efficiencyMinimumRatio");
        Require.text(reason, "reason");
    }

    @Override
    public String aggregateId() {
        return pemdaCode;
    }

    /** The rules are the Pemda's, of no OPD. */
    @Override
    public OrgRef org() {
        return null;
    }
}
