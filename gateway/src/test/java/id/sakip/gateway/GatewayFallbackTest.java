package id.sakip.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A service that does not answer gives a problem detail from the gateway, never a raw connection error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "SAKIP_PLANNING_URL=http://localhost:${test.dead-port}")
@org.springframework.test.context.ContextConfiguration(initializers = TrustTestTokens.class)
class GatewayFallbackTest {

    private static final String TOKEN = "Bearer " + id.sakip.testsupport.TestTokens.user("perencana.uji")
            .opd("3574", "DINSOS-PPPA").roles("PERENCANA").jwt();

    static {
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("test.dead-port", String.valueOf(socket.getLocalPort()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aServiceThatIsDownIsA503ProblemInIndonesian() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/indicators/abc")).header("Authorization", TOKEN)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:sakip:problem:service-unavailable", "perencanaan",
                "\"service\":\"planning\"");
    }

    @Test
    void anUnroutedPathIsANotFoundProblemInIndonesian() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/tidak-ada")).header("Authorization", TOKEN)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"urn:sakip:problem:not-found\"", "Tidak ditemukan",
                "\"instance\":\"/api/v1/tidak-ada\"");
    }
}
