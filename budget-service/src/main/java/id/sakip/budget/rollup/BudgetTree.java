package id.sakip.budget.rollup;

import id.sakip.budget.line.BudgetLevel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The budget of an OPD for a year along its program tree. {@code paguVersions} lists the budget documents the pagu
 * figures come from (each line names its own). Every row has its pagu, spending per quarter, cumulative spending
 * and serapan per quarter ("up to TW n") and for the year, rounded half-up to 2 decimals; no serapan of a pagu of 0.
 */
public record BudgetTree(String pemdaCode, String opdCode, int year, List<String> paguVersions, boolean empty,
        Row total, List<Row> programs) {

    /**
     * A program, kegiatan or sub kegiatan. {@code ownLine} marks a program's or kegiatan's own line, shown as a child
     * of it: the part of its pagu its listed children do not cover, under the name it was given.
     */
    public record Row(BudgetLevel level, String code, String name, boolean ownLine, String paguVersion,
            String legalReference, UUID budgetLineId, BigDecimal pagu, Map<Integer, BigDecimal> realizedByQuarter,
            Map<Integer, BigDecimal> cumulativeByQuarter, Map<Integer, BigDecimal> serapanByQuarter,
            BigDecimal realized, BigDecimal serapanPercent, List<Row> children) {
    }
}
