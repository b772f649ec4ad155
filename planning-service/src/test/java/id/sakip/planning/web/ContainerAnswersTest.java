package id.sakip.planning.web;

import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service reached directly on its real Tomcat, not through the gateway: what the container refuses itself and
 * bodies over the limit are problems in Indonesian, never Tomcat's HTML page, and a large JSON body is not read
 * whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class ContainerAnswersTest {

    private static final String TOKEN = TestTokens.user("perencana.uji").opd("3574", "DINSOS-PPPA")
            .roles("PERENCANA").bearer();

    @LocalServerPort
    int port;

    @Test
    void anEncodedSlashOrBackslashInThePathIsAProblemNotAnHtmlPage() throws Exception {
        for (String path : new String[] {"/api/v1/indicators/a%2Fb", "/api/v1/indicators/a%5Cb"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TOKEN
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).contains("application/problem+json", "urn:sakip:problem:bad-request",
                    "garis miring").doesNotContain("<html", "Apache Tomcat");
        }
    }

    @Test
    void aJsonBodyOverTheLimitIs413WhetherItsLengthIsGivenOrNot() throws Exception {
        byte[] json = ("{\"pemdaCode\":\"3574\",\"opdCode\":\"DINSOS-PPPA\",\"name\":\"" + "x".repeat(2 * 1024 * 1024)
                + "\",\"unit\":\"%\",\"polarity\":\"INCREASING\"}").getBytes(StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> declared = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/indicators")).header("Authorization", TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("urn:sakip:problem:payload-too-large");
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/indicators")).header("Authorization", TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("urn:sakip:problem:payload-too-large");
    }

    private String raw(String request) throws Exception {
        return id.sakip.testsupport.RawHttp.send(port, request);
    }
}
