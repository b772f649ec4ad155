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
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * What a request may be before anything reads it: a path without encoded slashes or backslashes, NUL or dot
 * segments (400 bad-path), not longer than the limit (414 uri-too-long), a body within its limit (413
 * payload-too-large: JSON and forms 1 MB by default, multipart uploads their own limit; a declared length over it
 * is read away first, up to 64 MB, so the client hears the answer); a body without a length is held in memory up to
 * its limit and forwarded whole with its length, or read away and refused. Each refusal is an Indonesian problem, never an empty or HTML page.
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
                // too much to read only to throw away: answer (and close)
                return tooLarge(exchange, limit, declared);
            }
            // read to the end before answering, so a client that sends its whole body first still gets the answer
            return request.getBody().doOnNext(DataBufferUtils::release).then(tooLarge(exchange, limit, declared));
        }
        if (declared >= 0 || !hasBody(request)) {
            return chain.filter(exchange);
        }
        // no length given (chunked): read into memory up to the limit (each buffer copied and released at once, so
        // nothing is left unreleased whatever happens after), then forwarded whole with its length; over the limit,
        // read away to the end (up to 64 MB, then the connection is closed) and refused
        AtomicLong seen = new AtomicLong();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        return request.getBody().doOnNext(buffer -> {
            try {
                if (seen.addAndGet(buffer.readableByteCount()) <= limit) {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    kept.writeBytes(bytes);
                }
            } finally {
                DataBufferUtils.release(buffer);
            }
        }).takeUntil(buffer -> seen.get() > SWALLOW_LIMIT).then(Mono.defer(() -> {
            if (seen.get() > limit) {
                return tooLarge(exchange, limit, seen.get());
            }
            byte[] body = kept.toByteArray();
            ServerHttpRequest whole = new ServerHttpRequestDecorator(request) {
                @Override
                public HttpHeaders getHeaders() {
                    HttpHeaders headers = new HttpHeaders();
                    headers.putAll(super.getHeaders());
                    headers.remove(HttpHeaders.TRANSFER_ENCODING);
                    headers.setContentLength(body.length);
                    return headers;
                }

                @Override
                public Flux<DataBuffer> getBody() {
                    return Flux.just(exchange.getResponse().bufferFactory().wrap(body));
                }
            };
            return chain.filter(exchange.mutate().request(whole).build());
        }));
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit, long size) {
        // the connection is not kept: a client that was still sending would find it in a state it cannot reuse
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
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
