package id.sakip.gateway.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * The services as the pages call them: straight to each service (the same addresses the routes use), with the
 * signed-in person's own access token, so each service decides what the person may see exactly as for any other
 * caller. An answer the service refuses comes back as its problem detail.
 */
@Component
class Services {

    private final WebClient reporting;

    Services(ReactiveOAuth2AuthorizedClientManager clients,
            @Value("${SAKIP_REPORTING_URL:http://localhost:8084}") String reportingUrl) {
        var token = new ServerOAuth2AuthorizedClientExchangeFilterFunction(clients);
        token.setDefaultClientRegistrationId("sakip");
        this.reporting = WebClient.builder().baseUrl(reportingUrl).filter(token).build();
    }

    Mono<Answer> reporting(String path) {
        return get(reporting, path);
    }

    /** A service's answer: its status and its JSON (the data, or its problem detail). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's sentence for the person, when the service refused. */
        String problem() {
            return body == null || body.path("detail").isMissingNode() ? "Layanan tidak memberi jawaban."
                    : body.path("detail").asString();
        }
    }

    private static Mono<Answer> get(WebClient client, String path) {
        return client.get().uri(path).accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .map(body -> new Answer(response.statusCode().value(), body))
                        .defaultIfEmpty(new Answer(response.statusCode().value(), null)))
                .timeout(Duration.ofSeconds(20))
                .onErrorResume(e -> Mono.just(new Answer(HttpStatusCode.valueOf(503).value(), null)));
    }
}
