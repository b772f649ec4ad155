package id.sakip.access;

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

    /** From a token's claims (a JWT's claim set as a map); Keycloak's {@code realm_access.roles} is read too. */
    public static SakipUser of(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addRoles(roles, claims.get("roles"));
        if (claims.get("realm_access") instanceof Map<?, ?> realm) {
            addRoles(roles, realm.get("roles"));
        }
        String subject = text(claims.get("sub"));
        String name = text(claims.get("name"));
        if (name == null) {
            name = text(claims.get("preferred_username"));
        }
        return new SakipUser(subject, name == null ? subject : name, text(claims.get("pemda")),
                text(claims.get("opd")), text(claims.get("bidang")), roles);
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
