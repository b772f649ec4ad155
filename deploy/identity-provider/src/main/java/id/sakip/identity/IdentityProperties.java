package id.sakip.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The identity provider's settings ({@code sakip.identity}): its issuer, where its signing key is kept, the demo
 * users and the clients. A user or client carries the platform's claims: Pemda, OPD, bidang (absent where the role
 * has none) and roles.
 */
@ConfigurationProperties("sakip.identity")
public record IdentityProperties(String issuer, Path keyFile, String demoPassword, String audience,
        Duration accessTokenLifetime, List<User> users, Path usersFile, List<Client> clients) {

    public IdentityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        clients = clients == null ? List.of() : List.copyOf(clients);
        audience = audience == null ? "sakip" : audience;
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(30) : accessTokenLifetime;
    }

    /**
     * The configured users and those of {@link #usersFile()} (a JSON list of users, when set: the end-to-end test's
     * users of its own OPD, or a Pemda's trial users), by lower-case name.
     */
    public java.util.Map<String, User> allUsers() {
        java.util.Map<String, User> all = new java.util.LinkedHashMap<>();
        java.util.List<User> listed = new java.util.ArrayList<>(users);
        if (usersFile != null) {
            try {
                listed.addAll(java.util.List.of(tools.jackson.databind.json.JsonMapper.builder().build()
                        .readValue(java.nio.file.Files.readString(usersFile), User[].class)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the users of " + usersFile, e);
            }
        }
        listed.forEach(user -> all.put(user.username().toLowerCase(java.util.Locale.ROOT), user));
        return all;
    }

    /** A demo user; all share {@link #demoPassword()}. */
    public record User(String username, String name, String pemda, String opd, String bidang, List<String> roles) {
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * A client of the platform. {@code secret} empty: a public client (the command line, with PKCE). With
     * {@code redirectUris}: users sign in through it (authorization code); without: it acts as itself (client
     * credentials) with the claims given here, and only those.
     */
    public record Client(String id, String name, String secret, List<String> redirectUris,
            List<String> postLogoutRedirectUris, String pemda, String opd, String bidang, List<String> roles) {
        public Client {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        boolean isPublic() {
            return secret == null || secret.isBlank();
        }
    }
}
