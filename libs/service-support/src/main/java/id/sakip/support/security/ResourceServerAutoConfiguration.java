package id.sakip.support.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import id.sakip.access.SakipUser;
import id.sakip.access.TokenValidation;
import id.sakip.support.web.ActorDirectory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Collection;
import java.util.List;

/**
 * Every service is an OAuth2 resource server: no endpoint answers without a valid token except the health probes and
 * the OpenAPI document. A token is valid when its signature checks against the identity provider's keys, it is
 * not expired, its issuer is {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} and its audience names
 * one of {@code ...jwt.audiences}. Keys come from {@code jwk-set-uri}, else a {@code public-key-location}, else
 * the issuer's discovery document (read at the first request, so a service starts before its identity provider).
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class ResourceServerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain sakipResourceServer(HttpSecurity http, JwtDecoder decoder, SecurityProblems problems)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(id.sakip.access.Role.PLATFORM_OPERATOR.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new ClaimsConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a bearer token is never sent by the browser on its own, so a cross-site form cannot act as a user
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    /** Every operation of the OpenAPI document needs a bearer token (docs/security.md says which roles may). */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer sakipBearerToken() {
        return openApi -> {
            openApi.schemaRequirement("token", new io.swagger.v3.oas.models.security.SecurityScheme()
                    .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("An access token of the identity provider the platform trusts, "
                            + "with the claims sub, name, pemda, opd, bidang and roles (docs/security.md). 401 "
                            + "unauthenticated without a valid one; 403 forbidden outside the role's reach."));
            openApi.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("token"));
        };
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityProblems sakipSecurityProblems() {
        return new SecurityProblems();
    }

    @Bean
    @ConditionalOnMissingBean
    Access access(@Value("${sakip.security.opd-level-bidang:SEKRETARIAT}") String opdLevelBidang) {
        return new Access(opdLevelBidang);
    }

    @Bean
    FilterRegistrationBean<ActorDirectory> sakipActorDirectory(JdbcClient jdbc) {
        // after Spring Security's filters (order -100), which put the token's user in the context
        FilterRegistrationBean<ActorDirectory> registration = new FilterRegistrationBean<>(new ActorDirectory(jdbc));
        registration.setOrder(0);
        return registration;
    }

    @Bean
    ActorDirectory actorDirectory(FilterRegistrationBean<ActorDirectory> registration) {
        return registration.getFilter();
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder sakipJwtDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        String issuer = jwt.getIssuerUri();
        OAuth2TokenValidator<Jwt> validator = TokenValidation.validator(issuer, jwt.getAudiences());
        if (jwt.getJwkSetUri() != null && !jwt.getJwkSetUri().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (jwt.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder
                    .withPublicKey(TokenValidation.publicKey(jwt.getPublicKeyLocation())).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /** The claim contract's roles as authorities ({@code ROLE_OPERATOR}); the principal's name is {@code sub}. */
    static final class ClaimsConverter implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<SimpleGrantedAuthority> authorities = SakipUser.of(jwt.getClaims()).roles().stream()
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
