package id.sakip.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Two rates on every request, each answered over it with 429 rate-limited and Retry-After: per client address,
 * before the token is checked (a flood of requests with no token or a bad one stops here; generous, since an
 * office shares one address), and per signed-in subject after it (the user's own rate). The buckets live in this
 * gateway instance (no Redis in the local run): several instances each allow the rate, so give each its share.
 */
@Configuration
class RateLimits {

    @Bean
    WebFilter addressRateLimit(@Value("${sakip.gateway.rate-limit.per-address.per-second}") double perSecond,
            @Value("${sakip.gateway.rate-limit.per-address.burst}") double burst) {
        TokenBuckets buckets = new TokenBuckets("address", perSecond, burst);
        return new OrderedFilter(-150) {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
                return buckets.admit("ip:" + address(exchange), exchange, chain);
            }
        };
    }

    /** After Spring Security's chain (-100): the principal is the token's (or the session's) subject. */
    @Bean
    WebFilter userRateLimit(@Value("${sakip.gateway.rate-limit.per-second}") double perSecond,
            @Value("${sakip.gateway.rate-limit.burst}") double burst) {
        TokenBuckets buckets = new TokenBuckets("user", perSecond, burst);
        return new OrderedFilter(0) {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
                // the chain's Mono<Void> completes empty: decide on the subject first, then run the chain once
                return exchange.getPrincipal().map(principal -> Optional.of(principal.getName()))
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(subject -> subject.isPresent()
                                ? buckets.admit("sub:" + subject.get(), exchange, chain)
                                : chain.filter(exchange));
            }
        };
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "?" : remote.getAddress().getHostAddress();
    }

    private abstract static class OrderedFilter implements WebFilter, org.springframework.core.Ordered {
        private final int order;

        OrderedFilter(int order) {
            this.order = order;
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
