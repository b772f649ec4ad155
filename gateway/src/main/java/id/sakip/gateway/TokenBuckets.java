package id.sakip.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per caller: {@code burst} requests at once and {@code perSecond} after that. Kept in this gateway's
 * memory; callers idle long enough to have a full bucket again are forgotten, at most once a minute.
 */
final class TokenBuckets {

    private static final Logger log = LoggerFactory.getLogger(TokenBuckets.class);
    private static final long SWEEP_NANOS = 60_000_000_000L;

    private final String what;
    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    TokenBuckets(String what, double perSecond, double burst) {
        this.what = what;
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Passes the request on, or answers 429 rate-limited with Retry-After. */
    Mono<Void> admit(String caller, ServerWebExchange exchange, WebFilterChain chain) {
        long waitMillis = take(caller, System.nanoTime());
        if (waitMillis == 0) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        log.warn("Rate limited ({}): caller={} path={} {}", what, caller, exchange.getRequest().getMethod(),
                exchange.getRequest().getPath());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited", "Terlalu banyak permintaan", "Terlalu banyak permintaan dalam waktu singkat. Coba "
                        + "lagi dalam " + seconds + " detik."));
    }

    /** Takes one request from the caller's bucket: 0 when allowed, else how long until one is. */
    long take(String caller, long now) {
        long last = lastSweep.get();
        if (now - last > SWEEP_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.entrySet().removeIf(e -> e.getValue().fullAt(now, perSecond, burst));
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst, now)).take(now, perSecond, burst);
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
