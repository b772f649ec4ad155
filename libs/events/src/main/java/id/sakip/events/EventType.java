package id.sakip.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The published event types: topic, CloudEvents type and contract record. Names are written here, never derived
 * from Java class names, so a class can be renamed without breaking a consumer.
 */
public enum EventType {

    INDICATOR_DEFINED(Topics.PLANNING_INDICATOR, "sakip.planning.IndicatorDefined.v1", IndicatorDefined.class),
    OPD_PROFILE_CHANGED(Topics.PLANNING_ORGANISATION, "sakip.planning.OpdProfileChanged.v1",
            OpdProfileChanged.class),
    PEMDA_EMBLEM_SET(Topics.PLANNING_ORGANISATION, "sakip.planning.PemdaEmblemSet.v1", PemdaEmblemSet.class),
    PLAN_NODE_CHANGED(Topics.PLANNING_PLAN_NODE, "sakip.planning.PlanNodeChanged.v1", PlanNodeChanged.class),
    QUARTER_TARGETS_SET(Topics.PLANNING_RENCANA_AKSI, "sakip.planning.QuarterTargetsSet.v1",
            QuarterTargetsSet.class),
    PERJANJIAN_KINERJA_SIGNED(Topics.PLANNING_PERJANJIAN_KINERJA, "sakip.planning.PerjanjianKinerjaSigned.v1",
            PerjanjianKinerjaSigned.class),
    REALIZATION_RECORDED(Topics.MEASUREMENT_REALIZATION, "sakip.measurement.RealizationRecorded.v1",
            RealizationRecorded.class),
    REALIZATION_STATUS_CHANGED(Topics.MEASUREMENT_REALIZATION, "sakip.measurement.RealizationStatusChanged.v1",
            RealizationStatusChanged.class),
    CAPAIAN_RULES_CHANGED(Topics.MEASUREMENT_CAPAIAN_RULES, "sakip.measurement.CapaianRulesChanged.v1",
            CapaianRulesChanged.class),
    SPM_SERVICE_CHANGED(Topics.MEASUREMENT_SPM, "sakip.measurement.SpmServiceChanged.v1", SpmServiceChanged.class),
    PAGU_SET(Topics.BUDGET_LINE, "sakip.budget.PaguSet.v1", PaguSet.class),
    BUDGET_REALIZATION_RECORDED(Topics.BUDGET_LINE, "sakip.budget.BudgetRealizationRecorded.v1",
            BudgetRealizationRecorded.class),
    EVALUATION_FINALISED(Topics.EVALUATION_EVALUATION, "sakip.evaluation.EvaluationFinalised.v1",
            EvaluationFinalised.class),
    RECOMMENDATION_STATUS_CHANGED(Topics.EVALUATION_EVALUATION, "sakip.evaluation.RecommendationStatusChanged.v1",
            RecommendationStatusChanged.class);

    private final String topic;
    private final String ceType;
    private final Class<? extends SakipEvent> contract;

    EventType(String topic, String ceType, Class<? extends SakipEvent> contract) {
        this.topic = topic;
        this.ceType = ceType;
        this.contract = contract;
    }

    public String topic() {
        return topic;
    }

    public String ceType() {
        return ceType;
    }

    public Class<? extends SakipEvent> contract() {
        return contract;
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static Optional<EventType> of(Class<?> contract) {
        return Arrays.stream(values()).filter(t -> t.contract.equals(contract)).findFirst();
    }
}
