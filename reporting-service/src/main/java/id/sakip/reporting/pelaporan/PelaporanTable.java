package id.sakip.reporting.pelaporan;

import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.SasaranBlock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Lays the year's indicators and budget lines out along the cascading tree, as the agency's Pelaporan Kinerja table
 * does: sasaran (with misi and tujuan above), its IKU, its programs, kegiatan and sub kegiatan. Pure.
 */
final class PelaporanTable {

    private static final Set<String> PROGRAM_KINDS = Set.of("PROGRAM", "KEGIATAN", "SUB_KEGIATAN");
    private static final Comparator<PlanNodeRow> ORDER = Comparator
            .comparing((PlanNodeRow n) -> n.code() == null ? "~" : n.code())
            .thenComparing(n -> n.number() == null ? Integer.MAX_VALUE : n.number())
            .thenComparing(PlanNodeRow::text);

    private final Map<UUID, PlanNodeRow> byId = new HashMap<>();
    private final Map<UUID, List<PlanNodeRow>> children = new HashMap<>();
    private final Map<UUID, List<IndicatorRow>> indicatorsByNode = new HashMap<>();
    private final List<BudgetRow> budget;
    private final BigDecimal minimumRatio;

    private PelaporanTable(List<PlanNodeRow> nodes, List<IndicatorRow> indicators, List<BudgetRow> budget,
            BigDecimal minimumRatio) {
        for (PlanNodeRow node : nodes) {
            byId.put(node.id(), node);
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        children.values().forEach(list -> list.sort(ORDER));
        for (IndicatorRow indicator : indicators) {
            if (indicator.planNodeId() != null) {
                indicatorsByNode.computeIfAbsent(indicator.planNodeId(), k -> new ArrayList<>()).add(indicator);
            }
        }
        this.budget = budget;
        this.minimumRatio = minimumRatio;
    }

    static List<SasaranBlock> of(String opdCode, List<PlanNodeRow> nodes, List<IndicatorRow> indicators,
            List<BudgetRow> budget) {
        return of(opdCode, nodes, indicators, budget, BigDecimal.ONE);
    }

    /**
     * @param minimumRatio the efficiency rule: efisien when capaian / serapan is at least this (1: capaian &gt;=
     *                     serapan)
     */
    static List<SasaranBlock> of(String opdCode, List<PlanNodeRow> nodes, List<IndicatorRow> indicators,
            List<BudgetRow> budget, BigDecimal minimumRatio) {
        PelaporanTable table = new PelaporanTable(nodes, indicators, budget, minimumRatio);
        List<SasaranBlock> blocks = new ArrayList<>();
        nodes.stream().filter(n -> n.kind().equals("SASARAN") && opdCode.equals(n.opdCode())).sorted(ORDER)
                .forEach(sasaran -> {
                    List<IndicatorRow> iku = table.indicatorsByNode.getOrDefault(sasaran.id(), List.of());
                    List<ProgramRow> programs = table.programs(sasaran);
                    if (!iku.isEmpty() || !programs.isEmpty()) {
                        PlanNodeRow renstra = table.renstraAbove(sasaran);
                        blocks.add(new SasaranBlock(sasaran.id(), table.above(sasaran, "MISI"),
                                table.above(sasaran, "TUJUAN"), sasaran.text(), iku, programs,
                                renstra == null ? null : renstra.renstraStart(),
                                renstra == null ? null : renstra.renstraEnd()));
                    }
                });
        return blocks;
    }

    private List<ProgramRow> programs(PlanNodeRow parent) {
        List<ProgramRow> rows = new ArrayList<>();
        for (PlanNodeRow node : children.getOrDefault(parent.id(), List.of())) {
            if (!PROGRAM_KINDS.contains(node.kind())) {
                continue;
            }
            List<ProgramRow> below = programs(node);
            List<IndicatorRow> measured = indicatorsByNode.getOrDefault(node.id(), List.of());
            Money money = money(node.code());
            if (measured.isEmpty() && below.isEmpty() && money == null) {
                continue;
            }
            BigDecimal serapan = money == null ? null : money.serapan();
            rows.add(new ProgramRow(node.id(), node.kind(), node.code(), node.text(), measured,
                    money == null ? null : money.pagu(), money == null ? null : money.realized(), serapan,
                    efficiency(measured, serapan, minimumRatio), below));
        }
        return rows;
    }

    /** Capaian beside serapan by the default rule (efisien when capaian >= serapan). */
    static PelaporanKinerja.Efficiency efficiency(List<IndicatorRow> indicators, BigDecimal serapan) {
        return efficiency(indicators, serapan, BigDecimal.ONE);
    }

    /**
     * Capaian beside serapan where the row has both; none otherwise (nothing to judge). Efisien when capaian is at
     * least {@code minimumRatio} x serapan (SAKIP.md §6: no national formula, the rule is a setting).
     */
    static PelaporanKinerja.Efficiency efficiency(List<IndicatorRow> indicators, BigDecimal serapan,
            BigDecimal minimumRatio) {
        List<BigDecimal> capaian = indicators.stream().map(IndicatorRow::latest)
                .filter(c -> c != null && c.capaianStatus() == id.sakip.events.CapaianStatus.COMPUTED)
                .map(PelaporanKinerja.RealizationCell::capaianPercent).toList();
        if (capaian.isEmpty() || serapan == null) {
            return null;
        }
        BigDecimal average = capaian.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(capaian.size()), 2, RoundingMode.HALF_UP);
        BigDecimal ratio = serapan.signum() == 0 ? null : average.divide(serapan, 2, RoundingMode.HALF_UP);
        boolean efisien = average.compareTo(serapan.multiply(minimumRatio)) >= 0;
        return new PelaporanKinerja.Efficiency(average, serapan, ratio, efisien,
                efisien ? "Efisien" : "Kurang efisien");
    }

    private record Money(BigDecimal pagu, BigDecimal realized) {
        BigDecimal serapan() {
            return Serapan.percent(realized, pagu);
        }
    }

    /** The budget under a code: its own line and every line whose code continues it. */
    private Money money(String code) {
        if (code == null) {
            return null;
        }
        BigDecimal pagu = null;
        BigDecimal realized = BigDecimal.ZERO;
        for (BudgetRow line : budget) {
            String lineCode = line.subKegiatanCode();
            if (lineCode != null && (lineCode.equals(code) || lineCode.startsWith(code + "."))) {
                pagu = (pagu == null ? BigDecimal.ZERO : pagu).add(line.pagu());
                realized = realized.add(line.realized());
            }
        }
        return pagu == null ? null : new Money(pagu, realized);
    }

    /** The nearest node above the node that knows its Renstra's years (its tujuan), or null. */
    private PlanNodeRow renstraAbove(PlanNodeRow node) {
        PlanNodeRow current = node.parentId() == null ? null : byId.get(node.parentId());
        int guard = 0;
        while (current != null && guard++ < 20) {
            if (current.renstraStart() != null && current.renstraEnd() != null) {
                return current;
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    /** The nearest node of a kind above the node (its tujuan, its misi), or null. */
    private String above(PlanNodeRow node, String kind) {
        PlanNodeRow current = node.parentId() == null ? null : byId.get(node.parentId());
        int guard = 0;
        while (current != null && guard++ < 20) {
            if (current.kind().equals(kind)) {
                return current.text();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }
}
