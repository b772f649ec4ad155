package id.sakip.gateway.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The services as the pages call them: straight to each service (the same addresses the routes use), with the
 * signed-in person's own access token, so each service decides what the person may see and do exactly as for any
 * other caller. An answer the service refuses comes back as its problem detail.
 */
@Component
class Services {

    /** Reports and workbooks are downloaded whole; a worksheet of a large OPD is well under this. */
    private static final int MAX_ANSWER = 32 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebClient client;
    private final Map<Service, String> addresses;

    Services(ReactiveOAuth2AuthorizedClientManager clients,
            @Value("${SAKIP_PLANNING_URL:http://localhost:8081}") String planningUrl,
            @Value("${SAKIP_MEASUREMENT_URL:http://localhost:8082}") String measurementUrl,
            @Value("${SAKIP_BUDGET_URL:http://localhost:8083}") String budgetUrl,
            @Value("${SAKIP_REPORTING_URL:http://localhost:8084}") String reportingUrl,
            @Value("${SAKIP_EVALUATION_URL:http://localhost:8085}") String evaluationUrl) {
        var token = new ServerOAuth2AuthorizedClientExchangeFilterFunction(clients);
        token.setDefaultClientRegistrationId("sakip");
        ExchangeStrategies strategies = ExchangeStrategies.builder()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER)).build();
        this.client = WebClient.builder().filter(token).exchangeStrategies(strategies).build();
        this.addresses = Map.of(Service.PLANNING, planningUrl, Service.MEASUREMENT, measurementUrl, Service.BUDGET,
                budgetUrl, Service.REPORTING, reportingUrl, Service.EVALUATION, evaluationUrl);
    }

    enum Service { PLANNING, MEASUREMENT, BUDGET, REPORTING, EVALUATION }

    /** A read; {@code path} is already encoded (built with UriComponentsBuilder, or of codes and ids only). */
    Mono<Answer> get(Service service, String path) {
        return Mono.defer(() -> answer(client.get().uri(uri(service, path)).accept(MediaType.APPLICATION_JSON)))
                .onErrorResume(IllegalArgumentException.class, e -> Mono.just(new Answer(503, null, null)));
    }

    /** A write with a JSON body, naming the version read when there is one (If-Match). */
    Mono<Answer> send(Service service, HttpMethod method, String path, Object body, Long version) {
        return Mono.defer(() -> {
            var request = client.method(method).uri(uri(service, path)).accept(MediaType.APPLICATION_JSON)
                    .contentType(MediaType.APPLICATION_JSON);
            if (version != null) {
                request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
            }
            return answer(request.bodyValue(JSON.writeValueAsString(body)));
        }).onErrorResume(IllegalArgumentException.class, e -> Mono.just(new Answer(503, null, null)));
    }

    /**
     * A file the person chose, passed on as the multipart part {@code file}; what the service asks beside it goes in
     * the path's query.
     */
    Mono<Answer> upload(Service service, String path, FilePart file) {
        return upload(service, HttpMethod.POST, path, file);
    }

    /** As {@link #upload(Service, String, FilePart)}, with the method the operation takes (PUT to replace). */
    Mono<Answer> upload(Service service, HttpMethod method, String path, FilePart file) {
        return DataBufferUtils.join(file.content()).flatMap(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            MultipartBodyBuilder parts = new MultipartBodyBuilder();
            parts.part("file", bytes).filename(file.filename()).contentType(file.headers().getContentType() == null
                    ? MediaType.APPLICATION_OCTET_STREAM : file.headers().getContentType());
            return answer(client.method(method).uri(uri(service, path)).accept(MediaType.APPLICATION_JSON)
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build())));
        }).onErrorResume(IllegalArgumentException.class, e -> Mono.just(new Answer(503, null, null)));
    }

    /** A document as the service made it, with its type and file name, or the service's problem. */
    Mono<Download> download(Service service, String path) {
        return Mono.defer(() -> client.get().uri(uri(service, path)).exchangeToMono(response -> response
                        .bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                        .map(bytes -> new Download(response.statusCode().value(), response.headers().asHttpHeaders(),
                                bytes))))
                .timeout(Duration.ofSeconds(60))
                .onErrorResume(e -> Mono.just(new Download(503, new HttpHeaders(), new byte[0])));
    }

    /** A service's answer: its status, its JSON (the data, or its problem detail) and the version it names. */
    record Answer(int status, JsonNode body, Long version) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's sentence for the person, when the service refused. */
        String problem() {
            return body == null || body.path("detail").isMissingNode() ? "Layanan sedang tidak dapat dihubungi. "
                    + "Coba lagi sebentar lagi; data Anda tidak berubah." : body.path("detail").asString();
        }

        /** The problem's field errors, by field (empty when it named none). */
        Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (body != null && body.path("errors").isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = body.path("errors").properties().iterator();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> error = it.next();
                    errors.put(error.getKey(), error.getValue().asString());
                }
            }
            return errors;
        }
    }

    record Download(int status, HttpHeaders headers, byte[] body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's sentence, when the service refused to make the document. */
        String problem() {
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem.path("detail").isString()) {
                    return problem.path("detail").asString();
                }
            } catch (RuntimeException notJson) {
                // an answer that is no problem detail says nothing a person can act on
            }
            return "Dokumen tidak dapat dibuat saat ini. Coba lagi sebentar lagi.";
        }
    }

    /** The service's address and the path as given: an encoded path is not encoded a second time. */
    private java.net.URI uri(Service service, String path) {
        return java.net.URI.create(addresses.get(service) + path);
    }

    private static Mono<Answer> answer(WebClient.RequestHeadersSpec<?> request) {
        return request.exchangeToMono(response -> {
                    String etag = response.headers().asHttpHeaders().getETag();
                    Long version = etag == null ? null : parseVersion(etag);
                    return response.bodyToMono(JsonNode.class)
                            .map(body -> new Answer(response.statusCode().value(), body, version))
                            .defaultIfEmpty(new Answer(response.statusCode().value(), null, version));
                })
                .timeout(Duration.ofSeconds(20))
                .onErrorResume(e -> Mono.just(new Answer(503, null, null)));
    }

    private static Long parseVersion(String etag) {
        String digits = etag.replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException notAVersion) {
            return null;
        }
    }
}
