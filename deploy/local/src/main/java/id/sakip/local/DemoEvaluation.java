package id.sakip.local;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed's internal evaluation of the demo agency, entered as its people would: the OPD (the demo loader, a
 * perencana) opens it and answers every criterion and submits; the evaluator (another client, the Inspektorat)
 * writes the seed's recommendations and letter, grades, completes and finalises; the OPD then follows two
 * recommendations up for a quarter and closes one. The seed prints no grade per criterion: every criterion gets the
 * demo's one grade, its note saying so. An evaluation already there is the agency's own and is left as it is.
 */
final class DemoEvaluation {

    private final GatewayClient opd;
    private final GatewayClient evaluator;

    DemoEvaluation(GatewayClient opd, GatewayClient evaluator) {
        this.opd = opd;
        this.evaluator = evaluator;
    }

    /** @return how many records were created (the evaluation, its answers, grades, recommendations, follow-ups) */
    int load(JsonNode demo) throws IOException, InterruptedException {
        String pemda = demo.get("pemdaCode").asString();
        String opdCode = demo.get("opdCode").asString();
        int year = demo.get("year").asInt();
        JsonNode existing = opd.send("GET", "/api/v1/evaluations?pemdaCode=" + pemda + "&opdCode=" + opdCode
                + "&year=" + year, null, 200);
        if (!existing.isEmpty()) {
            return 0;
        }
        JsonNode view = opd.send("POST", "/api/v1/evaluations", Map.of("pemdaCode", pemda, "opdCode", opdCode,
                "year", year), 201);
        String id = view.get("id").asString();
        String base = "/api/v1/evaluations/" + id;
        List<String> criteria = new ArrayList<>();
        view.get("components").forEach(c -> c.get("subComponents").forEach(s -> s.get("criteria")
                .forEach(k -> criteria.add(k.get("code").asString()))));
        long version = view.get("version").asLong();
        String grade = demo.get("demoGrade").asString();
        String note = demo.get("demoNote").asString();
        for (String criterion : criteria) {
            version = opd.send("PUT", base + "/criteria/" + criterion + "/self-assessment", Map.of("grade", grade,
                    "note", note), version, 200).get("version").asLong();
        }
        version = opd.send("POST", base + "/submit", null, version, 200).get("version").asLong();
        List<String> recommendations = new ArrayList<>();
        for (JsonNode recommendation : demo.get("recommendations")) {
            recommendations.add(evaluator.send("POST", base + "/recommendations", recommendation.toString(), 201)
                    .get("id").asString());
        }
        evaluator.send("PUT", base + "/letter", demo.get("letter").toString(), 200);
        for (String criterion : criteria) {
            version = evaluator.send("PUT", base + "/criteria/" + criterion + "/grade", Map.of("grade", grade,
                    "note", note), version, 200).get("version").asLong();
        }
        version = evaluator.send("POST", base + "/complete", null, version, 200).get("version").asLong();
        evaluator.send("POST", base + "/finalise", null, version, 200);
        for (JsonNode followUp : demo.get("followUps")) {
            String recommendation = recommendations.get(followUp.get("recommendation").asInt());
            long current = opd.send("GET", "/api/v1/recommendations/" + recommendation, null, 200)
                    .get("version").asLong();
            opd.send("POST", "/api/v1/recommendations/" + recommendation + "/follow-ups",
                    followUp.get("request").toString(), current, 200);
        }
        return 1 + 2 * criteria.size() + recommendations.size() + demo.get("followUps").size();
    }
}
