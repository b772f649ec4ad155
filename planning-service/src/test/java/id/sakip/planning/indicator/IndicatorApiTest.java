package id.sakip.planning.indicator;

import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.Topics;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import id.sakip.testsupport.RealKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTracing
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class IndicatorApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void registeredOrganisation() throws Exception {
        DefaultToken.use(id.sakip.planning.PlanningApiTestBase.planner("3574", "DINSOS-PPPA"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/organisations/3574").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Kota Probolinggo\"}"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/organisations/3574/opd/DINSOS-PPPA").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Dinas Sosial PPPA\"}"));
    }

    @Test
    void aDefinedIndicatorIsStoredAndPublishedWithCloudEventsHeaders() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", TestTokens.user("perencana.dinsos").opd("3574", "DINSOS-PPPA")
                                .roles("PERENCANA").bearer())
                        .content("""
                                {"pemdaCode":"3574","opdCode":"DINSOS-PPPA","name":"Persentase PMKS (Penurunan)",
                                 "unit":"%","polarity":"DECREASING",
                                 "targets":[{"year":2024,"value":33},{"year":2023,"value":33.5},{"year":2019,"value":null}]}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy").value("perencana.dinsos"))
                .andExpect(jsonPath("$.targets[0].year").value(2019))
                .andReturn();
        String id = JSON.readTree(result.getResponse().getContentAsString()).get("id").asString();

        mvc.perform(get("/api/v1/indicators/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.polarity").value("DECREASING"))
                .andExpect(jsonPath("$.targets[2].value").value(33));

        List<ConsumerRecord<String, byte[]>> records = new KafkaProbe(RealKafka.get().bootstrapServers())
                .readUntil(Topics.PLANNING_INDICATOR, Duration.ofSeconds(30), r -> id.equals(r.key()));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + id));
        IndicatorDefined event = (IndicatorDefined) EventCodec.read(EventType.INDICATOR_DEFINED, record.value());
        assertThat(event.indicatorId()).isEqualTo(UUID.fromString(id));
        assertThat(event.targets()).hasSize(3);
        assertThat(event.definedBy()).isEqualTo("perencana.dinsos");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("sakip.planning.IndicatorDefined.v1");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/sakip/planning-service");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(KafkaProbe.header(record, CloudEventHeaders.TIME)).isEqualTo(event.occurredAt().toString());
        // the send runs after commit on the outbox's thread, so it starts a trace of its own (see docs/operations.md)
        assertThat(KafkaProbe.header(record, "traceparent")).as("trace context in the record")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    /**
     * What an indicator states instead of having it guessed: its own decreasing formula, set at definition or
     * revised with a reason (audited, If-Match required, published); whether it may be negative or is a percentage,
     * with the name's and unit's suggestion only as the default.
     */
    @Test
    void anIndicatorStatesItsFormulaAndKindOfNumberAndAFormulaChangeIsAudited() throws Exception {
        String own = JSON.readTree(mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"pemdaCode":"3574","opdCode":"DINSOS-PPPA","name":"Jumlah kasus kekerasan","unit":"kasus",
                                 "polarity":"DECREASING","decreasingFormula":"T_OVER_R","targets":[{"year":2024,"value":8}]}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decreasingFormula").value("T_OVER_R"))
                .andExpect(jsonPath("$.negativeAllowed").value(false))
                .andExpect(jsonPath("$.percentage").value(false))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        // the defaults a name and unit suggest, and a stated value that overrides them
        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"3574","opdCode":"DINSOS-PPPA","name":"Laju pertumbuhan ekonomi","unit":"%",
                         "polarity":"INCREASING"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.negativeAllowed").value(true))
                .andExpect(jsonPath("$.percentage").value(true))
                .andExpect(jsonPath("$.decreasingFormula").doesNotExist());
        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"3574","opdCode":"DINSOS-PPPA","name":"Laju pertumbuhan penduduk miskin","unit":"%",
                         "polarity":"DECREASING","negativeAllowed":false,"percentage":false}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.negativeAllowed").value(false))
                .andExpect(jsonPath("$.percentage").value(false));
        long before = count();
        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"3574","opdCode":"DINSOS-PPPA","name":"Persentase PMKS","unit":"%",
                         "polarity":"INCREASING","decreasingFormula":"T_OVER_R"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.decreasingFormula").exists());
        assertThat(count()).isEqualTo(before);

        String path = "/api/v1/indicators/" + own + "/decreasing-formula";
        String back = "{\"decreasingFormula\":null,\"reason\":\"Mengikuti aturan Pemda 2025\"}";
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(back))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"")
                        .content("{\"decreasingFormula\":null,\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"").content(back))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.decreasingFormula").doesNotExist());
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"").content(back))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/indicators/" + own + "/rule-audit")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rule").value("DECREASING_FORMULA"))
                .andExpect(jsonPath("$[0].oldValue").value("T_OVER_R"))
                .andExpect(jsonPath("$[0].newValue").doesNotExist())
                .andExpect(jsonPath("$[0].reason").value("Mengikuti aturan Pemda 2025"));

        List<IndicatorDefined> published = new KafkaProbe(RealKafka.get().bootstrapServers())
                .readUntil(Topics.PLANNING_INDICATOR, Duration.ofSeconds(30), r -> own.equals(r.key())
                        && ((IndicatorDefined) EventCodec.read(EventType.INDICATOR_DEFINED, r.value()))
                        .aggregateVersion() == 2).stream().filter(r -> own.equals(r.key()))
                .map(r -> (IndicatorDefined) EventCodec.read(EventType.INDICATOR_DEFINED, r.value())).toList();
        assertThat(published).extracting(IndicatorDefined::decreasingFormula)
                .containsExactly(id.sakip.events.DecreasingFormula.T_OVER_R, null);
        assertThat(published).extracting(IndicatorDefined::negativeAllowed).containsOnly(false);
    }

    @Test
    void badInputIsAProblemWithFieldErrorsAndStoresNothing() throws Exception {
        long before = count();

        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"Probolinggo","opdCode":"dinsos","name":"","unit":"%",
                         "targets":[{"year":2024,"value":1},{"year":2024,"value":2}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:validation"))
                .andExpect(jsonPath("$.errors.pemdaCode").exists())
                .andExpect(jsonPath("$.errors.opdCode").exists())
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.polarity").exists())
                .andExpect(jsonPath("$.errors.targetYearsUnique").value("setiap tahun hanya boleh punya satu target"));

        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"polarity\": \"SIDEWAYS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:malformed-request"));

        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:malformed-request"));

        mvc.perform(get("/api/v1/indicators/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:indicator-not-found"));

        // an OPD or a bidang that was never registered
        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", id.sakip.planning.PlanningApiTestBase.planner("3574", "TIDAK-ADA")
                                .bearer()).content("""
                        {"pemdaCode":"3574","opdCode":"TIDAK-ADA","name":"x","unit":"%","polarity":"INCREASING",
                         "targets":[{"year":2024,"value":1}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-opd"))
                .andExpect(jsonPath("$.errors.opdCode").exists());
        mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"3574","opdCode":"DINSOS-PPPA","bidangCode":"TIDAK-ADA","name":"x","unit":"%",
                         "polarity":"INCREASING","targets":[{"year":2024,"value":1}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-bidang"));

        mvc.perform(get("/api/v1/indicators/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:validation"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theOpenApiDescriptionProbesAndMetricsAreServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/indicators']").exists());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        String platformOperator = TestTokens.user("operator.platform").roles("PLATFORM_OPERATOR").bearer();
        mvc.perform(get("/actuator/prometheus").header("Authorization", platformOperator)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
        // metrics are the platform operators': a planner is refused, an anonymous caller asked to sign in
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
        DefaultToken.none();
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unauthenticated"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").header("Authorization", platformOperator)).andExpect(status().isNotFound());
    }

    @Test
    void theFrameworksOwnErrorsAreProblemsWithStableTypesInIndonesian() throws Exception {
        mvc.perform(get("/api/v1/tidak-ada"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/indicators"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:method-not-allowed"));
        mvc.perform(post("/api/v1/indicators").contentType(MediaType.TEXT_PLAIN).content("nama"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unsupported-media-type"));
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM indicator").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single();
    }
}
