package id.sakip.access;

import id.sakip.testsupport.SecurityMatrix;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The permissions in the code are the table of docs/security.md, cell for cell. */
class PermissionTableTest {

    private final SecurityMatrix matrix = SecurityMatrix.load();

    @Test
    void everyPermissionAndRoleIsInTheTableWithTheReachTheCodeGivesIt() {
        assertThat(matrix.permissions()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Permission.values()).map(Enum::name).toList());
        assertThat(matrix.roles()).containsExactlyElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList());
        for (Permission permission : Permission.values()) {
            for (Role role : Role.values()) {
                Reach reach = permission.grants().get(role);
                assertThat(matrix.reach(permission.name(), role.name())).as(permission + " x " + role)
                        .isEqualTo(reach == null ? "—" : reach.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
