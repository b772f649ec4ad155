package id.sakip.budget.line;

import id.sakip.events.OrgRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A line's pagu and spending. {@code level} is SUB_KEGIATAN, or KEGIATAN / PROGRAM for a kegiatan's or program's own
 * line beside its listed children; {@code paguVersion} and {@code legalReference} name the budget document the pagu
 * comes from. {@code realizationByQuarter} holds each quarter's spending, {@code realized} their sum;
 * {@code serapanPercent} is rounded half-up to 2 decimals (null when the pagu is 0). {@code version} is what If-Match
 * names.
 */
public record BudgetLineView(UUID id, OrgRef org, int year, BudgetLevel level, String code, String name,
        String paguVersion, String legalReference, LocalDate legalDate, BigDecimal pagu,
        Map<Integer, BigDecimal> realizationByQuarter, BigDecimal realized, BigDecimal serapanPercent,
        long version) {

    /** One pagu the line has had, oldest first. */
    public record PaguEntry(int seq, String paguVersion, BigDecimal pagu, String legalReference, LocalDate legalDate,
            String reason, String setBy, Instant setAt) {
    }

    /**
     * One write of a quarter's spending, oldest first: {@code before} is null for the quarter's first amount, a
     * correction says why; {@code changedByName} is the writer's display name when known.
     */
    public record SpendingEntry(int seq, int quarter, BigDecimal before, BigDecimal after, String reason,
            String changedBy, String changedByName, Instant changedAt) {
    }

    /** The line with every amount its quarters have had. */
    public record SpendingHistory(BudgetLineView line, List<SpendingEntry> changes) {
    }

    /** The line with every pagu it has had. */
    public record History(BudgetLineView line, List<PaguEntry> pagu) {
    }
}
