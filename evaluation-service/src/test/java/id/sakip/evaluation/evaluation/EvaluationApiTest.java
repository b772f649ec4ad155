package id.sakip.evaluation.evaluation;

import id.sakip.events.EvaluationFinalised;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.Topics;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An evaluation from its opening to its finalisation on the real PostgreSQL and Kafka broker: the OPD answers
 * every criterion and submits, the Inspektorat grades, completes and finalises; every step out of order, every
 * grade off the scale and every stale version is refused and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class EvaluationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final KafkaProbe kafka = new KafkaProbe(RealKafka.get().bootstrapServers());
    private final String opd = "EVL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final TestTokens.Token perencana = TestTokens.user("perencana.evl").opd("3574", opd).roles("PERENCANA");
    private final TestTokens.Token kadis = TestTokens.user("kadis.evl").opd("3574", opd).roles("KEPALA_OPD");
    private final TestTokens.Token inspektorat = TestTokens.user("inspektorat.evl").pemda("3574")
            .roles("INSPEKTORAT");

    @BeforeEach
    void signedIn() {
        DefaultToken.use(perencana);
    }

    @Test
    void theOpdAnswersTheInspektoratGradesAndTheFinalScoreIsPublished() throws Exception {
        JsonNode opened = body(mvc.perform(post("/api/v1/evaluations").header("Authorization", perencana.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pemdaCode\":\"3574\",\"opdCode\":\"" + opd + "\",\"year\":2024}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.frameworkCode").value("PERMENPANRB-88-2021"))
                .andExpect(jsonPath("$.components.length()").value(4)));
        String id = opened.get("id").asString();
        List<String> criteria = new ArrayList<>();
        opened.get("components").forEach(c -> c.get("subComponents").forEach(s -> s.get("criteria")
                .forEach(k -> criteria.add(k.get("code").asString()))));
        assertThat(criteria).hasSize(80);
        mvc.perform(post("/api/v1/evaluations").header("Authorization", inspektorat.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pemdaCode\":\"3574\",\"opdCode\":\"" + opd + "\",\"year\":2024}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:evaluation-exists"));

        // the OPD's answers: each guarded by the version read; off the scale or of no criterion, nothing changes
        long version = 1;
        selfAssess(id, "1.a.1", "{\"grade\":\"BB\",\"note\":\"Perwali pedoman\"}", null)
                .andExpect(status().isPreconditionRequired());
        selfAssess(id, "1.a.1", "{\"grade\":\"X\"}", version).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-grade"))
                .andExpect(jsonPath("$.errors.grade").exists());
        selfAssess(id, "9.z.9", "{\"grade\":\"BB\"}", version).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:criterion-not-found"));
        selfAssess(id, "1.a.1", "{\"note\":\"tanpa nilai\"}", version).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.grade").exists());
        assertThat(entries(id)).isZero();
        version = version(selfAssess(id, "1.a.1", "{\"grade\":\"BB\",\"note\":\"Perwali pedoman\","
                + "\"evidence\":\"Perwali 12/2023\"}", version).andExpect(status().isOk())
                .andExpect(jsonPath("$.components[0].subComponents[0].criteria[0].selfGrade").value("BB"))
                .andExpect(jsonPath("$.components[0].subComponents[0].criteria[0].selfEvidence")
                        .value("Perwali 12/2023")));
        selfAssess(id, "1.a.2", "{\"grade\":\"BB\"}", version - 1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));

        // not every criterion answered: the submission names each one missing
        mvc.perform(post("/api/v1/evaluations/" + id + "/submit").header("Authorization", kadis.bearer())
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:self-assessment-incomplete"))
                .andExpect(jsonPath("$.errors['criteria.4.c.5']").value("belum dinilai mandiri"));
        for (String criterion : criteria.subList(1, criteria.size())) {
            version = version(selfAssess(id, criterion, "{\"grade\":\"BB\"}", version).andExpect(status().isOk()));
        }
        version = version(mvc.perform(post("/api/v1/evaluations/" + id + "/submit")
                        .header("Authorization", kadis.bearer()).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SELF_ASSESSED"))
                .andExpect(jsonPath("$.steps.selfAssessed.by").value("kadis.evl"))
                .andExpect(jsonPath("$.selfScore.total").value(80.00))
                .andExpect(jsonPath("$.selfScore.predikat").value("BB")));
        selfAssess(id, "1.a.1", "{\"grade\":\"A\"}", version).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));

        // the evaluator is not the OPD, nor the one who submitted
        grade(id, "1.a.1", "{\"grade\":\"AA\"}", version, perencana).andExpect(status().isForbidden());
        TestTokens.Token submitterAsEvaluator = TestTokens.user("kadis.evl").pemda("3574").roles("INSPEKTORAT");
        grade(id, "1.a.1", "{\"grade\":\"AA\"}", version, submitterAsEvaluator).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:same-person"));
        mvc.perform(post("/api/v1/evaluations/" + id + "/complete").header("Authorization", inspektorat.bearer())
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:evaluation-incomplete"));
        // every criterion BB but one AA in 1.a: 80 - 4.80 + (100 + 6 x 80) / 7 x 6 / 100 = 80.171... = 80.17, A
        for (String criterion : criteria) {
            version = version(grade(id, criterion, "{\"grade\":\"" + ("1.a.1".equals(criterion) ? "AA" : "BB")
                    + "\",\"note\":\"sesuai bukti\"}", version, inspektorat).andExpect(status().isOk()));
        }
        mvc.perform(post("/api/v1/evaluations/" + id + "/complete").header("Authorization",
                        submitterAsEvaluator.bearer()).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:same-person"));
        version = version(mvc.perform(post("/api/v1/evaluations/" + id + "/complete")
                        .header("Authorization", inspektorat.bearer()).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("EVALUATED"))
                .andExpect(jsonPath("$.score.total").value(80.17))
                .andExpect(jsonPath("$.score.predikat").value("A"))
                .andExpect(jsonPath("$.score.components[0].score").value(24.17)));
        mvc.perform(post("/api/v1/evaluations/" + id + "/finalise").header("Authorization", inspektorat.bearer())
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FINAL"))
                .andExpect(jsonPath("$.steps.finalised.by").value("inspektorat.evl"));
        grade(id, "1.a.1", "{\"grade\":\"BB\"}", version + 1, inspektorat).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));

        EvaluationFinalised finalised = kafka.readUntil(Topics.EVALUATION_EVALUATION, Duration.ofSeconds(30),
                        r -> id.equals(r.key())).stream().filter(r -> id.equals(r.key()))
                .map(r -> (EvaluationFinalised) EventCodec.read(EventType.EVALUATION_FINALISED, r.value()))
                .findFirst().orElseThrow();
        assertThat(finalised.score()).isEqualByComparingTo("80.17");
        assertThat(finalised.predikat()).isEqualTo("A");
        assertThat(finalised.predikatMeaning()).isEqualTo("Memuaskan");
        assertThat(finalised.components()).extracting(c -> c.score().toPlainString())
                .containsExactly("24.17", "24.00", "12.00", "20.00");
        assertThat(finalised.org().opdCode()).isEqualTo(opd);

        JsonNode history = body(mvc.perform(get("/api/v1/evaluations/" + id + "/history")
                .header("Authorization", kadis.bearer())).andExpect(status().isOk()));
        List<String> actions = new ArrayList<>();
        history.forEach(h -> actions.add(h.get("action").asString()));
        assertThat(actions).startsWith("OPENED", "SELF_ASSESSED_CRITERION").contains("SELF_ASSESSMENT_SUBMITTED",
                "GRADED_CRITERION", "EVALUATED").endsWith("FINALISED");
        mvc.perform(get("/api/v1/evaluations").param("pemdaCode", "3574").param("opdCode", opd)
                        .header("Authorization", inspektorat.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].predikat").value("A"))
                .andExpect(jsonPath("$[0].score").value(80.17));
    }

    @Test
    void anotherFrameworkVersionIsChosenByItsCodeAndAnUnknownOneIsRefused() throws Exception {
        mvc.perform(post("/api/v1/evaluations").header("Authorization", inspektorat.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pemdaCode\":\"3574\",\"opdCode\":\"" + opd
                                + "\",\"year\":2015,\"frameworkCode\":\"PERMENPANRB-12-2015-UJI\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.components.length()").value(5))
                .andExpect(jsonPath("$.components[4].name").value("Capaian Kinerja"))
                .andExpect(jsonPath("$.score.criteria").value(7));
        mvc.perform(post("/api/v1/evaluations").header("Authorization", inspektorat.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pemdaCode\":\"3574\",\"opdCode\":\"" + opd
                                + "\",\"year\":2016,\"frameworkCode\":\"LKE-KARANGAN\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-framework"))
                .andExpect(jsonPath("$.errors.frameworkCode").exists());
        // another OPD's operator cannot open this OPD's evaluation
        mvc.perform(post("/api/v1/evaluations").header("Authorization", TestTokens.user("lain").opd("3574", "LAIN")
                                .roles("PERENCANA").bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pemdaCode\":\"3574\",\"opdCode\":\"" + opd + "\",\"year\":2017}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation WHERE opd_code = ?").param(opd).query(Long.class)
                .single()).isEqualTo(1);
        mvc.perform(get("/api/v1/evaluation-frameworks").header("Authorization", kadis.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'PERMENPANRB-88-2021')].criteria").value(80));
    }

    private ResultActions selfAssess(String id, String criterion, String body, Long version) throws Exception {
        var request = put("/api/v1/evaluations/" + id + "/criteria/" + criterion + "/self-assessment")
                .header("Authorization", perencana.bearer()).contentType(MediaType.APPLICATION_JSON).content(body);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return mvc.perform(request);
    }

    private ResultActions grade(String id, String criterion, String body, long version, TestTokens.Token by)
            throws Exception {
        return mvc.perform(put("/api/v1/evaluations/" + id + "/criteria/" + criterion + "/grade")
                .header("Authorization", by.bearer()).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long version(ResultActions result) throws Exception {
        return body(result).get("version").asLong();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long entries(String id) {
        return jdbc.sql("SELECT count(*) FROM evaluation_entry WHERE evaluation_id = ?::uuid").param(id)
                .query(Long.class).single();
    }
}
