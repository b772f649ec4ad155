package id.sakip.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Loads the seed agency's demo data through the gateway, as a user would enter it. Safe to run again: indicators
 * already present by name and budget lines already set (409) are left as they are.
 */
public final class DemoData {

    public static final String RESOURCE = "/demo/dinsos-pppa-2024.json";
    private static final String USER = "demo.loader";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String gateway;

    public DemoData(String gatewayUrl) {
        this.gateway = gatewayUrl;
    }

    /** @return how many indicators and budget lines were created now */
    public int load() throws IOException, InterruptedException {
        JsonNode demo;
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            demo = json.readTree(in);
        }
        int created = 0;
        for (JsonNode indicator : demo.get("indicators")) {
            JsonNode request = indicator.get("request");
            if (existingNames(request).contains(request.get("name").asString())) {
                continue;
            }
            JsonNode body = json.readTree(send("POST", "/api/v1/indicators", request.toString(), 201));
            created++;
            String id = body.get("id").asString();
            for (JsonNode realization : indicator.get("realizations")) {
                String payload = "{\"indicatorId\":\"" + id + "\",\"period\":\""
                        + realization.get("period").asString() + "\",\"value\":" + realization.get("value") + "}";
                awaitAccepted("/api/v1/realizations", payload);
            }
        }
        for (JsonNode line : demo.get("budgetLines")) {
            HttpResponse<String> response = raw("POST", "/api/v1/budget/lines", line.get("request").toString());
            if (response.statusCode() == 409) {
                continue;
            }
            expect(response, 201, "/api/v1/budget/lines");
            created++;
            String id = json.readTree(response.body()).get("id").asString();
            for (var spending : line.get("spendingByQuarter").properties()) {
                send("PUT", "/api/v1/budget/lines/" + id + "/realizations/" + spending.getKey(),
                        "{\"amount\":" + spending.getValue() + "}", 200);
            }
        }
        return created;
    }

    private Set<String> existingNames(JsonNode request) throws IOException, InterruptedException {
        String query = "?pemdaCode=" + encode(request.get("pemdaCode").asString()) + "&opdCode="
                + encode(request.get("opdCode").asString());
        Set<String> names = new HashSet<>();
        for (JsonNode existing : json.readTree(send("GET", "/api/v1/indicators" + query, null, 200))) {
            names.add(existing.get("name").asString());
        }
        return names;
    }

    /** Measurement knows an indicator only once planning's event reached it: retry while it answers 422. */
    private void awaitAccepted(String path, String payload) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> response = raw("POST", path, payload);
            if (response.statusCode() == 201 || response.statusCode() == 409) {
                return;
            }
            if (response.statusCode() != 422 || Instant.now().isAfter(deadline)) {
                expect(response, 201, path);
            }
            Thread.sleep(500);
        }
    }

    private String send(String method, String path, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = raw(method, path, body);
        expect(response, expected, path);
        return response.body();
    }

    private HttpResponse<String> raw(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Sakip-User", USER)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void expect(HttpResponse<String> response, int expected, String path) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Demo data: " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
