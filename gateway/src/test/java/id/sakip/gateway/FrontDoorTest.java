package id.sakip.gateway;

import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as the front door, in front of a real HTTP service: tokens checked and relayed, identity headers
 * dropped, security headers on every answer, bodies and addresses limited, actuator closed but for health, and
 * every refusal an Indonesian problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TrustTestTokens.class)
class FrontDoorTest {

    private static final EchoService SERVICE = new EchoService();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPERATOR = TestTokens.user("operator.rehsos").opd("3574", "DINSOS-PPPA")
            .bidang("REHSOS").roles("OPERATOR").bearer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("SAKIP_PLANNING_URL", () -> "http://127.0.0.1:" + SERVICE.port());
        registry.add("SAKIP_MEASUREMENT_URL", () -> "http://127.0.0.1:" + SERVICE.port());
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @Test
    void aValidTokenIsRelayedAndIdentityHeadersACallerMakesUpAreDropped() throws Exception {
        int before = SERVICE.received();
        HttpResponse<String> response = send(request("/api/v1/indicators/abc").header("Authorization", OPERATOR)
                .header("X-Sakip-User", "kadis").header("X-Forwarded-User", "kadis").header("Remote-User", "kadis")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(SERVICE.received()).as("the service got the request once").isEqualTo(before + 1);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"authorization\":\"" + OPERATOR + "\"");
        assertThat(response.body().toLowerCase()).doesNotContain("x-sakip-user", "x-forwarded-user", "remote-user");
        securityHeaders(response);
    }

