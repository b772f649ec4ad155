package id.sakip.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood without a token is held back per client address before any token is checked, whatever spelling of the
 * path it uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sakip.gateway.rate-limit.per-address.per-second=0.2", "sakip.gateway.rate-limit.per-address.burst=4"})
@ContextConfiguration(initializers = TrustTestTokens.class)
class AddressRateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void requestsWithoutATokenAreLimitedPerAddress() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (String path : List.of("/api/v1/indicators/x", "/%61pi/v1/indicators/x", "/api/v1/plan/tree",
                "/api/v1/indicators", "/api/v1/indicators/y", "/%61pi/v1/x")) {
            statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertThat(statuses.subList(4, 6)).containsOnly(429);
        assertThat(statuses.subList(0, 4)).doesNotContain(429);
    }
}
