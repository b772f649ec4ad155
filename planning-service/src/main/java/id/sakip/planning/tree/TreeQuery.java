package id.sakip.planning.tree;

import id.sakip.events.YearTarget;
import id.sakip.planning.indicator.IndicatorService;
import id.sakip.planning.indicator.IndicatorView;
import id.sakip.planning.organisation.Organisations;
import id.sakip.planning.plan.NodeKind;
import id.sakip.planning.plan.PlanNode;
import id.sakip.planning.plan.PlanNodes;
import id.sakip.planning.plan.Renstra;
import id.sakip.planning.tree.TreeViews.Matrix;
import id.sakip.planning.tree.TreeViews.MatrixIndicator;
import id.sakip.planning.tree.TreeViews.MatrixRow;
import id.sakip.planning.tree.TreeViews.NodeIndicator;
import id.sakip.planning.tree.TreeViews.Tree;
import id.sakip.planning.tree.TreeViews.TreeNode;
import id.sakip.support.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Builds the whole cascading tree, or one Renstra's matrix, from a handful of queries. */
@Service
class TreeQuery {

    /** Children in nomenclature order where they carry codes, else in the order they were entered. */
    private static final Comparator<PlanNode> ORDER = Comparator
            .comparing((PlanNode n) -> n.code() == null ? "~" : n.code())
            .thenComparing(n -> n.number() == null ? Integer.MAX_VALUE : n.number())
            .thenComparingInt(PlanNode::position);

    private final PlanNodes nodes;
    private final IndicatorService indicators;
    private final Organisations organisations;

    TreeQuery(PlanNodes nodes, IndicatorService indicators, Organisations organisations) {
        this.nodes = nodes;
        this.indicators = indicators;
        this.organisations = organisations;
    }

    /**
     * The Pemda's tree; with an OPD, only that OPD's branches and the Pemda nodes above them (a Pemda sasaran the
     * OPD shares counts as above them).
     */
    @Transactional(readOnly = true)
    public Tree tree(String pemdaCode, String opdCode) {
        if (!organisations.pemdaExists(pemdaCode)) {
            throw ApiProblem.notFound("pemda-not-found", "Pemda dengan kode " + pemdaCode + " tidak ditemukan.");
        }
        if (opdCode != null && !organisations.opdExists(pemdaCode, opdCode)) {
            throw ApiProblem.notFound("opd-not-found", "OPD " + opdCode + " pada Pemda " + pemdaCode
                    + " tidak ditemukan.");
        }
        List<PlanNode> all = nodes.allOf(pemdaCode);
        Set<UUID> keep = opdCode == null ? null : branchesOf(all, opdCode);
        Map<UUID, List<PlanNode>> children = new HashMap<>();
        List<PlanNode> roots = new ArrayList<>();
        for (PlanNode node : all) {
            if (keep != null && !keep.contains(node.id())) {
                continue;
            }
            if (node.parentId() == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        Map<UUID, List<NodeIndicator>> byNode = new HashMap<>();
        for (IndicatorView indicator : indicators.allOf(pemdaCode)) {
            if (indicator.planNodeId() != null) {
                byNode.computeIfAbsent(indicator.planNodeId(), k -> new ArrayList<>())
                        .add(new NodeIndicator(indicator.id(), indicator.name(), indicator.unit(),
                                indicator.polarity(), indicator.iku(), indicator.scale(), indicator.targets()));
            }
        }
        roots.sort(Comparator.comparing((PlanNode n) -> n.opdCode() != null).thenComparing(ORDER));
        return new Tree(pemdaCode, opdCode, roots.stream().map(r -> build(r, children, byNode)).toList());
    }

    @Transactional(readOnly = true)
    public Matrix matrix(UUID renstraId) {
        Renstra renstra = nodes.renstra(renstraId).orElseThrow(() -> ApiProblem.notFound("renstra-not-found",
                "Renstra " + renstraId + " tidak ditemukan."));
        List<Integer> years = IntStream.rangeClosed(renstra.startYear(), renstra.endYear()).boxed().toList();
        List<PlanNode> all = nodes.allOf(renstra.pemdaCode());
        Map<UUID, List<IndicatorView>> byNode = new LinkedHashMap<>();
        for (IndicatorView indicator : indicators.allOf(renstra.pemdaCode())) {
            if (indicator.planNodeId() != null) {
                byNode.computeIfAbsent(indicator.planNodeId(), k -> new ArrayList<>()).add(indicator);
            }
        }
        List<MatrixRow> rows = new ArrayList<>();
        all.stream().filter(n -> n.kind() == NodeKind.TUJUAN && renstraId.equals(n.renstraId())).sorted(ORDER)
                .forEach(tujuan -> {
                    if (byNode.containsKey(tujuan.id())) {
                        rows.add(new MatrixRow(tujuan.id(), tujuan.text(), null, null,
                                matrixIndicators(byNode.get(tujuan.id()), years)));
                    }
                    all.stream().filter(n -> n.kind() == NodeKind.SASARAN && tujuan.id().equals(n.parentId()))
                            .sorted(ORDER)
                            .forEach(sasaran -> rows.add(new MatrixRow(tujuan.id(), tujuan.text(), sasaran.id(),
                                    sasaran.text(), matrixIndicators(byNode.getOrDefault(sasaran.id(), List.of()),
                                    years))));
                });
        return new Matrix(renstra, years, rows);
    }

    private static List<MatrixIndicator> matrixIndicators(List<IndicatorView> indicators, List<Integer> years) {
        return indicators.stream().map(i -> {
            Map<Integer, YearTarget> byYear = new HashMap<>();
            i.targets().forEach(t -> byYear.put(t.year(), t));
            List<YearTarget> targets = years.stream()
                    .map(y -> byYear.getOrDefault(y, new YearTarget(y, null))).toList();
            return new MatrixIndicator(i.id(), i.name(), i.unit(), i.polarity(), i.scale(), targets);
        }).toList();
    }

    /** The OPD's nodes, and every node above one of them or shared with the OPD. */
    private static Set<UUID> branchesOf(List<PlanNode> all, String opdCode) {
        Map<UUID, PlanNode> byId = new HashMap<>();
        all.forEach(n -> byId.put(n.id(), n));
        Set<UUID> keep = new HashSet<>();
        for (PlanNode node : all) {
            if (opdCode.equals(node.opdCode()) || node.sharedWithOpd().contains(opdCode)) {
                PlanNode up = node;
                while (up != null && keep.add(up.id())) {
                    up = up.parentId() == null ? null : byId.get(up.parentId());
                }
            }
        }
        return keep;
    }

    private static TreeNode build(PlanNode node, Map<UUID, List<PlanNode>> children,
            Map<UUID, List<NodeIndicator>> indicators) {
        List<TreeNode> below = children.getOrDefault(node.id(), List.of()).stream().sorted(ORDER)
                .map(child -> build(child, children, indicators)).toList();
        return new TreeNode(node.id(), node.kind(), node.opdCode(), node.code(), node.number(), node.text(),
                node.renstraId(), node.sharedWithOpd(), indicators.getOrDefault(node.id(), List.of()), below);
    }
}
