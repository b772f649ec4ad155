package id.sakip.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * What a request may be before anything reads it: a path without encoded slashes or backslashes, NUL or dot
 * segments (400 bad-path), not longer than the limit (414 uri-too-long), a body within its limit (413
 * payload-too-large: JSON and forms 1 MB by default, multipart uploads their own limit; a declared length over it
 * is read away first, up to 64 MB, so the client hears the answer), counted as it streams when the client sends no
 * length (then the connection is closed after the 413). Each refusal is an Indonesian problem, never an empty or HTML page.
 */
@Component
@Order(-200)
class RequestLimits implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);
    /** Encoded slash, backslash, NUL or dot, a raw backslash, or a dot segment: ways around path-based rules. */
    private static final Pattern BAD_PATH = Pattern.compile(
            "%2f|%5c|%00|%2e|\\\\|(^|/)\\.{1,2}(/|$)|//", Pattern.CASE_INSENSITIVE);

    /** A refused body up to this size is read away before the answer; a larger one gets the answer and a close. */
    private static final long SWALLOW_LIMIT = 64L * 1024 * 1024;

    private final long bodyLimit;
    private final long uploadLimit;
    private final int uriLimit;

    RequestLimits(@Value("${sakip.gateway.limits.body}") DataSize bodyLimit,
            @Value("${sakip.gateway.limits.upload}") DataSize uploadLimit,
            @Value("${sakip.gateway.limits.uri-length}") int uriLimit) {
        this.bodyLimit = bodyLimit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.uriLimit = uriLimit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String rawPath = request.getURI().getRawPath();
        String rawQuery = request.getURI().getRawQuery();
        if (rawPath.length() + (rawQuery == null ? 0 : rawQuery.length()) > uriLimit) {
            return refuse(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long", "Alamat terlalu panjang",
                    "Alamat yang diminta lebih dari " + uriLimit + " karakter.");
        }
        if (BAD_PATH.matcher(rawPath).find()) {
            return refuse(exchange, HttpStatus.BAD_REQUEST, "bad-path", "Alamat tidak valid",
                    "Alamat mengandung garis miring tersandi (%2F, %5C), garis miring terbalik, karakter NUL atau "
                            + "segmen '.'/'..' yang tidak diizinkan. Periksa kembali alamatnya.");
        }
        long limit = isUpload(request) ? uploadLimit : bodyLimit;
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            if (declared > SWALLOW_LIMIT) {
                // too much to read only to throw away: answer and close
                exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                return tooLarge(exchange, limit, declared);
            }
            // read to the end before answering, so a client that sends its whole body first still gets the answer
            return request.getBody().doOnNext(DataBufferUtils::release).then(tooLarge(exchange, limit, declared));
        }
        if (declared >= 0 || !hasBody(request)) {
            return chain.filter(exchange);
        }
        // no length given (chunked): counted as it streams through; past the limit the stream fails, the answer is
        // 413 and the connection is closed rather than read to an end that may never come
        AtomicLong seen = new AtomicLong();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().map(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
                    }
                    return buffer;
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit, long size) {
        return refuse(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Isi permintaan terlalu besar",
                "Isi permintaan paling besar " + DataSize.ofBytes(limit).toKilobytes() + " KB; yang dikirim "
                        + DataSize.ofBytes(size).toKilobytes() + " KB atau lebih. Tidak ada data yang diubah.");
    }

    private static boolean hasBody(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean isUpload(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        return type != null && MediaType.MULTIPART_FORM_DATA.includes(type);
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String slug, String title,
            String detail) {
        log.info("Refused at the front door: {} {} ({})", exchange.getRequest().getMethod(),
                abbreviated(exchange.getRequest().getURI().getRawPath()), slug);
        return Problems.write(exchange, status, Problems.of(status, slug, title, detail));
    }

    private static String abbreviated(String path) {
        return path.length() > 200 ? path.substring(0, 200) + "..." : path;
    }
}
