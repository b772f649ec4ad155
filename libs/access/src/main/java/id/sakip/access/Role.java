package id.sakip.access;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of the claim contract ({@code roles}, a flat list; Keycloak's {@code realm_access.roles} too). A token
 * names them in any case, with {@code -} or {@code _}: {@code kepala-bidang} is {@link #KEPALA_BIDANG}.
 */
public enum Role {
    OPERATOR("Operator bidang"),
    KEPALA_BIDANG("Kepala Bidang"),
    KEPALA_OPD("Kepala OPD"),
    PERENCANA("Perencana OPD"),
    KEUANGAN("Keuangan OPD"),
    BAPPEDA("Bappeda"),
    INSPEKTORAT("Inspektorat"),
    ADMIN_PEMDA("Administrator Pemda"),
    PLATFORM_OPERATOR("Operator platform");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> parse(String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        String name = claim.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
