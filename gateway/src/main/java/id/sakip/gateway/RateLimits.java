package id.sakip.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each caller's request rate on the API: a token bucket per subject (per client address for a request without a
 * valid token), {@code burst} requests at once and {@code per-second} after that. Over it: 429 rate-limited with
 * Retry-After. The buckets live in this gateway instance (no Redis in the local run); several gateway instances each
 * allow the rate, so give each its share. Runs after the token check (Spring Security's chain is ordered -100).
 */
@Component
class RateLimits implements WebFilter, org.springframework.core.Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final int MAX_CALLERS = 100_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(@Value("${sakip.gateway.rate-limit.per-second}") double perSecond,
            @Value("${sakip.gateway.rate-limit.burst}") double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(Principal::getName).map(subject -> "sub:" + subject)
                .defaultIfEmpty("ip:" + address(exchange))
                .flatMap(caller -> {
                    long waitMillis = take(caller, System.nanoTime());
                    if (waitMillis == 0) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (waitMillis + 999) / 1000);
                    log.warn("Rate limited: caller={} path={} {}", caller, exchange.getRequest().getMethod(),
                            exchange.getRequest().getPath());
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, Problems.of(
                            HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Terlalu banyak permintaan",
                            "Anda mengirim terlalu banyak permintaan dalam waktu singkat. Coba lagi dalam " + seconds
                                    + " detik."));
                });
    }

    /** Takes one request from the caller's bucket: 0 when allowed, else how long until one is. */
    long take(String caller, long now) {
        if (buckets.size() > MAX_CALLERS) {
            // callers idle long enough to have a full bucket again lose nothing by being forgotten
            buckets.entrySet().removeIf(e -> e.getValue().fullAt(now, perSecond, burst));
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst, now)).take(now, perSecond, burst);
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "?" : remote.getAddress().getHostAddress();
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1000);
        }

        synchronized boolean fullAt(long now, double perSecond, double burst) {
            return tokens + (now - updated) / 1e9 * perSecond >= burst;
        }
    }
}
