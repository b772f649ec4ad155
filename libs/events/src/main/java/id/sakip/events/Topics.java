package id.sakip.events;

/** Topic names: {@code sakip.<context>.<aggregate>}, key = aggregate id. */
public final class Topics {

    public static final String PLANNING_INDICATOR = "sakip.planning.indicator";
    public static final String PLANNING_ORGANISATION = "sakip.planning.organisation";
    public static final String PLANNING_PLAN_NODE = "sakip.planning.plan-node";
    public static final String PLANNING_RENCANA_AKSI = "sakip.planning.rencana-aksi";
    public static final String PLANNING_PERJANJIAN_KINERJA = "sakip.planning.perjanjian-kinerja";
    public static final String MEASUREMENT_REALIZATION = "sakip.measurement.realization";
    public static final String MEASUREMENT_CAPAIAN_RULES = "sakip.measurement.capaian-rules";
    public static final String MEASUREMENT_SPM = "sakip.measurement.spm";
    public static final String BUDGET_LINE = "sakip.budget.budget-line";
    public static final String EVALUATION_EVALUATION = "sakip.evaluation.evaluation";

    /** Every topic the platform publishes to. */
    public static final java.util.List<String> ALL = java.util.List.of(PLANNING_INDICATOR, PLANNING_ORGANISATION,
            PLANNING_PLAN_NODE, PLANNING_RENCANA_AKSI, PLANNING_PERJANJIAN_KINERJA, MEASUREMENT_REALIZATION,
            MEASUREMENT_CAPAIAN_RULES, MEASUREMENT_SPM, BUDGET_LINE, EVALUATION_EVALUATION);

    /** The dead-letter topic of a consumer group. */
    public static String deadLetter(String consumerGroup) {
        return "sakip.dlt." + consumerGroup;
    }

    private Topics() {
    }
}
