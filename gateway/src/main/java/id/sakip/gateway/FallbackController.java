package id.sakip.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;
import java.util.Map;

/**
 * Answers for a service that is down, slow or behind an open circuit breaker: a problem detail that tells the user
 * what happened, in Indonesian. A write that timed out may still have been applied by the service; the message
 * says to check before repeating it.
 */
@RestController
class FallbackController {

    private static final Map<String, String> NAMES = Map.of(
            "planning", "perencanaan",
            "measurement", "pengukuran kinerja",
            "budget", "anggaran",
            "reporting", "pelaporan",
            "evaluation", "evaluasi SAKIP");

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
        // why the call did not go through: the operator's only clue, since the caller is told nothing technical
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("{} answered by the fallback: {}", service, cause == null ? "no cause recorded"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        String name = NAMES.getOrDefault(service, "yang diminta");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Layanan " + name + " sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi; bila Anda "
                        + "mengirim perubahan, periksa dulu apakah perubahan itu sudah tersimpan.");
        problem.setType(URI.create("urn:sakip:problem:service-unavailable"));
        problem.setTitle("Layanan tidak tersedia");
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10").body(problem);
    }
}
