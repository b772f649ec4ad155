package id.sakip.evaluation.security;

import id.sakip.testsupport.AuthorizationMatrix;
import id.sakip.testsupport.AuthorizationMatrix.Org;
import id.sakip.testsupport.AuthorizationMatrix.Probe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.SecurityMatrix.Relation;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every evaluation endpoint, for an evaluation of the user's own OPD, of another OPD and of
 * another Pemda: allowed or refused as docs/security.md's table says, a refusal changing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class AuthorizationMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRoleReachesExactlyWhatTheTableSays() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        var matrix = new AuthorizationMatrix(mvc, new Org("3574", "EVM-" + suffix, "REHSOS"), "LINJAMSOS",
                "EVO-" + suffix, "3575");
        Map<String, UUID> evaluations = new HashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (Relation relation : Relation.values()) {
            Org org = matrix.data(relation);
            String key = org.pemda() + "/" + org.opd();
            if (!evaluations.containsKey(key)) {
                String evaluator = TestTokens.user("penyiap").pemda(org.pemda()).roles("INSPEKTORAT").bearer();
                String created = mvc.perform(post("/api/v1/evaluations").header("Authorization", evaluator)
                                .contentType(MediaType.APPLICATION_JSON).content("{\"pemdaCode\":\"" + org.pemda()
                                        + "\",\"opdCode\":\"" + org.opd() + "\",\"year\":2024}"))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                evaluations.put(key, UUID.fromString(json.readTree(created).get("id").asString()));
            }
        }
        java.util.function.Function<Org, UUID> of = org -> evaluations.get(org.pemda() + "/" + org.opd());
        var probes = java.util.List.of(
                new Probe("list", "READ_OPD", org -> get("/api/v1/evaluations").param("pemdaCode", org.pemda())
                        .param("opdCode", org.opd())),
                new Probe("one", "READ_OPD", org -> get("/api/v1/evaluations/" + of.apply(org))),
                new Probe("history", "READ_OPD", org -> get("/api/v1/evaluations/" + of.apply(org) + "/history")),
                // the year is taken: an allowed opening answers 409, a refused one 403
                new Probe("open", "EVALUATE_SAKIP|SELF_ASSESS_SAKIP", org -> post("/api/v1/evaluations")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pemdaCode\":\"" + org.pemda()
                                + "\",\"opdCode\":\"" + org.opd() + "\",\"year\":2024}")),
                new Probe("self-assess", "SELF_ASSESS_SAKIP", org -> put("/api/v1/evaluations/" + of.apply(org)
                        + "/criteria/1.a.1/self-assessment").header("If-Match", "\"99\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"BB\"}")),
                new Probe("submit", "SELF_ASSESS_SAKIP", org -> post("/api/v1/evaluations/" + of.apply(org)
                        + "/submit").header("If-Match", "\"99\"")),
                new Probe("grade", "EVALUATE_SAKIP", org -> put("/api/v1/evaluations/" + of.apply(org)
                        + "/criteria/1.a.1/grade").header("If-Match", "\"99\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"BB\"}")),
                new Probe("complete", "EVALUATE_SAKIP", org -> post("/api/v1/evaluations/" + of.apply(org)
                        + "/complete").header("If-Match", "\"99\"")),
                new Probe("finalise", "EVALUATE_SAKIP", org -> post("/api/v1/evaluations/" + of.apply(org)
                        + "/finalise").header("If-Match", "\"99\"")),
                new Probe("metrics", "OPERATE_PLATFORM", org -> get("/actuator/prometheus")));

        assertThat(matrix.disagreements(probes, this::everything)).isEmpty();
    }

    @Test
    void aTokenThatIsMissingMalformedForeignExpiredOrNotForThePlatformIsRefusedWith401() throws Exception {
        DefaultToken.none();
        var matrix = new AuthorizationMatrix(mvc, new Org("3574", "DINSOS-PPPA", "REHSOS"), "X", "Y", "3575");
        String before = everything();
        assertThat(matrix.badTokenDisagreements(() -> post("/api/v1/evaluations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pemdaCode\":\"3574\",\"opdCode\":\"DINSOS-PPPA\",\"year\":2030}"))).isEmpty();
        assertThat(matrix.badTokenDisagreements(() -> get("/api/v1/evaluation-frameworks"))).isEmpty();
        assertThat(everything()).isEqualTo(before);
    }

    private String everything() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM evaluation) || '/' || (SELECT coalesce(sum(version), 0) FROM evaluation)
                    || '/' || (SELECT count(*) FROM evaluation_entry) || '/' || (SELECT count(*) FROM evaluation_audit)
                    || '/' || (SELECT count(*) FROM event_publication)""")
                .query(String.class).single();
    }
}
