package id.sakip.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * JSON over HTTP through the gateway, as the demo loaders use it, with a bearer token from {@code token} (asked
 * for at each request, so it may renew itself): every unexpected answer is an exception.
 */
final class GatewayClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String gateway;
    private final Supplier<String> token;
    private final Duration timeout;

    GatewayClient(String gatewayUrl, Supplier<String> token) {
        this(gatewayUrl, token, Duration.ofSeconds(30));
    }

    /** @param timeout how long a request may take before it counts as unanswered */
    GatewayClient(String gatewayUrl, Supplier<String> token, Duration timeout) {
        this.gateway = gatewayUrl;
        this.token = token;
        this.timeout = timeout;
    }

    JsonMapper json() {
        return json;
    }

    /** Sends and reads the answer as JSON; any status but {@code expected} fails with the problem's text. */
    JsonNode send(String method, String path, Object body, int... expected) throws IOException, InterruptedException {
        return send(method, path, body, null, expected);
    }

    /** The same on the version read ({@code ifMatch}, none when null). */
    JsonNode send(String method, String path, Object body, Long ifMatch, int... expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = raw(method, path, body == null ? null
                : body instanceof String text ? text : json.writeValueAsString(body), ifMatch);
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body().isBlank() ? null : json.readTree(response.body());
            }
        }
        throw new IllegalStateException("Demo data: " + method + " " + path + " answered " + response.statusCode()
                + ": " + response.body());
    }

    /**
     * Creates what {@code path} names (a Pemda, an OPD) with a PUT unless it exists: one that exists is its
     * administrator's to change, on the version they read.
     */
    void register(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> existing = raw("GET", path, null);
        if (existing.statusCode() == 404) {
            send("PUT", path, body, 201);
        } else if (existing.statusCode() != 200) {
            throw new IllegalStateException("Demo data: GET " + path + " answered " + existing.statusCode() + ": "
                    + existing.body());
        }
    }

    HttpResponse<String> raw(String method, String path, String body) throws IOException, InterruptedException {
        return raw(method, path, body, null);
    }

    /** With {@code ifMatch}, the version the change is made to (optimistic concurrency). */
    HttpResponse<String> raw(String method, String path, String body, Long ifMatch)
            throws IOException, InterruptedException {
        return raw(method, path, body, ifMatch, token.get());
    }

    /** The same as the holder of {@code bearer} (a suite acting as many users over one client). */
    HttpResponse<String> raw(String method, String path, String body, Long ifMatch, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A document (a workbook, a PDF) as its bytes; refused unless the answer is 200. */
    byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = download(path);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A document's answer as it came, whatever its status (the document, or the problem's bytes). */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token.get()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Uploads one file as the multipart part {@code file}. */
    HttpResponse<String> upload(String path, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "sakip-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
