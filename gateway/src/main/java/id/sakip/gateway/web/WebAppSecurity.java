package id.sakip.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * The web application's pages: a person signs in at the identity provider (OIDC, authorization code with PKCE) and
 * holds a session with the gateway; the pages call the services with the person's own access token, renewed with
 * the refresh token while the session lasts. Forms carry a CSRF token. An expired session returns to sign-in and
 * then to the page asked for.
 */
@Configuration
class WebAppSecurity {

    @Bean
    @Order(2)
    SecurityWebFilterChain webApp(ServerHttpSecurity http,
            @org.springframework.beans.factory.annotation.Value("${SAKIP_ISSUER_URI:http://localhost:9000}")
            String issuer) {
        ServerLogoutSuccessHandler signedOut = signOutAtTheIdentityProvider(issuer);
        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/keluar").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> { })
                .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfFromFormsAndUploads())
                        .accessDeniedHandler(formOfAnEndedSession()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut))
                // SecurityHeaders writes the browser protections
                .headers(headers -> headers.disable());
        return http.build();
    }

    /**
     * A page asked for without a session goes to sign-in (and back to it after). A request made by htmx (a link or
     * a form within the page) cannot follow the provider's page: it tells the browser to load the page itself (the
     * link's, or for a form the page it was on), which then signs in and returns there.
     */
    private static org.springframework.security.web.server.ServerAuthenticationEntryPoint signIn() {
        var redirect = new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/sakip");
        return (exchange, e) -> {
            var headers = exchange.getRequest().getHeaders();
            if ("true".equals(headers.getFirst("HX-Request"))) {
                exchange.getResponse().setStatusCode(org.springframework.http.HttpStatus.UNAUTHORIZED);
                // a link is followed after signing in; a form cannot be sent again, so its page is shown again
                var request = exchange.getRequest();
                exchange.getResponse().getHeaders().set("HX-Redirect", samePage(
                        request.getMethod() == org.springframework.http.HttpMethod.GET ? request.getURI().toString()
                                : headers.getFirst("HX-Current-URL")));
                return exchange.getResponse().setComplete();
            }
            return redirect.commence(exchange, e);
        };
    }

    /**
     * The CSRF token is read from the hidden field of every form, the file uploads' (multipart) included, so an
     * upload needs no script; BREACH-safe as Spring Security's default.
     */
    private static org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler csrfFromFormsAndUploads() {
        var handler = new org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler();
        handler.setTokenFromMultipartDataEnabled(true);
        return handler;
    }

    /**
     * A form sent after its session ended carries a CSRF token the new session does not know: the person is sent
     * to sign in again and back to the page the form was on (what was typed is lost, and said so in ADR 0005);
     * nothing was changed.
     */
    private static org.springframework.security.web.server.authorization.ServerAccessDeniedHandler
            formOfAnEndedSession() {
        return (exchange, denied) -> {
            var headers = exchange.getRequest().getHeaders();
            String page = samePage("true".equals(headers.getFirst("HX-Request")) ? headers.getFirst("HX-Current-URL")
                    : headers.getFirst(org.springframework.http.HttpHeaders.REFERER));
            var response = exchange.getResponse();
            if ("true".equals(headers.getFirst("HX-Request"))) {
                response.setStatusCode(org.springframework.http.HttpStatus.FORBIDDEN);
                response.getHeaders().set("HX-Redirect", page);
            } else {
                response.setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
                response.getHeaders().setLocation(URI.create(page));
            }
            return response.setComplete();
        };
    }

    /** The path of the page the browser shows, never another site's address. */
    private static String samePage(String url) {
        try {
            URI page = URI.create(url);
            String path = page.getRawPath() == null || !page.getRawPath().startsWith("/")
                    || page.getRawPath().startsWith("//") ? "/" : page.getRawPath();
            return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return "/";
        }
    }

    /**
     * Signing out ends the session at the identity provider too (OIDC RP-initiated logout), so the next visit asks
     * for the password again; the provider then returns to /keluar.
     */
    private static ServerLogoutSuccessHandler signOutAtTheIdentityProvider(String issuer) {
        RedirectServerLogoutSuccessHandler local = new RedirectServerLogoutSuccessHandler();
        local.setLogoutSuccessUrl(URI.create("/keluar"));
        return (exchange, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                var request = exchange.getExchange().getRequest();
                String back = request.getURI().getScheme() + "://" + request.getURI().getAuthority() + "/keluar";
                URI logout = UriComponentsBuilder.fromUriString(issuer + "/connect/logout")
                        .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                        .queryParam("post_logout_redirect_uri", back).encode().build().toUri();
                return new DefaultServerRedirectStrategy().sendRedirect(exchange.getExchange(), logout);
            }
            return local.onLogoutSuccess(exchange, authentication);
        };
    }

    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClients(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository clients) {
        ReactiveOAuth2AuthorizedClientProvider provider = ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build();
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(provider);
        return manager;
    }
}
