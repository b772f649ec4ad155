package id.sakip.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spring Authorization Server with OIDC for the local run. Tokens carry the platform's claim contract ({@code sub},
 * {@code name}, {@code pemda}, {@code opd}, {@code bidang}, {@code roles}) and name the platform in {@code aud}.
 * A client that acts as itself (client credentials: the demo loader, the benchmark) gets the claims configured for
 * it and nothing more.
 */
@Configuration
class AuthorizationServerConfig {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(IdentityProperties properties, PasswordEncoder encoder) {
        if (properties.demoPassword() == null || properties.demoPassword().isBlank()) {
            throw new IllegalStateException("sakip.identity.demo-password is not set");
        }
        String password = encoder.encode(properties.demoPassword());
        return new InMemoryUserDetailsManager(properties.allUsers().values().stream()
                .map(user -> User.withUsername(user.username()).password(password)
                        .roles(user.roles().toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(IdentityProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime())
                .refreshTokenTimeToLive(Duration.ofHours(8)).reuseRefreshTokens(false).build();
        List<RegisteredClient> clients = properties.clients().stream().map(client -> {
            RegisteredClient.Builder builder = RegisteredClient.withId(UUID.nameUUIDFromBytes(
                            client.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                    .clientId(client.id()).clientName(client.name() == null ? client.id() : client.name())
                    .tokenSettings(tokens)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(
                            client.isPublic()).build());
            if (client.isPublic()) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(encoder.encode(client.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
            }
            if (client.redirectUris().isEmpty()) {
                builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).scope("sakip");
            } else {
                builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE);
                client.redirectUris().forEach(builder::redirectUri);
                client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
            }
            return builder.build();
        }).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
        return new SerialAuthorizations();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties properties) {
        RSAKey key = SigningKey.loadOrCreate(properties.keyFile());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claimContract(IdentityProperties properties) {
        Map<String, IdentityProperties.User> users = properties.allUsers();
        Map<String, IdentityProperties.Client> clients = properties.clients().stream().collect(Collectors.toMap(
                IdentityProperties.Client::id, Function.identity()));
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (!accessToken && !idToken) {
                return;
            }
            JwtClaimsSet.Builder claims = context.getClaims();
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                IdentityProperties.Client client = clients.get(context.getRegisteredClient().getClientId());
                put(claims, "name", context.getRegisteredClient().getClientName());
                put(claims, "pemda", client.pemda());
                put(claims, "opd", client.opd());
                put(claims, "bidang", client.bidang());
                claims.claim("roles", client.roles());
            } else {
                String username = context.getPrincipal().getName();
                IdentityProperties.User user = users.get(username.toLowerCase(Locale.ROOT));
                put(claims, "name", user == null ? username : user.name());
                if (user != null) {
                    put(claims, "preferred_username", user.username());
                    put(claims, "pemda", user.pemda());
                    put(claims, "opd", user.opd());
                    put(claims, "bidang", user.bidang());
                }
                claims.claim("roles", context.getPrincipal().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring("ROLE_".length())).toList());
            }
            // the ID token's audience stays the client (OIDC); the access token is for the platform's services
            if (accessToken) {
                claims.audience(List.of(properties.audience()));
            }
        };
    }

    private static void put(JwtClaimsSet.Builder claims, String name, String value) {
        if (value != null && !value.isBlank()) {
            claims.claim(name, value);
        }
    }
}
