package id.sakip.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;

/**
 * Who the caller is travels only in the token: any header a caller could use to claim an identity (the platform's
 * own {@code X-Sakip-*}, and the usual proxy user headers) is removed before a request reaches a service.
 */
@Component
class IdentityHeaders implements GlobalFilter, Ordered {

    private static final List<String> NAMES = List.of("x-user", "x-user-id", "x-remote-user", "remote-user",
            "x-forwarded-user", "x-forwarded-email", "x-auth-request-user", "x-auth-request-email", "x-webauth-user");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        boolean claimed = incoming.headerNames().stream().anyMatch(IdentityHeaders::isIdentity);
        if (!claimed) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request -> request.headers(headers ->
                List.copyOf(headers.headerNames()).stream().filter(IdentityHeaders::isIdentity)
                        .forEach(headers::remove))).build());
    }

    static boolean isIdentity(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("x-sakip-") || NAMES.contains(lower);
    }
}
