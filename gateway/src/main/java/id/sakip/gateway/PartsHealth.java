package id.sakip.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's health as the gateway sees it: each part behind it (the identity provider and the four services)
 * UP when its readiness answers UP within two seconds, else DOWN, under {@code components.platform} of
 * {@code /actuator/health}. Anyone sees which part is down (the status of each, nothing else); the gateway's own
 * liveness and readiness do not depend on them, so a service that is down never takes the gateway out.
 */
@Configuration(proxyBeanMethods = false)
class PartsHealth {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Bean
    CompositeReactiveHealthContributor platformHealthContributor(
            @Value("${SAKIP_IDP_URL:http://localhost:9000}") String identityProvider,
            @Value("${SAKIP_PLANNING_URL:http://localhost:8081}") String planning,
            @Value("${SAKIP_MEASUREMENT_URL:http://localhost:8082}") String measurement,
            @Value("${SAKIP_BUDGET_URL:http://localhost:8083}") String budget,
            @Value("${SAKIP_REPORTING_URL:http://localhost:8084}") String reporting,
            @Value("${SAKIP_EVALUATION_URL:http://localhost:8085}") String evaluation) {
        WebClient client = WebClient.builder().build();
        Map<String, ReactiveHealthIndicator> parts = new LinkedHashMap<>();
        parts.put("identity-provider", readiness(client, identityProvider));
        parts.put("planning", readiness(client, planning));
        parts.put("measurement", readiness(client, measurement));
        parts.put("budget", readiness(client, budget));
        parts.put("reporting", readiness(client, reporting));
        parts.put("evaluation", readiness(client, evaluation));
        return CompositeReactiveHealthContributor.fromMap(parts);
    }

    private static ReactiveHealthIndicator readiness(WebClient client, String base) {
        return () -> client.get().uri(base + "/actuator/health/readiness").retrieve().toBodilessEntity()
                .timeout(TIMEOUT)
                .map(answer -> Health.up().build())
                .onErrorResume(e -> Mono.just(Health.down().build()));
    }
}
