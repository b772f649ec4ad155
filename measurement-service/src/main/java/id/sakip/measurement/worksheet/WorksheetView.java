package id.sakip.measurement.worksheet;

import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.measurement.realization.RealizationView;

import java.util.List;
import java.util.UUID;

/**
 * The lembar realisasi of an OPD for one period: every indicator planned for the year with the target its period is
 * compared with, its realisation when there is one, how many files support it, and what the caller may do with it.
 */
public record WorksheetView(String pemdaCode, String opdCode, String period, boolean locked, List<Row> rows) {

    /**
     * One indicator. {@code entry} says how its value is entered: NUMBER, RATIO (a number, or a numerator with a
     * denominator, for a percentage) or CATEGORY (one of {@code scale}). {@code mayEnter} and {@code mayVerify} are
     * the caller's own rights on it (docs/security.md); {@code realization} is empty until it is recorded.
     */
    public record Row(UUID indicatorId, String bidangCode, String name, String unit, Polarity polarity,
            TargetType targetType, String entry, List<String> scale, String target, RealizationView realization,
            int evidenceCount, boolean mayEnter, boolean mayVerify) {
    }
}
