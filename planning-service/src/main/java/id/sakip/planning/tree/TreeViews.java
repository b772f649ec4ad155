package id.sakip.planning.tree;

import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;
import id.sakip.planning.plan.NodeKind;
import id.sakip.planning.plan.Renstra;

import java.util.List;
import java.util.UUID;

/** The read-outs of the plan: the cascading tree and the Renstra matrix. */
public final class TreeViews {

    public record Tree(String pemdaCode, String opdCode, List<TreeNode> roots) {
    }

    public record TreeNode(UUID id, NodeKind kind, String opdCode, String code, Integer number, String text,
            UUID renstraId, List<String> sharedWithOpd, List<NodeIndicator> indicators, List<TreeNode> children) {
    }

    public record NodeIndicator(UUID id, String name, String unit, Polarity polarity, boolean iku,
            List<String> scale, List<YearTarget> targets) {
    }

    public record Matrix(Renstra renstra, List<Integer> years, List<MatrixRow> rows) {
    }

    /** One sasaran of the Renstra (or its tujuan when indicators hang on the tujuan itself). */
    public record MatrixRow(UUID tujuanId, String tujuan, UUID sasaranId, String sasaran,
            List<MatrixIndicator> indicators) {
    }

    /** Targets for every year of the period, in order; a year without a target is N/A (only the year). */
    public record MatrixIndicator(UUID id, String name, String unit, Polarity polarity, List<String> scale,
            List<YearTarget> targets) {
    }

    private TreeViews() {
    }
}
