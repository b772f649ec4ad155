package id.sakip.reporting.security;

import id.sakip.testsupport.AuthorizationMatrix;
import id.sakip.testsupport.AuthorizationMatrix.Org;
import id.sakip.testsupport.AuthorizationMatrix.Probe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every role against every kind of report, for the user's own OPD, another OPD and another Pemda: allowed or
 * refused as docs/security.md's table says. Reporting answers for an OPD it knows nothing of too (an empty report
 * or 404), so no data is needed to tell a refusal from an answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@Import(DefaultToken.class)
class AuthorizationMatrixTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyRoleReachesExactlyWhatTheTableSays() throws Exception {
        DefaultToken.none();
        var matrix = new AuthorizationMatrix(mvc, new Org("3574", "MTX-OPD", "REHSOS"), "LINJAMSOS", "MTX-LAIN",
                "3575");
        List<Probe> probes = List.of(
                new Probe("Pelaporan Kinerja", "READ_OPD", org -> get("/api/v1/reports/pelaporan-kinerja")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("LKjIP", "READ_OPD", org -> get("/api/v1/reports/lkjip").param("pemdaCode", org.pemda())
                        .param("opdCode", org.opd()).param("year", "2024").param("format", "json")),
                new Probe("LKjIP checklist", "READ_OPD", org -> get("/api/v1/reports/lkjip/checklist")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("capaian per sasaran", "READ_OPD", org -> get("/api/v1/reports/capaian-sasaran")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("Evaluasi Renja", "READ_OPD", org -> get("/api/v1/reports/evaluasi-renja")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("Perjanjian Kinerja PDF", "READ_OPD", org -> get("/api/v1/reports/perjanjian-kinerja")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("the city", "READ_CITY",
                        org -> get("/api/v1/reports/city").param("pemdaCode", org.pemda()).param("year", "2024")),
                new Probe("the city's tables", "READ_CITY", org -> get("/api/v1/reports/city/tables")
                        .param("pemdaCode", org.pemda()).param("year", "2024")));

        // every report is a read: the projection may take in other tests' events meanwhile, which is no change
        assertThat(matrix.disagreements(probes, () -> "")).isEmpty();
    }

    /**
     * The rebuild is the platform operators' alone (ProjectionTest rebuilds as one); every other role is refused
     * before anything is stopped or emptied.
     */
    @Test
    void onlyAPlatformOperatorRebuilds() throws Exception {
        DefaultToken.none();
        var matrix = new AuthorizationMatrix(mvc, new Org("3574", "MTX-OPD", "REHSOS"), "X", "Y", "3575");
        for (String role : id.sakip.testsupport.SecurityMatrix.load().roles()) {
            if (!role.equals("PLATFORM_OPERATOR")) {
                mvc.perform(post("/api/v1/admin/read-models/rebuild").header("Authorization",
                                matrix.user(role).bearer()))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                                .isForbidden());
            }
        }
    }

    @Test
    void aTokenThatIsMissingMalformedForeignExpiredOrNotForThePlatformIsRefusedWith401() throws Exception {
        DefaultToken.none();
        var matrix = new AuthorizationMatrix(mvc, new Org("3574", "MTX-OPD", "REHSOS"), "X", "Y", "3575");
        assertThat(matrix.badTokenDisagreements(() -> get("/api/v1/reports/city").param("pemdaCode", "3574")
                .param("year", "2024"))).isEmpty();
        assertThat(matrix.badTokenDisagreements(() -> post("/api/v1/admin/read-models/rebuild"))).isEmpty();
    }
}
