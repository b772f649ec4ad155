package id.sakip.testsupport;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The token a test's MockMvc requests carry when they set no Authorization header of their own: each test base
 * names its user in a {@code @BeforeEach} ({@link #use}); a request that sets its own header (another role, a bad
 * token) or {@link #none()} keeps it. Import this configuration into the test context.
 */
@Configuration(proxyBeanMethods = false)
public class DefaultToken {

    private static volatile String bearer;

    /** From now on, requests without an Authorization header go as this user. */
    public static void use(TestTokens.Token token) {
        bearer = token.bearer();
    }

    /** From now on, requests without an Authorization header go without one (anonymous). */
    public static void none() {
        bearer = null;
    }

    @Bean
    MockMvcBuilderCustomizer sakipDefaultToken() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
            String current = bearer;
            if (current != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                request.addHeader(HttpHeaders.AUTHORIZATION, current);
            }
            return request;
        }));
    }
}
