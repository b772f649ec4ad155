package id.sakip.budget.rollup;

import id.sakip.budget.line.BudgetLevel;
import id.sakip.budget.line.BudgetLineView;
import id.sakip.budget.line.Serapan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rolls an OPD's budget lines up its program tree: a kegiatan is the sum of its sub kegiatan and of its own line, a
 * program the sum of its kegiatan and of its own line. A program's or kegiatan's own line is shown as a named child
 * (what the official pagu holds beyond the listed children), so every total is the visible sum of its rows. Pure.
 */
public final class Rollup {

    private Rollup() {
    }

    /**
     * @param names the program tree's names by code (from planning); a code without a name is shown as such
     */
    public static BudgetTree of(String pemdaCode, String opdCode, int year, List<BudgetLineView> lines,
            Function<String, String> names) {
        Map<String, List<BudgetLineView>> byProgram = new TreeMap<>();
        for (BudgetLineView line : lines) {
            byProgram.computeIfAbsent(BudgetLevel.prefix(line.code(), BudgetLevel.PROGRAM), k -> new ArrayList<>())
                    .add(line);
        }
        List<BudgetTree.Row> programs = new ArrayList<>();
        for (var program : byProgram.entrySet()) {
            List<BudgetTree.Row> children = new ArrayList<>();
            Map<String, List<BudgetLineView>> byKegiatan = new TreeMap<>();
            BudgetLineView programLine = null;
            for (BudgetLineView line : program.getValue()) {
                if (line.level() == BudgetLevel.PROGRAM) {
                    programLine = line;
                } else {
                    byKegiatan.computeIfAbsent(BudgetLevel.prefix(line.code(), BudgetLevel.KEGIATAN),
                            k -> new ArrayList<>()).add(line);
                }
            }
            for (var kegiatan : byKegiatan.entrySet()) {
                List<BudgetTree.Row> subs = new ArrayList<>();
                BudgetLineView kegiatanLine = null;
                for (BudgetLineView line : kegiatan.getValue()) {
                    if (line.level() == BudgetLevel.KEGIATAN) {
                        kegiatanLine = line;
                    } else {
                        subs.add(leaf(line, false));
                    }
                }
                subs.sort(Comparator.comparing(BudgetTree.Row::code));
                if (kegiatanLine != null) {
                    subs.add(leaf(kegiatanLine, true));
                }
                children.add(sum(BudgetLevel.KEGIATAN, kegiatan.getKey(), names.apply(kegiatan.getKey()), subs));
            }
            if (programLine != null) {
                children.add(leaf(programLine, true));
            }
            programs.add(sum(BudgetLevel.PROGRAM, program.getKey(), names.apply(program.getKey()), children));
        }
        BudgetTree.Row total = sum(null, null, "Jumlah", programs);
        TreeSet<String> versions = new TreeSet<>();
        lines.forEach(line -> versions.add(line.paguVersion()));
        return new BudgetTree(pemdaCode, opdCode, year, List.copyOf(versions), lines.isEmpty(), total, programs);
    }

    private static BudgetTree.Row leaf(BudgetLineView line, boolean ownLine) {
        return row(line.level(), line.code(), line.name(), ownLine, line.paguVersion(), line.legalReference(),
                line.id(), line.pagu(), line.realizationByQuarter(), List.of());
    }

    private static BudgetTree.Row sum(BudgetLevel level, String code, String name, List<BudgetTree.Row> children) {
        BigDecimal pagu = BigDecimal.ZERO.setScale(2);
        Map<Integer, BigDecimal> byQuarter = new TreeMap<>();
        for (BudgetTree.Row child : children) {
            pagu = pagu.add(child.pagu());
            child.realizedByQuarter().forEach((quarter, amount) -> byQuarter.merge(quarter, amount, BigDecimal::add));
        }
        return row(level, code, name, false, null, null, null, pagu, byQuarter, children);
    }

    private static BudgetTree.Row row(BudgetLevel level, String code, String name, boolean ownLine,
            String paguVersion, String legalReference, java.util.UUID lineId, BigDecimal pagu,
            Map<Integer, BigDecimal> spending, List<BudgetTree.Row> children) {
        Map<Integer, BigDecimal> byQuarter = new LinkedHashMap<>();
        Map<Integer, BigDecimal> cumulative = new LinkedHashMap<>();
        Map<Integer, BigDecimal> serapan = new LinkedHashMap<>();
        BigDecimal running = BigDecimal.ZERO.setScale(2);
        for (int quarter = 1; quarter <= 4; quarter++) {
            BigDecimal amount = spending.getOrDefault(quarter, BigDecimal.ZERO.setScale(2));
            running = running.add(amount);
            byQuarter.put(quarter, amount);
            cumulative.put(quarter, running);
            serapan.put(quarter, Serapan.rounded(Serapan.percent(running, pagu)));
        }
        return new BudgetTree.Row(level, code, name, ownLine, paguVersion, legalReference, lineId, pagu, byQuarter,
                cumulative, serapan, running, Serapan.rounded(Serapan.percent(running, pagu)), children);
    }
}
