package id.sakip.reporting.projection;

import id.sakip.events.CapaianStatus;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.SakipEvent;
import id.sakip.events.Topics;
import id.sakip.events.YearTarget;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.RealKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read models, fed through the real broker: idempotent, order-safe, and a bad record does not block others. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
class ProjectionTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private final KafkaProbe kafka = new KafkaProbe(RealKafka.get().bootstrapServers());
    private final String opd = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final OrgRef org = new OrgRef("3574", opd, null);

    @Test
    void aDuplicateDeliveryAndAnOlderVersionChangeNothing() throws Exception {
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org,
                "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "Persen", Polarity.INCREASING,
                List.of(new YearTarget(2024, new BigDecimal("90"))), "uji"));
        UUID realization = UUID.randomUUID();
        RealizationRecorded first = realization(indicator, realization, 1, "97.64", "108.4888888889");
        publish(first);
        publish(first); // the same event delivered again

        await().atMost(Duration.ofSeconds(30)).until(() -> value(realization) != null);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> processedCount(first.eventId()) == 1);
        assertThat(value(realization)).isEqualByComparingTo("97.64");

        RealizationRecorded second = realization(indicator, realization, 2, "99", "110");
        publish(second);
        await().atMost(Duration.ofSeconds(30)).until(() -> value(realization).compareTo(new BigDecimal("99")) == 0);

        // an older version arriving late (a new event id, so only the version guard can refuse it)
        publish(realization(indicator, realization, 1, "50", "55.5555555556"));
        publish(first);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                .until(() -> value(realization).compareTo(new BigDecimal("99")) == 0);

        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.indicators[0].target").value(90))
                .andExpect(jsonPath("$.indicators[0].latest.value").value(99))
                .andExpect(jsonPath("$.indicators[0].latest.capaianPercent").value(110.0));
        assertThat(jdbc.sql("SELECT count(*) FROM rpt_realization WHERE indicator_id = ?").param(indicator)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() {
        String key = UUID.randomUUID().toString();
        kafka.send(Topics.PLANNING_INDICATOR, key, "{\"this is\": not json".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEventHeaders.TYPE, EventType.INDICATOR_DEFINED.ceType(),
                        CloudEventHeaders.ID, UUID.randomUUID().toString()));
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org, "Indeks Pemberdayaan Gender",
                "indeks", Polarity.INCREASING, List.of(new YearTarget(2024, new BigDecimal("68.45"))), "uji"));

        var dead = kafka.readUntil(Topics.deadLetter(ProjectionListener.CONSUMER), Duration.ofSeconds(60),
                r -> key.equals(r.key()));
        assertThat(dead).anyMatch(r -> key.equals(r.key()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM rpt_indicator WHERE id = ?")
                .param(indicator).query(Long.class).single() == 1);
    }

    @Test
    void aYearWithoutDataIsAnExplicitEmptyReportAndBadParametersAreProblems() throws Exception {
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2031"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.note").isNotEmpty());
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "1899"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:validation"))
                .andExpect(jsonPath("$.errors.year").exists());
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:validation"));
    }

    private RealizationRecorded realization(UUID indicator, UUID id, long version, String value, String capaian) {
        return new RealizationRecorded(UUID.randomUUID(), Instant.now(), version, id, indicator, org, "2024", new BigDecimal(value), new BigDecimal("90"),
                Polarity.INCREASING, CapaianStatus.COMPUTED, new BigDecimal(capaian), "uji");
    }

    private void publish(SakipEvent event) {
        EventType type = EventType.of(event.getClass()).orElseThrow();
        kafka.send(type.topic(), event.aggregateId(), EventCodec.write(event), Map.of(
                CloudEventHeaders.TYPE, type.ceType(), CloudEventHeaders.ID, event.eventId().toString()));
    }

    private BigDecimal value(UUID realization) {
        return jdbc.sql("SELECT value FROM rpt_realization WHERE id = ?").param(realization)
                .query(BigDecimal.class).optional().orElse(null);
    }

    private long processedCount(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?").param(eventId)
                .query(Long.class).single();
    }
}
