package id.sakip.gateway.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A form's answer that is a page (a refusal with its field errors, an import's result) must not put the form's
 * POST address in the browser's history, where a reload or Back would ask for it with GET; htmx is told to keep
 * the address it shows. A successful form redirects (303) and the page it lands on is pushed as usual.
 */
@Component
class FormAnswers implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() == HttpMethod.POST
                && "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"))
                && !exchange.getRequest().getPath().value().startsWith("/api/")) {
            exchange.getResponse().beforeCommit(() -> {
                var status = exchange.getResponse().getStatusCode();
                if (status == null || !status.is3xxRedirection()) {
                    exchange.getResponse().getHeaders().set("HX-Push-Url", "false");
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
