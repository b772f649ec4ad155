package id.sakip.evaluation.recommendation;

import id.sakip.evaluation.EvaluationFixture;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.RecommendationStatusChanged;
import id.sakip.events.Topics;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed's recommendations, one per area, written by the Inspektorat with the result; followed up by the OPD for a
 * quarter once the evaluation is final, one closed; overdue ones listed for the OPD and the city.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class RecommendationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String opd = "REC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    void writtenWithTheResultFollowedUpEachQuarterAndClosedWithANote() throws Exception {
        DefaultToken.use(TestTokens.user("uji").opd("3574", opd).roles("PERENCANA"));
        EvaluationFixture evaluation = new EvaluationFixture(mvc, "3574", opd).opened("3574", opd, 2024);
        String seed = "{\"area\":\"PENGUKURAN\",\"text\":\"Melakukan pemantauan tindaklanjut terhadap rekomendasi "
                + "hasil evaluasi per triwulan.\",\"owner\":\"Sekretariat\",\"dueDate\":\"2025-03-31\"}";
        // not before the self-assessment is submitted
        write(evaluation, seed).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));
        evaluation.selfAssessed("BB");

        String id = body(write(evaluation, seed).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.areaName").value("Pengukuran Kinerja"))
                .andExpect(jsonPath("$.overdue").value(true))).get("id").asString();
        String capaian = body(write(evaluation, "{\"area\":\"CAPAIAN\",\"text\":\"Capaian kinerja yang diperoleh harus "
                + "lebih ditingkatkan\",\"owner\":\"Kepala Dinas\",\"dueDate\":\"2030-12-31\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaName").value("Capaian Kinerja"))
                .andExpect(jsonPath("$.overdue").value(false))).get("id").asString();

        // without owner or due date, in no area of the framework: refused, nothing stored
        long before = rows();
        write(evaluation, "{\"area\":\"PELAPORAN\",\"text\":\"Kabid memantau\",\"dueDate\":\"2025-06-30\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.owner").exists());
        write(evaluation, "{\"area\":\"PELAPORAN\",\"text\":\"Kabid memantau\",\"owner\":\"Kabid\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.dueDate").exists());
        write(evaluation, "{\"area\":\"SDM\",\"text\":\"Kabid memantau\",\"owner\":\"Kabid\",\"dueDate\":\"2025-06-30\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-area"))
                .andExpect(jsonPath("$.errors.area").exists());
        assertThat(rows()).isEqualTo(before);

        // followed up once the result is final
        followUp(id, evaluation.perencana, "{\"quarter\":\"2025Q1\",\"note\":\"Rapat pemantauan\"}", 1)
                .andExpect(status().isConflict());
        evaluation.evaluated(c -> "BB").finalised();
        followUp(id, evaluation.inspektorat, "{\"quarter\":\"2025Q1\",\"note\":\"Rapat pemantauan\"}", 1)
                .andExpect(status().isForbidden());
        followUp(id, evaluation.perencana, "{\"quarter\":\"2025Q1\",\"done\":true}", 1)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.note").exists());
        followUp(id, evaluation.perencana, "{\"quarter\":\"2025-1\",\"note\":\"x\"}", 1)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.quarter").exists());
        followUp(id, evaluation.perencana, "{\"quarter\":\"2025Q1\",\"note\":\"Rapat pemantauan TW I\","
                + "\"evidence\":\"Notulen 12 April 2025\"}", 1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.followUps[0].evidence").value("Notulen 12 April 2025"));
        followUp(id, evaluation.perencana, "{\"quarter\":\"2025Q2\",\"note\":\"x\"}", 1)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));

        // overdue while open, for the OPD and for the city
        mvc.perform(get("/api/v1/recommendations").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("overdue", "true").header("Authorization", evaluation.kadis.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/recommendations").param("pemdaCode", "3574").param("overdue", "true")
                        .header("Authorization", evaluation.inspektorat.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
        mvc.perform(get("/api/v1/recommendations").param("pemdaCode", "3574")
                        .header("Authorization", evaluation.kadis.bearer()))
                .andExpect(status().isForbidden());

        followUp(id, evaluation.perencana, "{\"quarter\":\"2025Q2\",\"note\":\"Pemantauan triwulanan berjalan; "
                + "ditetapkan dalam SOP\",\"done\":true}", 2)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.closedBy").value("perencana." + opd.toLowerCase(Locale.ROOT)));
        followUp(id, evaluation.perencana, "{\"quarter\":\"2025Q3\",\"note\":\"lagi\"}", 3)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));
        mvc.perform(get("/api/v1/recommendations").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("open", "true").header("Authorization", evaluation.kadis.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(capaian));

        RecommendationStatusChanged closed = new KafkaProbe(RealKafka.get().bootstrapServers())
                .readUntil(Topics.EVALUATION_EVALUATION, Duration.ofSeconds(30), r -> closed(r.value(), id))
                .stream().filter(r -> closed(r.value(), id))
                .map(r -> (RecommendationStatusChanged) EventCodec.read(EventType.RECOMMENDATION_STATUS_CHANGED,
                        r.value())).findFirst().orElseThrow();
        assertThat(closed.followUps()).isEqualTo(2);
        assertThat(closed.lastFollowUpQuarter()).isEqualTo("2025Q2");
        assertThat(closed.owner()).isEqualTo("Sekretariat");
    }

    private static boolean closed(byte[] value, String id) {
        try {
            var event = EventCodec.read(EventType.RECOMMENDATION_STATUS_CHANGED, value);
            return event instanceof RecommendationStatusChanged r && r.recommendationId().toString().equals(id)
                    && "CLOSED".equals(r.status());
        } catch (RuntimeException anotherType) {
            return false;
        }
    }

    private ResultActions write(EvaluationFixture evaluation, String body) throws Exception {
        return mvc.perform(post("/api/v1/evaluations/" + evaluation.id + "/recommendations")
                .header("Authorization", evaluation.inspektorat.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions followUp(String id, TestTokens.Token by, String body, long version) throws Exception {
        return mvc.perform(post("/api/v1/recommendations/" + id + "/follow-ups").header("Authorization", by.bearer())
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private tools.jackson.databind.JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long rows() {
        return jdbc.sql("SELECT (SELECT count(*) FROM recommendation) + (SELECT count(*) FROM "
                + "recommendation_follow_up) + (SELECT count(*) FROM event_publication)").query(Long.class).single();
    }
}
