package id.sakip.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every published type has a golden JSON sample; reading and writing it again loses nothing. A change that breaks a
 * sample breaks consumers: make it a new .v2 type instead.
 */
class GoldenSamplesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSampleRoundTripsWithoutLoss(EventType type) throws IOException {
        byte[] sample = sample(type);

        SakipEvent event = EventCodec.read(type, sample);
        JsonNode original = EventCodec.mapper().readTree(sample);
        JsonNode written = EventCodec.mapper().readTree(EventCodec.write(event));

        assertThat(event).isInstanceOf(type.contract());
        assertThat(written).isEqualTo(original);
        assertThat(EventType.of(event.getClass())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnoredSoProducersCanAddOptionalOnes(EventType type) throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(sample(type));
        tree.put("aFieldFromTheFuture", "ignored");

        SakipEvent event = EventCodec.read(type, EventCodec.mapper().writeValueAsBytes(tree));

        assertThat(event).isEqualTo(EventCodec.read(type, sample(type)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventHasTheFieldsConsumersRelyOn(EventType type) throws IOException {
        SakipEvent event = EventCodec.read(type, sample(type));

        assertThat(event.eventId()).isNotNull();
        assertThat(event.occurredAt()).isNotNull();
        assertThat(event.aggregateVersion()).isPositive();
        assertThat(event.pemdaCode()).isNotBlank();
        if (!OF_THE_PEMDA.contains(type)) {
            assertThat(event.org().opdCode()).isNotBlank();
        }
        assertThat(type.topic()).startsWith("sakip.");
        assertThat(type.ceType()).startsWith(type.topic().substring(0, type.topic().lastIndexOf('.')) + ".")
                .endsWith(".v1");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventWithoutItsIdIsRefused(EventType type) throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(sample(type));
        tree.remove("eventId");
        byte[] withoutId = EventCodec.mapper().writeValueAsBytes(tree);

        assertThatThrownBy(() -> EventCodec.read(type, withoutId)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read(type, "not json".getBytes()))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventWithoutAnyRequiredFieldIsRefusedAsMalformedNotAsACrash(EventType type) throws IOException {
        var sample = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(sample(type));
        List<String> required = new ArrayList<>(REQUIRED.get(type));
        required.addAll(List.of("eventId", "occurredAt"));
        if (!OF_THE_PEMDA.contains(type)) {
            // the Pemda's own rules and lambang belong to no OPD
            required.addAll(List.of("org", "org.pemdaCode", "org.opdCode"));
        }

        for (String field : required) {
            var broken = sample.deepCopy();
            if (field.startsWith("org.")) {
                ((tools.jackson.databind.node.ObjectNode) broken.get("org")).remove(field.substring(4));
            } else {
                broken.remove(field);
            }
            byte[] bytes = EventCodec.mapper().writeValueAsBytes(broken);

            assertThatThrownBy(() -> EventCodec.read(type, bytes)).as(type + " without " + field)
                    .isInstanceOf(MalformedEventException.class)
                    .hasMessageContaining(field);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventWithAVersionBelowOneIsRefused(EventType type) throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(sample(type));
        tree.put("aggregateVersion", 0);
        byte[] bytes = EventCodec.mapper().writeValueAsBytes(tree);

        assertThatThrownBy(() -> EventCodec.read(type, bytes)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("aggregateVersion");
    }

    @Test
    void anIndicatorOfTheFirstFormOfTheContractIsReadWithTheDefaults() throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(
                sample(EventType.INDICATOR_DEFINED));
        tree.put("polarity", "INCREASING");
        tree.set("targets", EventCodec.mapper().readTree("[{\"year\": 2024, \"value\": 90}]"));
        for (String added : List.of("targetType", "aggregation", "scale", "planNodeId")) {
            tree.remove(added);
        }

        var event = (IndicatorDefined) EventCodec.read(EventType.INDICATOR_DEFINED,
                EventCodec.mapper().writeValueAsBytes(tree));

        assertThat(event.targetType()).isEqualTo(TargetType.NUMBER);
        assertThat(event.aggregation()).isEqualTo(Aggregation.LAST);
        assertThat(event.scale()).isEmpty();
        assertThat(event.planNodeId()).isNull();
        assertThat(event.targets()).containsExactly(new YearTarget(2024, new java.math.BigDecimal("90")));
    }

    @Test
    void anOrdinalIndicatorWithoutItsScaleIsRefused() throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) EventCodec.mapper().readTree(
                sample(EventType.INDICATOR_DEFINED));
        tree.remove("scale");
        byte[] bytes = EventCodec.mapper().writeValueAsBytes(tree);

        assertThatThrownBy(() -> EventCodec.read(EventType.INDICATOR_DEFINED, bytes))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("scale");
    }

    /** The types of a Pemda as a whole, of no OPD. */
    private static final java.util.Set<EventType> OF_THE_PEMDA = java.util.EnumSet.of(
            EventType.CAPAIAN_RULES_CHANGED, EventType.PEMDA_EMBLEM_SET);

    private static final Map<EventType, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(EventType.INDICATOR_DEFINED, List.of("indicatorId", "name", "unit", "polarity", "targets")),
            Map.entry(EventType.PLAN_NODE_CHANGED, List.of("nodeId", "kind", "text")),
            Map.entry(EventType.OPD_PROFILE_CHANGED, List.of("opdName", "pemdaName")),
            Map.entry(EventType.PEMDA_EMBLEM_SET, List.of("pemdaCode", "png", "changedBy")),
            Map.entry(EventType.QUARTER_TARGETS_SET, List.of("indicators")),
            Map.entry(EventType.PERJANJIAN_KINERJA_SIGNED, List.of("agreementId", "signatoryName", "signedOn",
                    "sasaran", "previousAgreementId", "revisionReason", "decreeNumber")),
            Map.entry(EventType.REALIZATION_RECORDED, List.of("realizationId", "indicatorId", "period", "value",
                    "polarity", "capaianStatus")),
            Map.entry(EventType.REALIZATION_STATUS_CHANGED, List.of("realizationId", "indicatorId", "period",
                    "transition", "status", "polarity", "capaianStatus", "actor")),
            Map.entry(EventType.PAGU_SET, List.of("budgetLineId", "subKegiatanCode", "paguVersion", "pagu")),
            Map.entry(EventType.BUDGET_REALIZATION_RECORDED, List.of("budgetLineId", "subKegiatanCode", "amount",
                    "cumulativeAmount", "pagu")),
            Map.entry(EventType.EVALUATION_FINALISED, List.of("evaluationId", "frameworkCode", "score", "predikat",
                    "finalisedBy")),
            Map.entry(EventType.RECOMMENDATION_STATUS_CHANGED, List.of("recommendationId", "evaluationId", "area",
                    "text", "owner", "dueDate", "status", "changedBy")),
            Map.entry(EventType.SPM_SERVICE_CHANGED, List.of("serviceId", "code", "name", "changedBy")),
            Map.entry(EventType.CAPAIAN_RULES_CHANGED, List.of("pemdaCode", "decreasingFormula", "ratingBounds",
                    "efficiencyMinimumRatio", "reason")));

    private static byte[] sample(EventType type) throws IOException {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/samples/" + type.ceType() + ".json")) {
            assertThat(in).as("sample for " + type.ceType()).isNotNull();
            return in.readAllBytes();
        }
    }
}
