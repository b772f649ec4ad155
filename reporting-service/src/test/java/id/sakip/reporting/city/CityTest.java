package id.sakip.reporting.city;

import id.sakip.events.Aggregation;
import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.EvaluationFinalised;
import id.sakip.events.RecommendationStatusChanged;
import id.sakip.events.CapaianStatus;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.OrgRef;
import id.sakip.events.PaguSet;
import id.sakip.events.PlanNodeChanged;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;
import id.sakip.reporting.Published;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import id.sakip.testsupport.WorkbookChecks;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The city view: the year or the state at the end of a triwulan, the Pemda's own IKU, and its workbook. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class CityTest {

    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(TestTokens.bappeda(pemda));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final Published events = new Published();
    private final String pemda = String.valueOf(8000 + new java.util.Random().nextInt(999));
    private final OrgRef dinsos = new OrgRef(pemda, "DINSOS", null);

    @Test
    void aTriwulanShowsTheStateAtItsEndAndThePemdaIkuComesWithItsReportingOpd() throws Exception {
        city();

        mvc.perform(request())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").doesNotExist())
                .andExpect(jsonPath("$.opd[0].opdName").value("Dinas Sosial"))
                // every indicator: (103.03 + 108.49 + 50) / 3; the IKU only: (103.03 + 108.49) / 2
                .andExpect(jsonPath("$.opd[0].indicators").value(3))
                .andExpect(jsonPath("$.opd[0].averageCapaian").value(87.17))
                .andExpect(jsonPath("$.opd[0].ikuIndicators").value(2))
                .andExpect(jsonPath("$.opd[0].ikuReached").value(2))
                .andExpect(jsonPath("$.opd[0].ikuAverageCapaian").value(105.76))
                .andExpect(jsonPath("$.totals.ikuAverageCapaian").value(105.76))
                .andExpect(jsonPath("$.opd[0].realized").value(500))
                .andExpect(jsonPath("$.opd[0].serapanPercent").value(50.00))
                .andExpect(jsonPath("$.pemdaIku.length()").value(1))
                .andExpect(jsonPath("$.pemdaIku[0].nodeKind").value("SASARAN"))
                .andExpect(jsonPath("$.pemdaIku[0].name").value("Persentase PMKS"))
                .andExpect(jsonPath("$.pemdaIku[0].opdCode").value("DINSOS"))
                .andExpect(jsonPath("$.pemdaIku[0].target").value("33%"))
                .andExpect(jsonPath("$.pemdaIku[0].realisasi").value("32%"))
                .andExpect(jsonPath("$.pemdaIku[0].capaianPercent").value(103.03))
                .andExpect(jsonPath("$.evaluations[0].opdCode").value("DINSOS"))
                .andExpect(jsonPath("$.evaluations[0].score").value(80.17))
                .andExpect(jsonPath("$.evaluations[0].predikat").value("A"))
                .andExpect(jsonPath("$.evaluations[0].openRecommendations").value(2))
                .andExpect(jsonPath("$.evaluations[0].overdueRecommendations").value(1));

        mvc.perform(request().param("quarter", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").value(1))
                .andExpect(jsonPath("$.opd[0].averageCapaian").value(78.62))
                .andExpect(jsonPath("$.opd[0].ikuAverageCapaian").value(92.93))
                .andExpect(jsonPath("$.opd[0].realized").value(200))
                .andExpect(jsonPath("$.opd[0].serapanPercent").value(20.00))
                .andExpect(jsonPath("$.pemdaIku[0].period").value("2024Q1"))
                .andExpect(jsonPath("$.pemdaIku[0].capaianPercent").value(96.97));

        byte[] xlsx = mvc.perform(request().param("quarter", "1").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WorkbookChecks.numbersAsText(xlsx)).isEmpty();
        assertThat(WorkbookChecks.withoutPrintSetup(xlsx)).isEmpty();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("Kinerja OPD");
            assertThat(book.getSheetName(1)).isEqualTo("IKU Pemda");
            DataFormatter format = new DataFormatter();
            List<String> cells = new ArrayList<>();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(format.formatCellValue(cell)))));
            assertThat(cells).contains("Dinas Sosial", "Pemda " + pemda + " tahun 2024, s.d. triwulan 1",
                    "Persentase PMKS", "DINSOS", "Mencapai target", "Peringkat serapan");
            assertThat(book.getSheetAt(0).getRow(4).getCell(9).getNumericCellValue()).isEqualTo(92.93d);
            assertThat(book.getSheetAt(0).getRow(4).getCell(12).getNumericCellValue()).isEqualTo(20d);
            assertThat(cells).contains(CityWorkbook.SCOPE);
        }

        mvc.perform(request().param("quarter", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.quarter").exists());
        mvc.perform(request().param("format", "pdf"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
    }

    @Test
    void everyOpdsIkuAndProgramsSideBySide() throws Exception {
        city();

        mvc.perform(get("/api/v1/reports/city/tables").param("pemdaCode", pemda).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.iku.length()").value(1))
                .andExpect(jsonPath("$.iku[0].opdName").value("Dinas Sosial"))
                .andExpect(jsonPath("$.iku[0].sasaran").value("Meningkatnya Kualitas PMKS"))
                .andExpect(jsonPath("$.iku[0].target").value("90%"))
                .andExpect(jsonPath("$.iku[0].realisasi").value("97,64% (s.d. TW 2)"))
                .andExpect(jsonPath("$.iku[0].capaianPercent").value(108.49))
                .andExpect(jsonPath("$.programs[0].code").value("1.06.02"))
                .andExpect(jsonPath("$.programs[0].pagu").value(1000))
                .andExpect(jsonPath("$.programs[0].serapanPercent").value(50.00));
        byte[] xlsx = mvc.perform(get("/api/v1/reports/city/tables").param("pemdaCode", pemda).param("year", "2024")
                        .param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WorkbookChecks.numbersAsText(xlsx)).isEmpty();
        assertThat(WorkbookChecks.withoutPrintSetup(xlsx)).isEmpty();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("IKU seluruh OPD");
            // the target and the realisation are numbers that show their unit and up to which triwulan
            assertThat(book.getSheetAt(0).getRow(4).getCell(5).getNumericCellValue()).isEqualTo(0.9d);
            // (POI's own formatter drops a format's words; LibreOffice and Excel show "97,64% (s.d. TW 2)")
            var realisasi = book.getSheetAt(0).getRow(4).getCell(6);
            assertThat(realisasi.getNumericCellValue()).isEqualTo(0.9764d);
            assertThat(realisasi.getCellStyle().getDataFormatString()).isEqualTo("[$-421]#,##0.00%\" (s.d. TW 2)\"");
            assertThat(book.getSheetAt(0).getRow(4).getCell(3).getStringCellValue())
                    .isEqualTo("Persentase PMKS yang terpenuhi kebutuhan dasarnya");
            assertThat(book.getSheetAt(1).getRow(4).getCell(5).getNumericCellValue()).isEqualTo(1000d);
        }
        mvc.perform(get("/api/v1/reports/city/tables").param("pemdaCode", pemda).param("year", "2031"))
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.note").isNotEmpty());
    }

    private void city() {
        events.send(new OpdProfileChanged(UUID.randomUUID(), Instant.now(), 1, dinsos, "Dinas Sosial", "Dinsos",
                "Kota Uji", null, null, null, null, null, null, null, null, List.of(), null, List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), "uji"));
        UUID sasaranPemda = UUID.randomUUID();
        events.send(Published.node(sasaranPemda, new OrgRef(pemda, PlanNodeChanged.PEMDA_LEVEL, null), "SASARAN",
                null, null, "Meningkatnya Cakupan Perlindungan Sosial"));
        UUID pmks = indicator("Persentase PMKS", Polarity.DECREASING, "33", sasaranPemda);
        measured(pmks, Polarity.DECREASING, "2024Q1", "34", "33", "96.9696969697");
        measured(pmks, Polarity.DECREASING, "2024Q2", "32", "33", "103.0303030303");
        UUID sasaran = UUID.randomUUID();
        events.send(Published.node(sasaran, dinsos, "SASARAN", null, null, "Meningkatnya Kualitas PMKS"));
        UUID program = UUID.randomUUID();
        events.send(Published.node(program, dinsos, "PROGRAM", sasaran, "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL"));
        // a program's indicator counts among every indicator, not among the IKU
        UUID psks = indicator("Persentase PSKS yang diberdayakan", Polarity.INCREASING, "80", program);
        measured(psks, Polarity.INCREASING, "2024Q1", "40", "80", "50");
        UUID iku = indicator("Persentase PMKS yang terpenuhi kebutuhan dasarnya", Polarity.INCREASING, "90", sasaran);
        measured(iku, Polarity.INCREASING, "2024Q1", "80", "90", "88.8888888889");
        measured(iku, Polarity.INCREASING, "2024Q2", "97.64", "90", "108.4888888889");
        UUID line = UUID.randomUUID();
        events.send(new PaguSet(UUID.randomUUID(), Instant.now(), 1, line, dinsos, 2024, "1.06.02.2.03.0001",
                "Pekerja Sosial Masyarakat", "MURNI", new BigDecimal("1000"), "uji"));
        events.send(new BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), 2, line, dinsos, 2024,
                "1.06.02.2.03.0001", 1, new BigDecimal("200"), new BigDecimal("200"), new BigDecimal("1000"),
                new BigDecimal("20"), "uji"));
        events.send(new BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), 3, line, dinsos, 2024,
                "1.06.02.2.03.0001", 2, new BigDecimal("300"), new BigDecimal("500"), new BigDecimal("1000"),
                new BigDecimal("50"), "uji"));
        // its SAKIP evaluation of the year, final; three recommendations: one closed, one past due, one not yet due
        UUID evaluation = UUID.randomUUID();
        events.send(new EvaluationFinalised(UUID.randomUUID(), Instant.now(), 170, evaluation, dinsos, 2024,
                "PERMENPANRB-88-2021", new BigDecimal("80.17"), "A", "Memuaskan", List.of(), "inspektorat"));
        recommendation(evaluation, "CLOSED", "2025-03-31");
        recommendation(evaluation, "IN_PROGRESS", "2025-06-30");
        recommendation(evaluation, "OPEN", "2099-12-31");
        // one of an evaluation not final yet is not the OPD's to follow up: not counted
        recommendation(UUID.randomUUID(), "OPEN", "2025-01-31");
        events.awaitApplied(jdbc);
    }

    private void recommendation(UUID evaluation, String status, String due) {
        events.send(new RecommendationStatusChanged(UUID.randomUUID(), Instant.now(), 2, UUID.randomUUID(), evaluation,
                dinsos, 2024, "PENGUKURAN", "Pengukuran Kinerja", "Melakukan pemantauan tindak lanjut", "Sekretariat",
                java.time.LocalDate.parse(due), status, 1, "2025Q1", "perencana"));
    }

    private UUID indicator(String name, Polarity polarity, String target, UUID node) {
        UUID id = UUID.randomUUID();
        events.send(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, id, dinsos, name, "%", polarity,
                List.of(new YearTarget(2024, new BigDecimal(target))), "uji", TargetType.NUMBER, Aggregation.LAST,
                List.of(), node));
        return id;
    }

    private void measured(UUID indicator, Polarity polarity, String period, String value, String target,
            String capaian) {
        events.send(new RealizationRecorded(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), indicator, dinsos,
                period, new BigDecimal(value), new BigDecimal(target), polarity, CapaianStatus.COMPUTED,
                new BigDecimal(capaian), "uji"));
    }

    private MockHttpServletRequestBuilder request() {
        return get("/api/v1/reports/city").param("pemdaCode", pemda).param("year", "2024");
    }
}
