package id.sakip.reporting.projection;

import id.sakip.events.CapaianStatus;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.RealizationStatusChanged;
import id.sakip.events.SakipEvent;
import id.sakip.events.Topics;
import id.sakip.events.YearTarget;
import id.sakip.testsupport.PdfPages;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import id.sakip.testsupport.RealKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read models, fed through the real broker: idempotent, order-safe, and a bad record does not block others. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class ProjectionTest {

    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(TestTokens.bappeda("3574"));
    }

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

        // the first event delivered once more, then an older version arriving late (a new event id, so only the
        // version guard can refuse it). Same key, same partition: once the stale one is consumed, both were.
        publish(first);
        RealizationRecorded stale = realization(indicator, realization, 1, "50", "55.5555555556");
        publish(stale);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(stale.eventId()) == 1);
        assertThat(value(realization)).isEqualByComparingTo("99");
        assertThat(processedCount(first.eventId())).isEqualTo(1);

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
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org, "Indeks Pemberdayaan Gender",
                "indeks", Polarity.INCREASING, List.of(new YearTarget(2024, new BigDecimal("68.45")),
                new YearTarget(2025, null)), "uji"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM rpt_indicator WHERE id = ?")
                .param(indicator).query(Long.class).single() == 1);

        // the OPD has an indicator, but nothing is planned or measured for 2031
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2031"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.indicators").isEmpty())
                .andExpect(jsonPath("$.note").isNotEmpty());
        // 2024 has a target; 2025 is planned as N/A: both years list it
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.indicators[0].target").value(68.45));
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].name").value("Indeks Pemberdayaan Gender"))
                .andExpect(jsonPath("$.indicators[0].target").doesNotExist());
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "1899"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:validation"))
                .andExpect(jsonPath("$.errors.year").exists());
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:validation"));
    }

    @Test
    void anOrdinalIndicatorShowsItsCategoryTarget() throws Exception {
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org, "Kategori Kota Layak Anak",
                "kategori", Polarity.ORDINAL, List.of(YearTarget.category(2024, "Utama")), "uji",
                id.sakip.events.TargetType.CATEGORY, id.sakip.events.Aggregation.LAST,
                List.of("Pratama", "Madya", "Nindya", "Utama", "KLA"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM rpt_indicator WHERE id = ?")
                .param(indicator).query(Long.class).single() == 1);

        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].polarity").value("ORDINAL"))
                .andExpect(jsonPath("$.indicators[0].targetCategory").value("Utama"))
                .andExpect(jsonPath("$.indicators[0].target").doesNotExist());
    }

    @Test
    void workflowStepsCarryTheStateAndACategoryRealisationIsShown() throws Exception {
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org, "Kategori Kota Layak Anak",
                "kategori", Polarity.ORDINAL, List.of(YearTarget.category(2024, "Utama")), "uji",
                id.sakip.events.TargetType.CATEGORY, id.sakip.events.Aggregation.LAST,
                List.of("Pratama", "Madya", "Nindya", "Utama", "KLA"), null));
        UUID realization = UUID.randomUUID();
        publish(new RealizationRecorded(UUID.randomUUID(), Instant.now(), 1, realization, indicator, org, "2024", null,
                null, Polarity.ORDINAL, CapaianStatus.COMPUTED, new BigDecimal("75"), "operator", "Nindya", "Utama",
                "DRAFT"));
        RealizationStatusChanged approved = step(indicator, realization, 4, "APPROVED");
        publish(step(indicator, realization, 2, "SUBMITTED"));
        publish(approved);
        // the submission overtaken by the approval: same key, same partition, so once the last one is consumed all are
        RealizationStatusChanged late = step(indicator, realization, 3, "VERIFIED");
        publish(late);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(late.eventId()) == 1);

        var row = jdbc.sql("SELECT status, category, rating, faktor_penghambat, version FROM rpt_realization WHERE id = ?")
                .param(realization).query().singleRow();
        assertThat(row.get("status")).isEqualTo("APPROVED");
        assertThat(row.get("category")).isEqualTo("Nindya");
        assertThat(row.get("rating")).isEqualTo("SEDANG");
        assertThat(row.get("faktor_penghambat")).isEqualTo("Belum ada puskesmas ramah anak");
        assertThat(row.get("version")).isEqualTo(4L);
        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].latest.category").value("Nindya"))
                .andExpect(jsonPath("$.indicators[0].latest.status").value("APPROVED"))
                .andExpect(jsonPath("$.indicators[0].latest.capaianPercent").value(75.0));
    }

    private RealizationStatusChanged step(UUID indicator, UUID realization, long version, String status) {
        return new RealizationStatusChanged(UUID.randomUUID(), Instant.now(), version, realization, indicator, org,
                "2024", status, status, null, "Nindya", null, "Utama", Polarity.ORDINAL, CapaianStatus.COMPUTED,
                new BigDecimal("75"), false, "SEDANG", null, "Belum ada puskesmas ramah anak",
                "Pendampingan gugus tugas KLA", null, "kadis");
    }

    /**
     * Deleting the read models and rebuilding them from the topics gives the same tables: every row of every read
     * model, compared whole.
     */
    @Test
    void rebuildingFromTheTopicsGivesTheSameTables() throws Exception {
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org, "Persentase PMKS tertangani",
                "Persen", Polarity.INCREASING, List.of(new YearTarget(2024, new BigDecimal("90"))), "uji"));
        UUID realization = UUID.randomUUID();
        publish(realization(indicator, realization, 1, "97.64", "108.4888888889"));
        publish(step(indicator, realization, 2, "SUBMITTED"));
        UUID line = UUID.randomUUID();
        publish(new id.sakip.events.PaguSet(UUID.randomUUID(), Instant.now(), 1, line, org, 2024, "1.06.02.2.03.0001",
                "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "MURNI", new BigDecimal("4121000"), "uji"));
        publish(new id.sakip.events.BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), 2, line, org, 2024,
                "1.06.02.2.03.0001", 1, new BigDecimal("1000000"), new BigDecimal("1000000"),
                new BigDecimal("4121000"), new BigDecimal("24.2659548653"), "uji"));
        UUID node = UUID.randomUUID();
        publish(new id.sakip.events.PlanNodeChanged(UUID.randomUUID(), Instant.now(), 1, node, org, "PROGRAM", null,
                null, "1.06.02", null, "PROGRAM PEMBERDAYAAN SOSIAL", List.of(), "uji"));
        publish(new id.sakip.events.OpdProfileChanged(UUID.randomUUID(), Instant.now(), 1, org, "Dinas Sosial",
                "Dinsos", "Kota Probolinggo", "Jawa Timur", null, null, null, null, null, null, null, List.of(),
                "Membantu Wali Kota di bidang sosial", List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of("Masih tingginya jumlah PMKS"), "uji"));
        UUID spm = UUID.randomUUID();
        publish(new id.sakip.events.SpmServiceChanged(UUID.randomUUID(), Instant.now(), 1, spm, org, 2024,
                "REHSOS-LUAR-PANTI", "Rehabilitasi sosial dasar di luar panti", "Anak terlantar",
                "Standar jumlah dan kualitas barang dan/atau jasa", null,
                List.of(new id.sakip.events.SpmServiceChanged.Group("Anak terlantar", 49, 49)), false, "uji"));
        RealizationStatusChanged last = step(indicator, realization, 3, "VERIFIED");
        publish(last);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(last.eventId()) == 1
                && jdbc.sql("SELECT count(*) FROM rpt_plan_node WHERE id = ?").param(node).query(Long.class)
                .single() == 1
                && jdbc.sql("SELECT count(*) FROM rpt_budget_line WHERE id = ?").param(line).query(Long.class)
                .single() == 1
                && jdbc.sql("SELECT count(*) FROM rpt_opd WHERE opd_code = ?").param(opd).query(Long.class)
                .single() == 1
                && jdbc.sql("SELECT count(*) FROM rpt_budget_spending WHERE budget_line_id = ?").param(line)
                .query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM rpt_spm_service WHERE id = ?").param(spm).query(Long.class)
                .single() == 1);
        String before = tables();

        mvc.perform(post("/api/v1/admin/read-models/rebuild").header("Authorization",
                TestTokens.platformOperator().bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsCleared").value(greaterThan(0)))
                // the nine topics the projection reads (organisation, indicator, plan node, PK, realisation, capaian
                // rules, SPM, budget line, evaluation), three partitions each
                .andExpect(jsonPath("$.partitionsReset").value(27));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> tables().equals(before));
        assertThat(jdbc.sql("SELECT status FROM rpt_realization WHERE id = ?").param(realization)
                .query(String.class).single()).isEqualTo("VERIFIED");
    }

    @Test
    void aRebuildWhileAnotherInstanceConsumesChangesNothing() throws Exception {
        var props = new java.util.Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealKafka.get().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, ReadModels.CONSUMER);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class);
        String before = tables();
        try (var other = new KafkaConsumer<String, byte[]>(props)) {
            // a second instance of the group: it joins, and stays a member while it is open
            other.subscribe(ReadModels.TOPICS);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                other.poll(Duration.ofMillis(200));
                return !other.assignment().isEmpty();
            });
            mvc.perform(post("/api/v1/admin/read-models/rebuild").header("Authorization",
                TestTokens.platformOperator().bearer()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value("urn:sakip:problem:rebuild-needs-one-instance"));
        }
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void theTableAsAnExcelWorkbookInIndonesian() throws Exception {
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org,
                "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "Persen", Polarity.INCREASING,
                List.of(new YearTarget(2024, new BigDecimal("90"))), "uji"));
        UUID realization = UUID.randomUUID();
        publish(realization(indicator, realization, 1, "97.64", "108.4888888889"));
        UUID line = UUID.randomUUID();
        publish(new id.sakip.events.PaguSet(UUID.randomUUID(), Instant.now(), 1, line, org, 2024, "1.06.02.2.03.0002",
                "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial", "MURNI", new BigDecimal("43243600"),
                "uji"));
        var spent = new id.sakip.events.BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), 2, line, org, 2024,
                "1.06.02.2.03.0002", 4, new BigDecimal("41859100"), new BigDecimal("41859100"),
                new BigDecimal("43243600"), new BigDecimal("96.7988"), "uji");
        publish(spent);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(spent.eventId()) == 1
                && value(realization) != null);

        var response = mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574")
                        .param("opdCode", opd).param("year", "2024").param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("pelaporan-kinerja-" + opd + "-2024.xlsx")))
                .andReturn().getResponse();
        try (var workbook = WorkbookFactory.create(
                new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("PELAPORAN KINERJA TAHUN 2024");
            var formatter = new DataFormatter();
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('|')));
            assertThat(all).contains("Indikator|Satuan|Target|", "Capaian (%)", "Realisasi Anggaran (Rp)",
                    "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "Draf", "Jumlah");
            var iku = sheet.getRow(5);
            assertThat(iku.getCell(8).getNumericCellValue()).isEqualTo(97.64);
            assertThat(iku.getCell(9).getNumericCellValue()).isEqualTo(108.49);
            assertThat(iku.getCell(9).getCellStyle().getDataFormatString()).startsWith("[$-421]");
            var budget = sheet.getRow(9);
            assertThat(budget.getCell(4).getNumericCellValue()).isEqualTo(43243600.0);
            assertThat(budget.getCell(6).getNumericCellValue()).isEqualTo(96.80);
        }

        mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024").param("format", "pdf"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
        // a year with nothing is a workbook that says so
        byte[] empty = mvc.perform(get("/api/v1/reports/pelaporan-kinerja").param("pemdaCode", "3574")
                        .param("opdCode", opd).param("year", "2033").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(empty))) {
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).startsWith("Belum ada data");
        }
    }

    @Test
    void theCityComparesItsOpdAndRanksThem() throws Exception {
        String pemda = String.valueOf(9000 + new java.util.Random().nextInt(999));
        DefaultToken.use(TestTokens.bappeda(pemda));
        OrgRef a = new OrgRef(pemda, "OPD-A", null);
        OrgRef b = new OrgRef(pemda, "OPD-B", null);
        OrgRef c = new OrgRef(pemda, "OPD-C", null);
        measured(a, "90", "97.64", "108.4888888889");
        measured(a, "33", "35", "93.9393939394");
        measured(b, "4", "3", "75");
        budget(a, "100", "90");
        budget(b, "200", "190");
        var last = budget(c, "0", "0");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM rpt_budget_line WHERE id = ?").param(last).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM rpt_realization WHERE pemda_code = ?").param(pemda)
                .query(Long.class).single() == 3);

        mvc.perform(get("/api/v1/reports/city").param("pemdaCode", pemda).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opd.length()").value(3))
                .andExpect(jsonPath("$.opd[0].opdCode").value("OPD-A"))
                .andExpect(jsonPath("$.opd[0].indicators").value(2))
                .andExpect(jsonPath("$.opd[0].reached").value(1))
                // the capaian as printed, averaged: (108,49 + 93,94) / 2, as a reader of the LKjIP adds them up
                .andExpect(jsonPath("$.opd[0].averageCapaian").value(101.22))
                .andExpect(jsonPath("$.opd[0].rankByCapaian").value(1))
                .andExpect(jsonPath("$.opd[0].serapanPercent").value(90.00))
                .andExpect(jsonPath("$.opd[0].rankBySerapan").value(2))
                .andExpect(jsonPath("$.opd[1].averageCapaian").value(75.00))
                .andExpect(jsonPath("$.opd[1].rankByCapaian").value(2))
                .andExpect(jsonPath("$.opd[1].rankBySerapan").value(1))
                .andExpect(jsonPath("$.opd[2].rankByCapaian").doesNotExist())
                .andExpect(jsonPath("$.opd[2].serapanPercent").doesNotExist())
                .andExpect(jsonPath("$.totals.indicators").value(3))
                .andExpect(jsonPath("$.totals.pagu").value(300))
                .andExpect(jsonPath("$.totals.serapanPercent").value(93.33))
                .andExpect(jsonPath("$.totals.averageCapaian").value(92.48));
        mvc.perform(get("/api/v1/reports/city").param("pemdaCode", pemda).param("year", "2031"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.note").isNotEmpty());
        mvc.perform(get("/api/v1/reports/city").param("pemdaCode", "Kota").param("year", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.pemdaCode").exists());
    }

    @Test
    void aRevisedPaguChangesTheSerapanOfWhatWasSpent() {
        UUID line = budget(org, "100", "50");
        var revised = new id.sakip.events.PaguSet(UUID.randomUUID(), Instant.now(), 3, line, org, 2024,
                "1.06.02.2.03.0001", "Sub kegiatan uji", "PERUBAHAN", new BigDecimal("200"), "uji", "SUB_KEGIATAN",
                "Perda Perubahan APBD (uji)", java.time.LocalDate.of(2024, 9, 30), "tambahan");
        publish(revised);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(revised.eventId()) == 1);
        var row = jdbc.sql("SELECT pagu, realized, serapan_percent, pagu_version, legal_reference FROM rpt_budget_line "
                + "WHERE id = ?").param(line).query().singleRow();
        assertThat((BigDecimal) row.get("pagu")).isEqualByComparingTo("200");
        assertThat((BigDecimal) row.get("serapan_percent")).isEqualByComparingTo("25");
        assertThat(row.get("pagu_version")).isEqualTo("PERUBAHAN");
        assertThat(row.get("legal_reference")).isEqualTo("Perda Perubahan APBD (uji)");
    }

    private void measured(OrgRef opd, String target, String value, String capaian) {
        UUID indicator = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, opd, "Indikator " + indicator,
                "Persen", Polarity.INCREASING, List.of(new YearTarget(2024, new BigDecimal(target))), "uji"));
        publish(new RealizationRecorded(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), indicator, opd,
                "2024", new BigDecimal(value), new BigDecimal(target), Polarity.INCREASING, CapaianStatus.COMPUTED,
                new BigDecimal(capaian), "uji"));
    }

    private UUID budget(OrgRef opd, String pagu, String realized) {
        UUID line = UUID.randomUUID();
        publish(new id.sakip.events.PaguSet(UUID.randomUUID(), Instant.now(), 1, line, opd, 2024, "1.06.02.2.03.0001",
                "Sub kegiatan uji", "MURNI", new BigDecimal(pagu), "uji"));
        publish(new id.sakip.events.BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), 2, line, opd, 2024,
                "1.06.02.2.03.0001", 4, new BigDecimal(realized), new BigDecimal(realized), new BigDecimal(pagu),
                null, "uji"));
        return line;
    }

    @Test
    void theSignedPerjanjianKinerjaAsAPdfReadyToSign() throws Exception {
        UUID first = UUID.randomUUID();
        publish(agreement(first, 1, null, "50000000", "88"));
        var revision = agreement(UUID.randomUUID(), 2, first, "52264600", "90");
        publish(revision);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(revision.eventId()) == 1);

        byte[] latest = mvc.perform(get("/api/v1/reports/perjanjian-kinerja").param("pemdaCode", "3574")
                        .param("opdCode", opd).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        PdfPages paper = PdfPages.of(latest);
        assertThat(paper.count()).isEqualTo(2);
        assertThat(paper.notEmbedded()).isEmpty();
        String statement = paper.words(1);
        assertThat(statement).contains("Kepala Dinas Sosial, Pemberdayaan", "Wali Kota Probolinggo")
                .doesNotContain("Kepala Dinas Dinas", "DRAF");
        assertThat(statement).contains("PERJANJIAN KINERJA TAHUN 2024", "DINAS SOSIAL", "KOTA PROBOLINGGO",
                "Perubahan ke-1: APBD Perubahan 2024", "pihak pertama", "Dr. REY SUWIGTYO", "NIP. 19670711",
                "Probolinggo, 1 Oktober 2024", "Nama Wali Kota Saat Itu", "Halaman 1 dari 2");
        String annex = paper.words(2);
        assertThat(annex).contains("PERJANJIAN KINERJA TAHUN 2024", "Indikator Kinerja", "90%",
                "52.264.600", "Program Pemberdayaan Sosial", "Keterangan", "APBD");

        byte[] first1 = mvc.perform(get("/api/v1/reports/perjanjian-kinerja").param("pemdaCode", "3574")
                        .param("opdCode", opd).param("year", "2024").param("versionNo", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfPages.of(first1).words(2)).contains("88%", "50.000.000").doesNotContain("52.264.600");
        // a version signed before planning kept the second party: the title its Pemda's kind gives, the name by hand
        assertThat(PdfPages.of(first1).words(1)).contains("Wali Kota Probolinggo",
                "(........................................)",
                "Probolinggo, 4 Januari 2024");

        mvc.perform(get("/api/v1/reports/perjanjian-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024").param("versionNo", "7"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:perjanjian-kinerja-not-found"));
        mvc.perform(get("/api/v1/reports/perjanjian-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2031"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/perjanjian-kinerja").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024").param("format", "docx"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
    }

    private id.sakip.events.PerjanjianKinerjaSigned agreement(UUID id, int versionNo, UUID previous, String pagu,
            String target) {
        UUID indicator = UUID.randomUUID();
        return new id.sakip.events.PerjanjianKinerjaSigned(UUID.randomUUID(), Instant.now(), versionNo, id, org, 2024,
                versionNo, previous, "Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001", "Kepala Dinas",
                versionNo == 1 ? java.time.LocalDate.of(2024, 1, 4) : java.time.LocalDate.of(2024, 10, 1),
                versionNo == 1 ? null : "APBD Perubahan 2024", versionNo == 1 ? null : "188.45/123/425.110/2024",
                versionNo == 1 ? null : java.time.LocalDate.of(2024, 9, 30),
                List.of(new id.sakip.events.PerjanjianKinerjaSigned.Sasaran(UUID.randomUUID(),
                        "Meningkatnya Kualitas dan Kemampuan PMKS", List.of(
                        new id.sakip.events.PerjanjianKinerjaSigned.Indicator(indicator,
                                "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%", Polarity.INCREASING,
                                new YearTarget(2024, new BigDecimal(target)))))),
                List.of(new id.sakip.events.PerjanjianKinerjaSigned.Program(UUID.randomUUID(), "1.06.02",
                        "Program Pemberdayaan Sosial", new BigDecimal(pagu))),
                "perencana", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Kota Probolinggo",
                null, versionNo == 1 ? null : "Nama Wali Kota Saat Itu", versionNo == 1 ? null : "Probolinggo");
    }

    /** Every row of every read model, as one text. */
    private String tables() {
        return jdbc.sql("""
                SELECT coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_indicator t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_indicator_target t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_realization t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_budget_line t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_plan_node t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_perjanjian_kinerja t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_opd t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_budget_spending t), '') || '#'
                    || coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM rpt_spm_service t), '')""")
                .query(String.class).single();
    }

    @Test
    void eventTopicsAndDeadLettersAreKeptForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealKafka.get().bootstrapServers()))) {
            for (String topic : List.of(Topics.PLANNING_INDICATOR, Topics.MEASUREMENT_REALIZATION, Topics.BUDGET_LINE,
                    Topics.deadLetter(ProjectionListener.CONSUMER))) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(topic).isEqualTo("-1");
            }
        }
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
