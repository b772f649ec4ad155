package id.sakip.budget;

import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.OrgRef;
import id.sakip.events.PlanNodeChanged;
import id.sakip.events.Topics;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import id.sakip.testsupport.RealKafka;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The budget API against the real PostgreSQL and Kafka broker, one Spring context for every test class that extends
 * it. The program tree reaches budget only as planning's PlanNodeChanged events; each test works in an OPD of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
public abstract class BudgetApiTestBase {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;

    protected final KafkaProbe kafka = new KafkaProbe(RealKafka.get().bootstrapServers());
    protected final JsonMapper json = JsonMapper.builder().build();
    protected final String opd = "BGT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    /** The OPD's finance officer keeps its budget. */
    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(TestTokens.user("keuangan").name("Keuangan Uji").opd("3574", opd).roles("KEUANGAN"));
    }

    /** Publishes the nodes (kind, code, name) as planning would and waits until budget holds the last one. */
    protected void planTree(String... kindCodeName) {
        planTree(new OrgRef("3574", opd, null), kindCodeName);
    }

    /** The same for the tree of any OPD. */
    protected void planTree(OrgRef org, String... kindCodeName) {
        UUID last = null;
        for (int i = 0; i < kindCodeName.length; i += 3) {
            last = UUID.randomUUID();
            var event = new PlanNodeChanged(UUID.randomUUID(), Instant.now(), 1, last, org,
                    kindCodeName[i], null, null, kindCodeName[i + 1], null, kindCodeName[i + 2], List.of(),
                    "perencana");
            kafka.send(Topics.PLANNING_PLAN_NODE, last.toString(), EventCodec.write(event), Map.of(
                    CloudEventHeaders.TYPE, EventType.PLAN_NODE_CHANGED.ceType(),
                    CloudEventHeaders.ID, event.eventId().toString()));
        }
        UUID awaited = last;
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM plan_node WHERE node_id = ?")
                .param(awaited).query(Long.class).single() == 1);
    }

    /** The seed's Program Pemberdayaan Sosial and Program Rehabilitasi Sosial (codes assigned by us). */
    protected void seedTree() {
        planTree("PROGRAM", "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL",
                "KEGIATAN", "1.06.02.2.03", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/ Kota",
                "SUB_KEGIATAN", "1.06.02.2.03.0001", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat",
                "SUB_KEGIATAN", "1.06.02.2.03.0002", "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial",
                "SUB_KEGIATAN", "1.06.02.2.03.0004", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan",
                "SUB_KEGIATAN", "1.06.02.2.03.0005", "Peningkatan Kemampuan SDM dan Penguatan LK3",
                "PROGRAM", "1.06.04", "PROGRAM REHABILITASI SOSIAL",
                "KEGIATAN", "1.06.04.2.01", "Rehabilitasi Sosial Dasar ... di Luar Panti Sosial",
                "SUB_KEGIATAN", "1.06.04.2.01.0001", "Penyediaan Permakanan");
    }

    protected ResultActions create(String code, String name, String pagu) throws Exception {
        return mvc.perform(post("/api/v1/budget/lines")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"3574","opdCode":"%s","year":2024,"code":"%s",%s"paguVersion":"MURNI",
                         "pagu":%s}""".formatted(opd, code, name == null ? "" : "\"name\":\"" + name + "\",", pagu)));
    }

    protected String line(String code, String name, String pagu) throws Exception {
        return body(create(code, name, pagu)).get("id").asString();
    }

    /** Spends on the version the line has now, as a user who has just read it. */
    protected ResultActions spend(String id, int quarter, String amount) throws Exception {
        Long version = mvc.perform(get("/api/v1/budget/lines/" + id)).andReturn().getResponse().getStatus() == 200
                ? read("/api/v1/budget/lines/" + id).get("version").asLong() : 1L;
        return spend(id, quarter, "{\"amount\":" + amount + "}", version);
    }

    /** Spends with {@code body} on {@code version} (If-Match), or without If-Match when it is null. */
    protected ResultActions spend(String id, int quarter, String body, Long version) throws Exception {
        var request = put("/api/v1/budget/lines/" + id + "/realizations/" + quarter)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return mvc.perform(request);
    }

    protected JsonNode read(String path) throws Exception {
        return body(mvc.perform(get(path)));
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** Everything budget writes, with the sums of money, so a refused request that changed anything shows. */
    protected String state() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM budget_line) || '/' || (SELECT count(*) FROM budget_pagu) || '/'
                    || (SELECT count(*) FROM budget_realization) || '/' || (SELECT count(*) FROM budget_spending_change)
                    || '/' || (SELECT count(*) FROM event_publication)
                    || '/' || (SELECT coalesce(sum(amount), 0) FROM budget_realization) || '/'
                    || (SELECT coalesce(sum(pagu), 0) || '/' || coalesce(sum(version), 0) FROM budget_line)""")
                .query(String.class).single();
    }
}
