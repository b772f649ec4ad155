package id.sakip.gateway;

import id.sakip.testsupport.TestTokens;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** The gateway under test trusts the tokens of {@link TestTokens}, signed with the test JVM's own key. */
class TrustTestTokens implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-tokens", Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "",
                "spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + TestTokens.publicKeyPem(),
                "spring.security.oauth2.resourceserver.jwt.audiences", TestTokens.AUDIENCE)));
    }
}
