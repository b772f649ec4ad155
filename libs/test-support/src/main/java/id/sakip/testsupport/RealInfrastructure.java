package id.sakip.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring test context at the real PostgreSQL and Kafka of this JVM, and makes it trust the tokens of
 * {@link TestTokens}. The database is named by
 * {@code sakip.test.database}, else by {@code spring.application.name} ({@code planning-service} ->
 * {@code planning_service}). Use with {@code @ContextConfiguration(initializers = RealInfrastructure.class)}.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        String database = env.getProperty("sakip.test.database",
                env.getProperty("spring.application.name", "sakip").replace('-', '_'));
        RealPostgres postgres = RealPostgres.get();
        String url = postgres.database(database);
        Map<String, Object> properties = Map.of(
                // tokens minted by TestTokens, signed with this JVM's test key
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "",
                "spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + TestTokens.publicKeyPem(),
                "spring.security.oauth2.resourceserver.jwt.audiences", TestTokens.AUDIENCE,
                "spring.datasource.url", url,
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", RealKafka.get().bootstrapServers(),
                // at the end of the test JVM the database may stop before a context does: fail fast, not in 30 s
                "spring.datasource.hikari.connection-timeout", "3000");
        env.getPropertySources().addFirst(new MapPropertySource("sakip-real-infrastructure", properties));
    }
}
