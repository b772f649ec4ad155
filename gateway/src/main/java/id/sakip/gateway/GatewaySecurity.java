package id.sakip.gateway;

import id.sakip.access.SakipUser;
import id.sakip.access.TokenRefusal;
import id.sakip.access.TokenValidation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The front door checks the caller's token as the services do (signature, expiry, issuer, audience) and passes it
 * on; the services decide what the caller may do. Health answers without a token, metrics to platform operators
 * only; nothing else of the actuator is reachable. CORS only for the configured web origins.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
class GatewaySecurity {

    private static final Logger log = LoggerFactory.getLogger(GatewaySecurity.class);

    /** The API and the actuator: bearer tokens, no session. The web application's pages are WebAppSecurity's. */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityWebFilterChain frontDoor(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            @Value("${sakip.gateway.cors.allowed-origins:}") List<String> allowedOrigins) {
        http.securityMatcher(org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers
                        .pathMatchers("/api/**", "/actuator/**", "/fallback/**"))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/fallback/**").permitAll()
                        .pathMatchers("/actuator/prometheus").hasRole("PLATFORM_OPERATOR")
                        .pathMatchers("/actuator/**").denyAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(new Roles())))
                        .authenticationEntryPoint(GatewaySecurity::unauthenticated)
                        .accessDeniedHandler(forbidden()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(GatewaySecurity::unauthenticated)
                        .accessDeniedHandler(forbidden()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.disable())
                // a bearer token is never sent by a browser on its own: a cross-site form cannot act as a user
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                // SecurityHeaders writes them on every answer, the gateway's own errors included
                .headers(headers -> headers.disable())
                .cors(cors -> cors.configurationSource(cors(allowedOrigins)));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (!origins.isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(origins);
            api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                    HttpHeaders.ACCEPT));
            api.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CONTENT_DISPOSITION,
                    HttpHeaders.RETRY_AFTER));
            api.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", api);
        }
        return source;
    }

    /**
     * An address Spring Security's firewall refuses (a semicolon, a percent sign or character it does not allow:
     * what {@link RequestLimits} lets through) is the same problem as RequestLimits' own, not an empty 400.
     */
    @Bean
    org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler rejectedAddress() {
        return (exchange, rejected) -> Problems.write(exchange, org.springframework.http.HttpStatus.BAD_REQUEST,
                Problems.of(org.springframework.http.HttpStatus.BAD_REQUEST, "bad-path", "Alamat tidak valid",
                        "Alamat mengandung karakter yang tidak diizinkan (misalnya titik koma). Periksa kembali "
                                + "alamatnya."));
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        String issuer = jwt.getIssuerUri();
        OAuth2TokenValidator<Jwt> validator = TokenValidation.validator(issuer, jwt.getAudiences());
        if (jwt.getJwkSetUri() != null && !jwt.getJwkSetUri().isBlank()) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (jwt.getPublicKeyLocation() != null) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(
                    TokenValidation.publicKey(jwt.getPublicKeyLocation())).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // discovery at the first token, so the gateway starts before its identity provider; the document is read with a blocking client: never on an event-loop thread; a failure is not
        // kept, so the next token tries again
        Mono<ReactiveJwtDecoder> discovered = Mono.fromCallable(() -> {
            NimbusReactiveJwtDecoder decoder = (NimbusReactiveJwtDecoder) ReactiveJwtDecoders
                    .fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator);
            return (ReactiveJwtDecoder) decoder;
        }).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .cache(d -> Duration.ofDays(3650), e -> Duration.ZERO, () -> Duration.ZERO);
        return token -> discovered.flatMap(decoder -> decoder.decode(token));
    }

    /** The claim contract's roles (or Keycloak's realm roles) as authorities, the subject as the name. */
    static final class Roles implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<SimpleGrantedAuthority> authorities = SakipUser.of(jwt.getClaims()).roles().stream()
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }

    private static Mono<Void> unauthenticated(ServerWebExchange exchange, AuthenticationException failure) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        TokenRefusal refusal = TokenRefusal.of(header, failure);
        log.warn("Authentication refused: path={} {} reason={}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), refusal.reason());
        Map<String, Object> problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Belum masuk atau token tidak sah", refusal.detail());
        problem.put("reason", refusal.reason());
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                refusal == TokenRefusal.MISSING ? "Bearer" : "Bearer error=\"invalid_token\"");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, problem);
    }

    private static ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> exchange.getPrincipal().map(p -> p.getName()).defaultIfEmpty("-")
                .flatMap(subject -> {
                    log.warn("Access refused: subject={} path={} {} reason={}", subject,
                            exchange.getRequest().getMethod(), exchange.getRequest().getPath(), denied.getMessage());
                    return Problems.write(exchange, HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN,
                            "forbidden", "Akses ditolak", "Peran Anda tidak berwenang untuk alamat ini."));
                });
    }
}
