package id.sakip.measurement.realization;

import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.Topics;
import id.sakip.events.YearTarget;
import id.sakip.measurement.catalog.IndicatorCatalog;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import id.sakip.testsupport.RealKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Realisations against indicators that measurement learnt only from planning's events on the real broker. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class RealizationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorCatalog catalog;

    private final KafkaProbe kafka = new KafkaProbe(RealKafka.get().bootstrapServers());

    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(TestTokens.user("operator.uji").opd("3574", "DINSOS-PPPA").roles("OPERATOR"));
    }

    @Test
    void capaianOfBothPolaritiesFromTheSeed() throws Exception {
        UUID iku = defineIndicator(Polarity.INCREASING, "90");
        UUID pmks = defineIndicator(Polarity.DECREASING, "33");

        record(iku, "2024", "97.64").andExpect(status().isCreated())
                .andExpect(jsonPath("$.target").value(90))
                .andExpect(jsonPath("$.capaianStatus").value("COMPUTED"))
                .andExpect(jsonPath("$.capaianPercent").value(108.49));
        record(pmks, "2024Q4", "32").andExpect(status().isCreated())
                .andExpect(jsonPath("$.capaianPercent").value(103.03));
        record(pmks, "2024Q3", "35").andExpect(status().isCreated())
                .andExpect(jsonPath("$.capaianPercent").value(93.94));
        record(pmks, "2018", "35").andExpect(status().isCreated())
                .andExpect(jsonPath("$.capaianStatus").value("NO_TARGET"))
                .andExpect(jsonPath("$.capaianPercent").isEmpty());

        var published = kafka.readUntil(Topics.MEASUREMENT_REALIZATION, Duration.ofSeconds(30),
                r -> EventCodec.read(EventType.REALIZATION_RECORDED, r.value()) instanceof
                        id.sakip.events.RealizationRecorded e && e.indicatorId().equals(iku));
        assertThat(published).anyMatch(r -> KafkaProbe.header(r, CloudEventHeaders.TYPE)
                .equals("sakip.measurement.RealizationRecorded.v1"));
    }

    @Test
    void badInputChangesNothing() throws Exception {
        UUID iku = defineIndicator(Polarity.INCREASING, "90");
        record(iku, "2024Q1", "40").andExpect(status().isCreated());
        long before = count();

        record(iku, "2024Q1", "41").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:realization-exists"));
        record(UUID.randomUUID(), "2024Q1", "41").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-indicator"))
                .andExpect(jsonPath("$.errors.indicatorId").exists());
        record(iku, "2024Q5", "41").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.period").exists());
        mvc.perform(post("/api/v1/realizations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicatorId\":\"" + iku + "\",\"period\":\"2024Q2\",\"value\":\"banyak\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:malformed-request"));

        UUID kla = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, kla, new OrgRef("3574", "DINSOS-PPPA", null),
                "Kategori Kota Layak Anak", "kategori", Polarity.ORDINAL,
                List.of(id.sakip.events.YearTarget.category(2024, "Utama")), "uji", id.sakip.events.TargetType.CATEGORY,
                id.sakip.events.Aggregation.LAST, List.of("Pratama", "Madya", "Nindya", "Utama", "KLA"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.find(kla).isPresent());
        record(kla, "2024", "3").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-realization-value"))
                .andExpect(jsonPath("$.errors.category").exists());

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theCatalogKeepsTheNewestVersionWhateverTheOrderAndIgnoresRedeliveries() {
        UUID id = UUID.randomUUID();
        IndicatorDefined v2 = indicator(id, 2, "Nama baru", "95");
        publish(v2);
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.find(id).isPresent());

        // v2 once more, then version 1 arriving late (its own event id: only the version guard refuses it).
        // Same key, same partition: once v1 is consumed, the redelivery was too.
        publish(v2);
        IndicatorDefined v1 = indicator(id, 1, "Nama lama", "90");
        publish(v1);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(v1.eventId()));

        var held = catalog.find(id).orElseThrow();
        assertThat(held.name()).isEqualTo("Nama baru");
        assertThat(held.version()).isEqualTo(2);
        assertThat(held.targetFor(2024).value()).isEqualByComparingTo("95");
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?").param(v2.eventId())
                .query(Long.class).single()).isEqualTo(1);
    }

    private UUID defineIndicator(Polarity polarity, String target2024) {
        UUID id = UUID.randomUUID();
        var event = new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, id,
                new OrgRef("3574", "DINSOS-PPPA", null), "Indikator uji " + id, "%", polarity,
                List.of(new YearTarget(2023, new BigDecimal("89")), new YearTarget(2024, new BigDecimal(target2024))),
                "uji");
        publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.find(id).isPresent());
        return id;
    }

    private static IndicatorDefined indicator(UUID id, long version, String name, String target2024) {
        return new IndicatorDefined(UUID.randomUUID(), Instant.now(), version, id,
                new OrgRef("3574", "DINSOS-PPPA", null), name, "%", Polarity.INCREASING,
                List.of(new YearTarget(2024, new BigDecimal(target2024))), "uji");
    }

    private void publish(IndicatorDefined event) {
        kafka.send(Topics.PLANNING_INDICATOR, event.indicatorId().toString(), EventCodec.write(event), Map.of(
                CloudEventHeaders.TYPE, EventType.INDICATOR_DEFINED.ceType(),
                CloudEventHeaders.ID, event.eventId().toString()));
    }

    private boolean processed(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?").param(eventId)
                .query(Long.class).single() == 1;
    }

    private org.springframework.test.web.servlet.ResultActions record(UUID indicator, String period, String value)
            throws Exception {
        return mvc.perform(post("/api/v1/realizations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorId\":\"" + indicator + "\",\"period\":\"" + period + "\",\"value\":" + value
                        + "}"));
    }

    private long count() {
        return jdbc.sql("SELECT (SELECT count(*) FROM realization) + (SELECT count(*) FROM event_publication)")
                .query(Long.class).single();
    }
}
