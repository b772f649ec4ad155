package id.sakip.measurement;

import id.sakip.events.Aggregation;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.QuarterTargetsSet;
import id.sakip.events.SakipEvent;
import id.sakip.events.TargetType;
import id.sakip.events.Topics;
import id.sakip.events.YearTarget;
import id.sakip.measurement.catalog.IndicatorCatalog;
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
 * The measurement API against the real PostgreSQL and Kafka broker, one Spring context for every test class that
 * extends it. Indicators and quarter targets reach the service only as planning's events on the broker; each test
 * works in an OPD of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
public abstract class MeasurementApiTestBase {

    protected static final String PEMDA = "3574";
    protected static final List<String> KLA_SCALE = List.of("Pratama", "Madya", "Nindya", "Utama", "KLA");

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected IndicatorCatalog catalog;

    protected final KafkaProbe kafka = new KafkaProbe(RealKafka.get().bootstrapServers());
    protected final JsonMapper json = JsonMapper.builder().build();

    private static String currentOpd;

    /** A new OPD for the test; from now on requests go as its operator.uji unless they name another user. */
    protected static String newOpd() {
        currentOpd = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        DefaultToken.use(worker("operator.uji", currentOpd));
        return currentOpd;
    }

    /**
     * A user of the OPD (any bidang) holding every role of the workflow, so that these tests follow the states and
     * the four eyes, which compare subjects; AuthorizationMatrixTest holds each role to its own acts.
     */
    protected static TestTokens.Token worker(String subject, String opd) {
        return TestTokens.user(subject).name(subject).opd(PEMDA, opd)
                .roles("OPERATOR", "KEPALA_BIDANG", "KEPALA_OPD", "ADMIN_PEMDA");
    }

    /** Publishes the indicator as planning would and waits until measurement holds it. */
    protected UUID defineIndicator(String opd, String name, String unit, Polarity polarity, Aggregation aggregation,
            List<YearTarget> targets) {
        return defineIndicator(new OrgRef(PEMDA, opd, null), name, unit, polarity, aggregation, targets);
    }

    /** The same for an indicator of any organisation (another Pemda, a bidang). */
    protected UUID defineIndicator(OrgRef org, String name, String unit, Polarity polarity, Aggregation aggregation,
            List<YearTarget> targets) {
        UUID id = UUID.randomUUID();
        boolean ordinal = polarity == Polarity.ORDINAL;
        var event = new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, id, org, name,
                unit, polarity, targets, "perencana.uji", ordinal ? TargetType.CATEGORY : TargetType.NUMBER,
                aggregation, ordinal ? KLA_SCALE : List.of(), null);
        send(Topics.PLANNING_INDICATOR, id.toString(), EventType.INDICATOR_DEFINED, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.find(id).isPresent());
        return id;
    }

    protected void publishQuarterTargets(QuarterTargetsSet event) {
        send(Topics.PLANNING_RENCANA_AKSI, event.aggregateId(), EventType.QUARTER_TARGETS_SET, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM processed_event WHERE event_id = ?").param(event.eventId())
                .query(Long.class).single() == 1);
    }

    private void send(String topic, String key, EventType type, SakipEvent event) {
        kafka.send(topic, key, EventCodec.write(event), Map.of(CloudEventHeaders.TYPE, type.ceType(),
                CloudEventHeaders.ID, event.eventId().toString()));
    }

    protected ResultActions record(String body) throws Exception {
        return mvc.perform(post("/api/v1/realizations")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions record(UUID indicator, String period, String value) throws Exception {
        return record("{\"indicatorId\":\"" + indicator + "\",\"period\":\"" + period + "\",\"value\":" + value + "}");
    }

    /** Records and returns the new realisation. */
    protected JsonNode recorded(UUID indicator, String period, String value) throws Exception {
        return body(record(indicator, period, value));
    }

    protected ResultActions act(UUID realization, String action, String user, long version, String body)
            throws Exception {
        return mvc.perform(post("/api/v1/realizations/" + realization + "/" + action)
                .header("Authorization", worker(user, currentOpd).bearer())
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions change(UUID realization, Long version, String body) throws Exception {
        var request = put("/api/v1/realizations/" + realization)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return mvc.perform(request);
    }

    protected ResultActions period(String opd, String period, String action, String user, String body)
            throws Exception {
        String path = "/api/v1/realization-periods/" + PEMDA + "/" + opd + "/" + period;
        if (action == null) {
            return mvc.perform(get(path));
        }
        return mvc.perform(post(path + "/" + action).header("Authorization", worker(user, opd).bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected JsonNode read(String path) throws Exception {
        return body(mvc.perform(get(path)));
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    protected static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    /** Everything measurement writes: realisations, their audit, locks, evidence, SPM and the outbox. */
    protected long rows() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM realization) + (SELECT count(*) FROM realization_audit)
                     + (SELECT count(*) FROM period_lock) + (SELECT count(*) FROM period_lock_audit)
                     + (SELECT count(*) FROM evidence) + (SELECT count(*) FROM spm_group)
                     + (SELECT count(*) FROM spm_audit) + (SELECT coalesce(sum(version), 0) FROM spm_service)
                     + (SELECT count(*) FROM event_publication)""").query(Long.class).single();
    }

    /** A fingerprint of every realisation's state, to show a refused request changed nothing. */
    protected String state() {
        return jdbc.sql("SELECT coalesce(string_agg(id || ':' || version || ':' || status, ',' ORDER BY id), '') "
                + "FROM realization").query(String.class).single();
    }
}
