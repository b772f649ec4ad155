package id.sakip.reporting.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The read models the projection builds, and how to empty them for a rebuild from the topics. */
@Component
public class ReadModels {

    /** The topics the projection reads, all of them from the beginning when rebuilding. */
    public static final List<String> TOPICS = List.of(ProjectionListener.TOPICS);
    /** The projection's consumer group (its listener id). */
    public static final String CONSUMER = ProjectionListener.CONSUMER;

    private static final List<String> TABLES = List.of("rpt_indicator_target", "rpt_indicator", "rpt_realization",
            "rpt_budget_line", "rpt_plan_node", "rpt_perjanjian_kinerja", "rpt_opd",
            "rpt_budget_spending", "rpt_capaian_rule_change", "rpt_pemda_emblem", "rpt_spm_service", "rpt_evaluation", "rpt_recommendation");

    private final JdbcClient jdbc;

    ReadModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties every read model and forgets which events the projection has seen; call inside a transaction. */
    public int clear() {
        int rows = 0;
        for (String table : TABLES) {
            rows += jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM processed_event WHERE consumer = ?").param(CONSUMER).update();
        return rows;
    }
}
