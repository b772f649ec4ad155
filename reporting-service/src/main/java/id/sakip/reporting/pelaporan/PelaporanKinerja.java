package id.sakip.reporting.pelaporan;

import id.sakip.events.Aggregation;
import id.sakip.events.CapaianStatus;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.Polarity;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The Pelaporan Kinerja of an OPD for a year, as far as the read models hold it: each indicator with its target,
 * realisations and capaian, and each budget line with pagu, spending and serapan. Percentages are rounded half-up
 * to 2 decimals; a capaian is shown (and averaged) within the Pemda's display cap for the year, its uncapped value
 * beside it. {@code empty} with a {@code note} says plainly when nothing is recorded yet. {@code capaianRules} is
 * the sentence naming the rules its capaian were computed, capped and rated with (formula, cap, bounds).
 */
public record PelaporanKinerja(String pemdaCode, String opdCode, int year, boolean empty, String note,
        List<IndicatorRow> indicators, List<BudgetRow> budget, Totals totals, List<SasaranBlock> table,
        String capaianRules) {

    /**
     * The agency's table (the seed's "PELAPORAN KINERJA"): per sasaran of the OPD, with the misi and tujuan above
     * it, its IKU, and its programs, kegiatan and sub kegiatan, each with the indicators that measure it and the
     * budget of its code (pagu, realisasi and serapan summed over the lines below it). Only what has a target, a
     * realisation or a budget in the year; data not linked to the plan stays in the flat lists. {@code renstraStart}
     * and {@code renstraEnd}: the years of the Renstra its tujuan belongs to, when planning said so.
     */
    public record SasaranBlock(UUID sasaranId, String misi, String tujuan, String sasaran,
            List<IndicatorRow> indicators, List<ProgramRow> programs, Integer renstraStart, Integer renstraEnd) {
    }

    /**
     * A program, kegiatan or sub kegiatan row; money is null where no budget line falls under its code.
     * {@code efficiency} compares its capaian with its serapan where it has both.
     */
    public record ProgramRow(UUID nodeId, String kind, String code, String name, List<IndicatorRow> indicators,
            BigDecimal pagu, BigDecimal realized, BigDecimal serapanPercent, Efficiency efficiency,
            List<ProgramRow> children) {
    }

    /**
     * Efisiensi (SAKIP.md §6, no national formula): the row's capaian (the average of its indicators' computed
     * capaian, each within the Pemda's display cap) beside its serapan, their ratio capaian / serapan, and the
     * verdict by the Pemda's rule: efisien when capaian &gt;= efficiencyMinimumRatio x serapan.
     */
    public record Efficiency(BigDecimal capaianPercent, BigDecimal serapanPercent, BigDecimal ratio,
            boolean efisien, String verdict) {
    }

    /** {@code target} for a number target, {@code targetMin}/{@code targetMax} for a range, {@code targetCategory}
     * for an ordinal one; all empty when the year has no target (N/A). {@code aggregation}: how its quarters make
     * the year (SUM, LAST, AVERAGE); {@code scale}: the ordered categories of an ORDINAL indicator;
     * {@code decreasingFormula}: its own formula (null: the Pemda's rule). */
    public record IndicatorRow(UUID indicatorId, String name, String unit, Polarity polarity, BigDecimal target,
            BigDecimal targetMin, BigDecimal targetMax, String targetCategory,
            List<RealizationCell> realizations, RealizationCell latest, UUID planNodeId, Aggregation aggregation,
            List<String> scale, DecreasingFormula decreasingFormula) {
    }

    /** {@code status} is measurement's workflow state: DRAFT, SUBMITTED, VERIFIED, APPROVED or REJECTED. */
    public record RealizationCell(String period, BigDecimal value, String category, BigDecimal target,
            String targetText, CapaianStatus capaianStatus, BigDecimal capaianPercent, BigDecimal capaianUncappedPercent,
            String status) {
    }

    /**
     * A budget line: a sub kegiatan, or a program's / kegiatan's own line ({@code level} PROGRAM or KEGIATAN, its
     * code in {@code subKegiatanCode}); {@code paguVersion} and {@code legalReference} name the budget document.
     */
    public record BudgetRow(UUID budgetLineId, String level, String subKegiatanCode, String subKegiatanName,
            String paguVersion, String legalReference, BigDecimal pagu, BigDecimal realized,
            BigDecimal serapanPercent) {
    }

    public record Totals(BigDecimal pagu, BigDecimal realized, BigDecimal serapanPercent) {
    }
}
