package id.sakip.support.security;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import id.sakip.support.web.ApiProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How far a role reaches from the token's organisation, without Spring. */
class AccessTest {

    private final Access access = new Access("SEKRETARIAT");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static SakipUser user(String opd, String bidang, Role... roles) {
        return new SakipUser("u", "U", "3574", opd, bidang, Set.of(roles));
    }

    @Test
    void anOperatorReachesItsOwnBidangOnlyAndTheSekretariatTheDataOfNoBidang() {
        SakipUser rehsos = user("DINSOS", "REHSOS", Role.OPERATOR);
        assertThat(access.allows(rehsos, Permission.ENTER_REALIZATION, new Owner("3574", "DINSOS", "REHSOS"))).isTrue();
        assertThat(access.allows(rehsos, Permission.ENTER_REALIZATION, new Owner("3574", "DINSOS", "LINJAMSOS")))
                .isFalse();
        assertThat(access.allows(rehsos, Permission.ENTER_REALIZATION, new Owner("3574", "DINSOS", null))).isFalse();
        assertThat(access.allows(rehsos, Permission.ENTER_REALIZATION, new Owner("3574", "DINKES", "REHSOS")))
                .isFalse();
        assertThat(access.allows(rehsos, Permission.ENTER_REALIZATION, new Owner("3575", "DINSOS", "REHSOS")))
                .isFalse();
        SakipUser sekretariat = user("DINSOS", "SEKRETARIAT", Role.OPERATOR);
        assertThat(access.allows(sekretariat, Permission.ENTER_REALIZATION, new Owner("3574", "DINSOS", null)))
                .isTrue();
        SakipUser wholeOpd = user("DINSOS", null, Role.OPERATOR);
        assertThat(access.allows(wholeOpd, Permission.ENTER_REALIZATION, new Owner("3574", "DINSOS", "PPPA")))
                .isTrue();
        assertThat(access.allows(wholeOpd, Permission.ENTER_REALIZATION, new Owner("3574", "DINSOS", null))).isTrue();
    }

    @Test
    void pemdaRolesReachEveryOpdOfTheirPemdaAndNoOther() {
        SakipUser bappeda = new SakipUser("b", "B", "3574", null, null, Set.of(Role.BAPPEDA));
        assertThat(access.allows(bappeda, Permission.READ_OPD, Owner.opd("3574", "DINKES"))).isTrue();
        assertThat(access.allows(bappeda, Permission.READ_OPD, Owner.opd("3575", "DINKES"))).isFalse();
        assertThat(access.allows(bappeda, Permission.PLAN_OPD, Owner.opd("3574", "DINKES"))).isFalse();
        assertThat(access.allows(bappeda, Permission.PLAN_PEMDA, Owner.pemda("3574"))).isTrue();
        SakipUser platform = new SakipUser("p", "P", null, null, null, Set.of(Role.PLATFORM_OPERATOR));
        assertThat(access.allows(platform, Permission.OPERATE_PLATFORM, Owner.platform())).isTrue();
        assertThat(access.allows(platform, Permission.READ_OPD, Owner.opd("3574", "DINSOS"))).isFalse();
    }

    @Test
    void aRefusalIsA403ProblemNamingWhoMayAndTheTokenIsReadFromTheContext() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("operator.rehsos")
                .claim("name", "Operator Rehsos").claim("pemda", "3574").claim("opd", "DINSOS")
                .claim("bidang", "REHSOS").claim("roles", List.of("operator")).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of(), "operator.rehsos"));
        assertThat(Access.currentUser()).hasValueSatisfying(user -> {
            assertThat(user.roles()).containsExactly(Role.OPERATOR);
            assertThat(user.bidang()).isEqualTo("REHSOS");
        });
        assertThatThrownBy(() -> access.require(Permission.APPROVE_PERIOD, Owner.opd("3574", "DINSOS")))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(403);
                    assertThat(problem.slug()).isEqualTo("forbidden");
                    assertThat(problem.getMessage()).contains("menyetujui periode", "OPD DINSOS Pemda 3574",
                            "Kepala OPD");
                    assertThat(problem.properties()).containsEntry("permission", "APPROVE_PERIOD");
                });
    }

    @Test
    void keycloakRolesAndAnyCaseAreRead() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("a1b2")
                .claim("realm_access", Map.of("roles", List.of("kepala-bidang", "offline_access")))
                .claim("preferred_username", "kabid").build();
        SakipUser user = SakipUser.of(jwt.getClaims());
        assertThat(user.roles()).containsExactly(Role.KEPALA_BIDANG);
        assertThat(user.name()).isEqualTo("kabid");
    }
}
