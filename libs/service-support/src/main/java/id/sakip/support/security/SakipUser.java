package id.sakip.support.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in user as the claim contract has it: {@code sub}, {@code name}, {@code pemda}, {@code opd},
 * {@code bidang} (absent where the role has none) and {@code roles}. A client-credentials token (the demo loader,
 * the benchmark) carries the same claims for the client.
 */
public record SakipUser(String subject, String name, String pemda, String opd, String bidang, Set<Role> roles) {

    public SakipUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static SakipUser from(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addRoles(roles, jwt.getClaim("roles"));
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> realm) {
            addRoles(roles, realm.get("roles"));
        }
        String name = text(jwt.getClaim("name"));
        if (name == null) {
            name = text(jwt.getClaim("preferred_username"));
        }
        return new SakipUser(jwt.getSubject(), name == null ? jwt.getSubject() : name, text(jwt.getClaim("pemda")),
                text(jwt.getClaim("opd")), text(jwt.getClaim("bidang")), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    private static void addRoles(Set<Role> roles, Object claim) {
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> Role.parse(String.valueOf(value)).ifPresent(roles::add));
        } else if (claim instanceof String value) {
            for (String one : value.split("[ ,]+")) {
                Role.parse(one).ifPresent(roles::add);
            }
        }
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String value = String.valueOf(claim).strip();
        return value.isEmpty() ? null : value;
    }
}