    @Test
    void noTokenOrABadOneIs401WithItsReasonAndTheSecurityHeaders() throws Exception {
        HttpResponse<String> anonymous = send(request("/api/v1/indicators/abc").GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("urn:sakip:problem:unauthenticated", "\"reason\":\"missing\"");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        securityHeaders(anonymous);
        HttpResponse<String> anonymousWrite = send(request("/api/v1/realization-periods/3574/DINSOS-PPPA/2024/approve")
                .header("X-Sakip-User", "kadis").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(anonymousWrite.statusCode()).isEqualTo(401);
        for (var bad : List.of(
                new String[] {TestTokens.user("x").roles("OPERATOR").expired().bearer(), "expired"},
                new String[] {TestTokens.user("x").roles("OPERATOR").foreignKey().bearer(), "invalid-signature"},
                new String[] {TestTokens.user("x").roles("OPERATOR").issuer("https://lain.test").bearer(), "wrong-issuer"},
                new String[] {TestTokens.user("x").roles("OPERATOR").audience("lain").bearer(), "wrong-audience"},
                new String[] {"Bearer bukan-token", "invalid"})) {
            HttpResponse<String> refused = send(request("/api/v1/indicators/abc").header("Authorization", bad[0]).GET());
            assertThat(refused.statusCode()).as(bad[1]).isEqualTo(401);
            assertThat(refused.body()).contains("\"reason\":\"" + bad[1] + "\"");
        }
    }

    @Test
    void aBodyOverItsLimitIs413BeforeItReachesTheService() throws Exception {
        String json = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> declared = send(request("/api/v1/indicators").header("Authorization", OPERATOR)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Connection")).hasValue("close");
        assertThat(declared.body()).contains("urn:sakip:problem:payload-too-large", "Isi permintaan terlalu besar");
        // without a Content-Length (chunked), counted as it streams
        HttpResponse<String> chunked = send(request("/api/v1/indicators").header("Authorization", OPERATOR)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("urn:sakip:problem:payload-too-large");
        // an upload within its own limit passes
        HttpResponse<String> upload = send(request("/api/v1/realizations/abc/evidence").header("Authorization", OPERATOR)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024])));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(upload.body()).contains("\"bytes\":" + 3 * 1024 * 1024);
    }

    @Test
    void aPathWithEncodedSlashesBackslashesOrDotSegmentsIsAnIndonesianProblem() throws Exception {
        for (String path : List.of("/api/v1/indicators/a%2Fb", "/api/v1/indicators/a%5Cb", "/api/v1/indicators/a%2fb",
                "/api/v1/indicators/%2e%2e/rahasia", "/api/v1/indicators/a%00")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OPERATOR
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).contains("application/problem+json", "urn:sakip:problem:bad-path",
                    "Alamat tidak valid").doesNotContain("<html");
        }
        String dots = raw("GET /api/v1/indicators/../organisations HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + OPERATOR + "\r\nConnection: close\r\n\r\n");
        assertThat(dots).startsWith("HTTP/1.1 400").contains("urn:sakip:problem:bad-path");
        HttpResponse<String> long_ = send(request("/api/v1/indicators/" + "a".repeat(3000))
                .header("Authorization", OPERATOR).GET());
        assertThat(long_.statusCode()).isEqualTo(414);
        assertThat(long_.body()).contains("urn:sakip:problem:uri-too-long", "Alamat terlalu panjang");
        // what Spring Security's firewall refuses after RequestLimits (a semicolon) is the same problem
        HttpResponse<String> semicolon = send(request("/api/v1/indicators/1;DROP").header("Authorization", OPERATOR)
                .GET());
        assertThat(semicolon.statusCode()).isEqualTo(400);
        assertThat(semicolon.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(semicolon.body()).contains("urn:sakip:problem:bad-path", "Alamat tidak valid");
    }

    @Test
    void theActuatorAnswersHealthToAnyoneMetricsToPlatformOperatorsAndNothingElse() throws Exception {
        // the platform's health names the part that is down (only planning and measurement answer here), and
        // says nothing more about any part; the gateway itself stays ready
        HttpResponse<String> health = send(request("/actuator/health").GET());
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode parts = JSON.readTree(health.body()).path("components").path("platform").path("components");
        assertThat(parts.path("planning").path("status").asString()).isEqualTo("UP");
        assertThat(parts.path("measurement").path("status").asString()).isEqualTo("UP");
        assertThat(parts.path("budget").path("status").asString()).isEqualTo("DOWN");
        assertThat(parts.path("identity-provider").path("status").asString()).isEqualTo("DOWN");
        assertThat(parts.path("budget").has("details")).isFalse();
        assertThat(send(request("/actuator/health/readiness").GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/actuator/health/liveness").GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/actuator/prometheus").GET()).statusCode()).isEqualTo(401);
        assertThat(send(request("/actuator/prometheus").header("Authorization", OPERATOR).GET()).statusCode())
                .isEqualTo(403);
        String platform = TestTokens.platformOperator().bearer();
        assertThat(send(request("/actuator/prometheus").header("Authorization", platform).GET()).statusCode())
                .isEqualTo(200);
        for (String closed : List.of("/actuator/gateway/routes", "/actuator/env", "/actuator/beans")) {
            HttpResponse<String> answer = send(request(closed).header("Authorization", platform).GET());
            assertThat(answer.statusCode()).as(closed).isIn(403, 404);
            assertThat(answer.body()).as(closed).doesNotContain("127.0.0.1:" + SERVICE.port());
        }
    }

    @Test
    void anotherOriginGetsNoCorsPermission() throws Exception {
        HttpResponse<String> preflight = send(request("/api/v1/indicators").header("Origin", "https://jahat.test")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        // the browser reads no permission, so it sends nothing
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        HttpResponse<String> crossOrigin = send(request("/api/v1/indicators/abc").header("Origin", "https://jahat.test")
                .header("Authorization", OPERATOR).GET());
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private void securityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(headers.firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).startsWith("max-age="));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(java.time.Duration.ofSeconds(20));
    }

    /**
     * Each request on a connection of its own. With one JDK client for the whole class, about one run in five saw a
     * request on a pooled connection wait out its time-out after the refusals (not understood yet; see the closing
     * note of 2026-12-01): until it is, these tests do not depend on connection reuse.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws Exception {
        return id.sakip.testsupport.RawHttp.send(port, request);
    }
}
