package id.sakip.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * The gateway's own errors (no route for the path, a wrong method, anything unexpected) as problem details with the
 * platform's stable types and Indonesian messages, like the services' errors. Runs before Boot's default error
 * handler ({@link ErrorWebFluxAutoConfiguration}, order -1).
 */
@Component
@Order(-2)
class GatewayErrors implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatusCode status = failure instanceof ResponseStatusException e ? e.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("Gateway error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    failure);
        }
        return Problems.write(exchange, status, problem(status));
    }

    static Map<String, Object> problem(HttpStatusCode status) {
        String[] kind = switch (status.value()) {
            case 404 -> new String[] {"not-found", "Tidak ditemukan",
                    "Alamat yang diminta tidak ada. Periksa kembali alamat dan versinya (/api/v1/...)."};
            case 405 -> new String[] {"method-not-allowed", "Metode tidak diizinkan",
                    "Alamat ini tidak menerima metode HTTP tersebut."};
            case 413 -> new String[] {"payload-too-large", "Isi permintaan terlalu besar",
                    "Isi permintaan melebihi batas ukuran."};
            case 414 -> new String[] {"uri-too-long", "Alamat terlalu panjang",
                    "Alamat yang diminta terlalu panjang untuk diproses."};
            case 415 -> new String[] {"unsupported-media-type", "Jenis isi tidak didukung",
                    "Kirim isi permintaan sebagai application/json."};
            default -> status.is4xxClientError()
                    ? new String[] {"bad-request", "Permintaan tidak dapat diproses",
                    "Permintaan tidak sesuai dengan yang diharapkan alamat ini."}
                    : new String[] {"internal", "Terjadi kesalahan pada gateway",
                    "Permintaan tidak dapat diteruskan. Silakan coba lagi atau hubungi admin."};
        };
        return Problems.of(status, kind[0], kind[1], kind[2]);
    }
}
