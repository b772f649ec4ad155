package id.sakip.local;

import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.RealPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as separate processes (the four services and the gateway, from their built jars) against one
 * real PostgreSQL and one real Kafka broker, driven over HTTP through the gateway only.
 */
class PlatformEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OPD = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static Platform platform;
    private static String gateway;

    @BeforeAll
    static void startPlatform() throws IOException {
        RealPostgres postgres = RealPostgres.get();
        for (String database : List.of("e2e_planning", "e2e_measurement", "e2e_budget", "e2e_reporting")) {
            postgres.database(database);
        }
        Settings settings = new Settings(postgres.jdbcUrl(""), postgres.user(), postgres.password(),
                RealKafka.get().bootstrapServers(), Ports.anyFree(),
                new Platform.Service("planning-service", "e2e_planning", Ports.anyFree()),
                new Platform.Service("measurement-service", "e2e_measurement", Ports.anyFree()),
                new Platform.Service("budget-service", "e2e_budget", Ports.anyFree()),
                new Platform.Service("reporting-service", "e2e_reporting", Ports.anyFree()));
        platform = Platform.start(Layout.find(), settings, Path.of("target/e2e-logs"),
                List.of("--sakip.outbox.resubmit-interval=2s", "--sakip.outbox.resubmit-min-age=2s"));
        gateway = settings.gatewayUrl();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theSliceThroughTheGatewayReproducesTheSeedNumbers() throws Exception {
        String iku = indicator("Persentase PMKS yang terpenuhi kebutuhan dasarnya", "INCREASING", 90);
        String pmks = indicator("Persentase PMKS (Penurunan)", "DECREASING", 33);

        // measurement knows an indicator only from planning's events: it accepts once the event has arrived
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/v1/realizations", "{\"indicatorId\":\"" + iku + "\",\"period\":\"2024\",\"value\":97.64}")
                        .statusCode() == 201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/v1/realizations", "{\"indicatorId\":\"" + pmks + "\",\"period\":\"2024Q4\",\"value\":32}")
                        .statusCode() == 201);

        HttpResponse<String> line = post("/api/v1/budget/lines", """
                {"pemdaCode":"3574","opdCode":"%s","year":2024,"subKegiatanCode":"1.06.02.2.03.0002",
                 "subKegiatanName":"Pengembangan Potensi Sumber Kesejahteraan Sosial","paguVersion":"MURNI",
                 "pagu":52264600}""".formatted(OPD));
        assertThat(line.statusCode()).isEqualTo(201);
        String lineId = JSON.readTree(line.body()).get("id").asString();
        HttpResponse<String> spent = send("PUT", "/api/v1/budget/lines/" + lineId + "/realizations/4",
                "{\"amount\":50825000}");
        assertThat(spent.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(spent.body()).get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");

        String report = "/api/v1/reports/pelaporan-kinerja?pemdaCode=3574&opdCode=" + OPD + "&year=2024";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode table = JSON.readTree(get(report).body());
            assertThat(table.get("indicators")).hasSize(2);
            assertThat(table.get("budget")).hasSize(1);
            assertThat(row(table, iku).get("target").decimalValue()).isEqualByComparingTo("90");
            assertThat(row(table, iku).get("latest").get("value").decimalValue()).isEqualByComparingTo("97.64");
            assertThat(row(table, iku).get("latest").get("capaianPercent").decimalValue())
                    .isEqualByComparingTo("108.49");
            assertThat(row(table, pmks).get("latest").get("capaianPercent").decimalValue())
                    .isEqualByComparingTo("103.03");
            JsonNode budget = table.get("budget").get(0);
            assertThat(budget.get("pagu").decimalValue()).isEqualByComparingTo("52264600");
            assertThat(budget.get("realized").decimalValue()).isEqualByComparingTo("50825000");
            assertThat(budget.get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
        });
    }

    @Test
    void anUnknownIndicatorIsAProblemAndNothingIsStored() throws Exception {
        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> response = post("/api/v1/realizations",
                "{\"indicatorId\":\"" + unknown + "\",\"period\":\"2024Q1\",\"value\":1}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:sakip:problem:unknown-indicator");
        assertThat(problem.get("errors").has("indicatorId")).isTrue();
        assertThat(JSON.readTree(get("/api/v1/realizations?indicatorId=" + unknown).body())).isEmpty();
    }

    @Test
    void badInputIsAProblemWithFieldErrors() throws Exception {
        HttpResponse<String> response = post("/api/v1/budget/lines", """
                {"pemdaCode":"3574","opdCode":"%s","year":2024,"subKegiatanCode":"1.6.2.3",
                 "subKegiatanName":"","paguVersion":"MURNI","pagu":-5}""".formatted(OPD));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:sakip:problem:validation");
        assertThat(problem.get("errors").propertyNames())
                .contains("subKegiatanCode", "subKegiatanName", "pagu");
        assertThat(response.body()).doesNotContain("Exception", "at id.sakip");
    }

    private static JsonNode row(JsonNode table, String indicatorId) {
        for (JsonNode row : table.get("indicators")) {
            if (row.get("indicatorId").asString().equals(indicatorId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + indicatorId + " in " + table);
    }

    private static String indicator(String name, String polarity, int target) throws Exception {
        HttpResponse<String> response = post("/api/v1/indicators", """
                {"pemdaCode":"3574","opdCode":"%s","name":"%s","unit":"%%","polarity":"%s",
                 "targets":[{"year":2024,"value":%d}]}""".formatted(OPD, name, polarity, target));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Sakip-User", "uji.e2e");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
