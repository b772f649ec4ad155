package id.sakip.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ins at the same moment: every authorization begun is found again by its state, none fails. */
class SerialAuthorizationsTest {

    private static final RegisteredClient WEB = RegisteredClient.withId("web").clientId("sakip-web")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://localhost/login/oauth2/code/sakip").build();

    @Test
    void manySignInsAtOnceAreEachFoundAgain() throws Exception {
        SerialAuthorizations authorizations = new SerialAuthorizations();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> found = new ArrayList<>();
        try {
            for (int i = 0; i < 4_000; i++) {
                found.add(pool.submit(() -> {
                    String state = UUID.randomUUID().toString();
                    // begun but not yet authorized: kept among the recent ones the in-memory store walks
                    OAuth2Authorization begun = OAuth2Authorization.withRegisteredClient(WEB)
                            .id(UUID.randomUUID().toString()).principalName("soak.op.1")
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .attribute(OAuth2ParameterNames.STATE, state).build();
                    authorizations.save(begun);
                    OAuth2Authorization again = authorizations.findByToken(state,
                            new OAuth2TokenType(OAuth2ParameterNames.STATE));
                    // done with it, as a sign-in is: the store keeps only the last hundred begun, so never fills
                    authorizations.remove(begun);
                    return again != null && again.getId().equals(begun.getId());
                }));
            }
            for (Future<Boolean> each : found) {
                assertThat(each.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
