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
        @Bound(chars = Bound.CODE) String pemdaCode,
        int effectiveFromYear,
        DecreasingFormula decreasingFormula,
        @Bound(items = 4) List<BigDecimal> ratingBounds,
        BigDecimal displayCap,
        BigDecimal efficiencyMinimumRatio,
        @Bound(chars = 2000) String reason,
        @Bound(chars = Bound.SUBJECT) String changedBy) implements SakipEvent {

    public CapaianRulesChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.text(pemdaCode, "pemdaCode");
        Require.present(decreasingFormula, "decreasingFormula");
        if (Require.present(ratingBounds, "ratingBounds").stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("ratingBounds has an empty bound");
        }
        ratingBounds = List.copyOf(ratingBounds);
        if (ratingBounds.size() != 4) {
            throw new IllegalArgumentException("ratingBounds: four bounds, not " + ratingBounds.size());
        }
        for (int i = 0; i < ratingBounds.size(); i++) {
            if (i > 0 && ratingBounds.get(i).compareTo(ratingBounds.get(i - 1)) >= 0) {
                throw new IllegalArgumentException("ratingBounds must fall: " + ratingBounds);
            }
        }
        // a consumer builds its rules from this event: one it could not build them from is refused when read
        if (displayCap != null && displayCap.compareTo(BigDecimal.valueOf(100)) != 0
                && displayCap.compareTo(BigDecimal.valueOf(120)) != 0) {
            throw new IllegalArgumentException("displayCap is 100, 120 or absent, not " + displayCap);
        }
        Require.present(efficiencyMinimumRatio, "efficiencyMinimumRatio");
        if (efficiencyMinimumRatio.signum() <= 0) {
            throw new IllegalArgumentException("efficiencyMinimumRatio must be above 0");
        }
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
