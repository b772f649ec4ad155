package id.sakip.identity;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations in progress and issued, kept in memory, one request at a time. Spring Authorization Server's
 * in-memory store walks its recent authorizations without holding their lock, so sign-ins at the same moment (a
 * Pemda's 40 OPD at quarter-end, each of its people renewing at once in the soak) failed with a
 * ConcurrentModificationException and a 500. A development identity provider's few requests a second afford a lock.
 */
final class SerialAuthorizations implements OAuth2AuthorizationService {

    private final InMemoryOAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        store.save(authorization);
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }
}
