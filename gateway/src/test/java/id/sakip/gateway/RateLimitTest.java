package id.sakip.gateway;

import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each user has a rate of its own: over it, 429 with Retry-After; another user is not held back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sakip.gateway.rate-limit.per-second=0.5", "sakip.gateway.rate-limit.burst=3"})
@ContextConfiguration(initializers = TrustTestTokens.class)
class RateLimitTest {

    private static final EchoService SERVICE = new EchoService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("SAKIP_PLANNING_URL", () -> "http://127.0.0.1:" + SERVICE.port());
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @Test
    void aUserOverTheRateIsToldWhenToTryAgain() throws Exception {
        // HTTP/1.1 as browsers speak it to a plain-http gateway (no h2c upgrade offer): a CI run once hung waiting for
        // the refusal's answer after such an offer; the timeout turns any hang into a failure that says so
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        String busy = TestTokens.user("operator.sibuk").opd("3574", "DINSOS-PPPA").roles("OPERATOR").bearer();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/indicators/x"))
                    .timeout(java.time.Duration.ofSeconds(30)).header("Authorization", busy).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(last.statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
        assertThat(last.body()).contains("urn:sakip:problem:rate-limited", "Terlalu banyak permintaan");

        String other = TestTokens.user("operator.lain").opd("3574", "DINSOS-PPPA").roles("OPERATOR").bearer();
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/indicators/x"))
                .timeout(java.time.Duration.ofSeconds(30)).header("Authorization", other).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }
}
