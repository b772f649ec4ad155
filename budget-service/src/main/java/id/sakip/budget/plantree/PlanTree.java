package id.sakip.budget.plantree;

import id.sakip.events.PlanNodeChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Budget's replica of planning's program tree: the PROGRAM, KEGIATAN and SUB_KEGIATAN nodes of each OPD with their
 * nomenclature codes. Written only by {@link PlanTreeListener}; a budget line names one of these codes.
 */
@Component
public class PlanTree {

    private static final Set<String> KINDS = Set.of("PROGRAM", "KEGIATAN", "SUB_KEGIATAN");

    private final JdbcClient jdbc;

    PlanTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A node of the OPD's program tree with that code and kind. */
    public Optional<String> nameOf(String pemdaCode, String opdCode, String kind, String code) {
        return jdbc.sql("""
                SELECT text FROM plan_node WHERE pemda_code = ? AND opd_code = ? AND kind = ? AND code = ?
                ORDER BY node_id LIMIT 1""")
                .params(pemdaCode, opdCode, kind, code).query(String.class).optional();
    }

    /** Every coded node of the OPD's program tree: code to name. */
    public Map<String, String> names(String pemdaCode, String opdCode) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, text FROM plan_node WHERE pemda_code = ? AND opd_code = ? AND code IS NOT NULL")
                .params(pemdaCode, opdCode)
                .query(rs -> {
                    names.putIfAbsent(rs.getString("code"), rs.getString("text"));
                });
        return names;
    }

    /** Applies the node's new state unless the replica holds this version or a newer one. */
    void apply(PlanNodeChanged event) {
        if (!KINDS.contains(event.kind())) {
            return;
        }
        jdbc.sql("""
                INSERT INTO plan_node (node_id, pemda_code, opd_code, kind, code, text, version)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (node_id) DO UPDATE SET pemda_code = EXCLUDED.pemda_code, opd_code = EXCLUDED.opd_code,
                    kind = EXCLUDED.kind, code = EXCLUDED.code, text = EXCLUDED.text, version = EXCLUDED.version
                WHERE plan_node.version < EXCLUDED.version""")
                .params(event.nodeId(), event.org().pemdaCode(), event.org().opdCode(), event.kind(), event.code(),
                        event.text(), event.aggregateVersion())
                .update();
    }
}
