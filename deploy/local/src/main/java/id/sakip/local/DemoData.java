package id.sakip.local;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the seed agency's demo data through the gateway, as a user would enter it: first the plan
 * ({@link DemoPlan}), then the Pelaporan Kinerja 2024 figures (indicators with their realisations, budget lines with
 * their spending). Safe to run again: an indicator already present by name is not defined twice but still gets
 * the realisations it lacks (a recorded one answers 409 and is kept); budget lines already set (409) are left as
 * they are.
 */
public final class DemoData {

    public static final String RESOURCE = "/demo/dinsos-pppa-2024.json";
    static final String USER = "demo.loader";

    private final GatewayClient gateway;
    private final String gatewayUrl;

    public DemoData(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
        this.gateway = new GatewayClient(gatewayUrl, USER);
    }

    /** @return how many plan nodes, indicators and budget lines were created now */
    public int load() throws IOException, InterruptedException {
        int created = new DemoPlan(gatewayUrl).load();
        JsonNode demo;
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            demo = gateway.json().readTree(in);
        }
        for (JsonNode indicator : demo.get("indicators")) {
            JsonNode request = indicator.get("request");
            // an indicator the plan already defines (a Renstra indicator) gets its realisations, not a twin
            String id = existing(request).get(request.get("name").asString());
            if (id == null) {
                id = gateway.send("POST", "/api/v1/indicators", request.toString(), 201).get("id").asString();
                created++;
            }
            for (JsonNode realization : indicator.get("realizations")) {
                String payload = "{\"indicatorId\":\"" + id + "\",\"period\":\""
                        + realization.get("period").asString() + "\",\"value\":" + realization.get("value") + "}";
                awaitAccepted("/api/v1/realizations", payload);
            }
        }
        for (JsonNode line : demo.get("budgetLines")) {
            HttpResponse<String> response = gateway.raw("POST", "/api/v1/budget/lines", line.get("request").toString());
            if (response.statusCode() == 409) {
                continue;
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Demo data: /api/v1/budget/lines answered " + response.statusCode()
                        + ": " + response.body());
            }
            created++;
            String id = gateway.json().readTree(response.body()).get("id").asString();
            for (var spending : line.get("spendingByQuarter").properties()) {
                gateway.send("PUT", "/api/v1/budget/lines/" + id + "/realizations/" + spending.getKey(),
                        "{\"amount\":" + spending.getValue() + "}", 200);
            }
        }
        JsonNode spm = demo.get("spm");
        for (JsonNode service : spm.get("services")) {
            // written whole: loading again writes the same counts
            String path = "/api/v1/spm/" + spm.get("pemdaCode").asString() + "/" + spm.get("opdCode").asString()
                    + "/" + spm.get("year").asInt() + "/" + service.get("code").asString();
            HttpResponse<String> answer = gateway.raw("PUT", path, service.get("request").toString());
            if (answer.statusCode() == 201) {
                created++;
            } else if (answer.statusCode() != 200) {
                throw new IllegalStateException("Demo data: PUT " + path + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
        }
        return created;
    }

    /** Indicator ids by name; of two with one name, the one with targets (the Renstra's, not the tree's label). */
    private Map<String, String> existing(JsonNode request) throws IOException, InterruptedException {
        String query = "?pemdaCode=" + GatewayClient.encode(request.get("pemdaCode").asString()) + "&opdCode="
                + GatewayClient.encode(request.get("opdCode").asString());
        Map<String, String> ids = new HashMap<>();
        for (JsonNode existing : gateway.send("GET", "/api/v1/indicators" + query, null, 200)) {
            String name = existing.get("name").asString();
            if (!ids.containsKey(name) || !existing.get("targets").isEmpty()) {
                ids.put(name, existing.get("id").asString());
            }
        }
        return ids;
    }

    /** Measurement knows an indicator only once planning's event reached it: retry while it answers 422. */
    private void awaitAccepted(String path, String payload) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> response = gateway.raw("POST", path, payload);
            if (response.statusCode() == 201 || response.statusCode() == 409) {
                return;
            }
            if (response.statusCode() != 422 || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Demo data: " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(500);
        }
    }
}
