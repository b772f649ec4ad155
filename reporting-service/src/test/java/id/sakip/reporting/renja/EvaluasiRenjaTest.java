package id.sakip.reporting.renja;

import id.sakip.events.Aggregation;
import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.CapaianStatus;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.OrgRef;
import id.sakip.events.PaguSet;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.RealizationStatusChanged;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;
import id.sakip.reporting.Published;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import id.sakip.testsupport.WorkbookChecks;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Evaluasi Renja form from events: K by the indicator's aggregation (a level takes its latest quarter, a count
 * adds them, and adds the Renstra years), Rp per triwulan and over the Renstra, the level against the Renstra end
 * target by the capaian rules, and the closing rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class EvaluasiRenjaTest {

    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(TestTokens.bappeda("3574"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final Published events = new Published();
    private final String opd = "RNJ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final OrgRef org = new OrgRef("3574", opd, null);

    @Test
    void theFormAddsUpAsMeasurementDoesAndOpensAsAWorkbook() throws Exception {
        agency();

        mvc.perform(form("2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.renstraStart").value(2022))
                .andExpect(jsonPath("$.renstraEnd").value(2025))
                // the IKU, a level (LAST): its latest quarter is the year; the Renstra so far is the latest year
                .andExpect(jsonPath("$.rows[0].level").value("SASARAN"))
                .andExpect(jsonPath("$.rows[0].renstraTarget.kText").value("92% (2025)"))
                .andExpect(jsonPath("$.rows[0].before.k").value(88.5))
                .andExpect(jsonPath("$.rows[0].target.k").value(90))
                .andExpect(jsonPath("$.rows[0].quarters[0].k").value(90))
                .andExpect(jsonPath("$.rows[0].quarters[2].k").value(96))
                .andExpect(jsonPath("$.rows[0].quarters[3].k").doesNotExist())
                .andExpect(jsonPath("$.rows[0].realized.k").value(96))
                .andExpect(jsonPath("$.rows[0].capaianPercent").value(106.67))
                .andExpect(jsonPath("$.rows[0].toDate.k").value(96))
                .andExpect(jsonPath("$.rows[0].renstraKPercent").value(104.35))
                // the program: money only, per triwulan and over the Renstra
                .andExpect(jsonPath("$.rows[1].level").value("PROGRAM"))
                .andExpect(jsonPath("$.rows[1].code").value("1.06.02"))
                .andExpect(jsonPath("$.rows[1].target.rp").value(4121000))
                .andExpect(jsonPath("$.rows[1].quarters[0].rp").value(1000000))
                .andExpect(jsonPath("$.rows[1].quarters[1].rp").value(2000000))
                .andExpect(jsonPath("$.rows[1].realized.rp").value(3000000))
                .andExpect(jsonPath("$.rows[1].serapanPercent").value(72.80))
                .andExpect(jsonPath("$.rows[1].before.rp").value(3900000))
                .andExpect(jsonPath("$.rows[1].toDate.rp").value(6900000))
                // the sub kegiatan's count (SUM): quarters add up, and so do the Renstra years
                .andExpect(jsonPath("$.rows[2].level").value("SUB_KEGIATAN"))
                .andExpect(jsonPath("$.rows[2].indicator").value("Jumlah PSM yang dilatih"))
                .andExpect(jsonPath("$.rows[2].realized.k").value(50))
                .andExpect(jsonPath("$.rows[2].realized.kText").value("50 orang"))
                .andExpect(jsonPath("$.rows[2].before.k").value(50))
                .andExpect(jsonPath("$.rows[2].toDate.k").value(100))
                // a count's Renstra target is the sum of its years' targets (100 + 120), as its realisation adds years
                .andExpect(jsonPath("$.rows[2].renstraTarget.kText").value("220 orang (jumlah 2022-2025)"))
                .andExpect(jsonPath("$.rows[2].renstraKPercent").value(45.45))
                // (106.67 + 50) / 2 = 78.335: Tinggi on the Permendagri 86/2017 scale (> 75 - 90)
                .andExpect(jsonPath("$.closing.averageCapaian").value(78.34))
                .andExpect(jsonPath("$.closing.averagedIndicators").value(2))
                .andExpect(jsonPath("$.closing.predikat").value("Tinggi"))
                .andExpect(jsonPath("$.closing.faktorPenghambat[0]").value("Data PMKS terlambat masuk"))
                .andExpect(jsonPath("$.closing.followUpQuarter[0]").value("Percepat verifikasi data"));

        byte[] xlsx = mvc.perform(form("2024").param("format", "xlsx"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(WorkbookChecks.numbersAsText(xlsx)).isEmpty();
        assertThat(WorkbookChecks.withoutPrintSetup(xlsx)).isEmpty();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(java.util.Locale.forLanguageTag("id-ID"));
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(format.formatCellValue(cell))));
            assertThat(cells).contains("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
                    "Target Renstra PD pada akhir periode (2025)", "Realisasi triwulan I", "K", "Rp",
                    "Program: PROGRAM PEMBERDAYAAN SOSIAL", "Jumlah PSM yang dilatih", "Predikat kinerja", "Tinggi",
                    "Data PMKS terlambat masuk");
            // numbers are number cells: the program's pagu in Rp
            assertThat(sheet.getRow(7).getCell(11).getNumericCellValue()).isEqualTo(4121000d);
            // the form's own column numbers, one for both halves of a K / Rp pair, and its closing signatures
            assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(sheet.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(7d);
            assertThat(sheet.getRow(5).getCell(7).getNumericCellValue()).isEqualTo(7d);
            assertThat(cells).contains("Ket.", "Disusun", "Dievaluasi", "Kepala Bappeda");
            // drawn up by the Kepala OPD the profile names, his position composed as every document composes it
            assertThat(cells).contains("Kepala Dinas Sosial Kota Uji", "Dr. REY SUWIGTYO, S.Sos., M.Si.",
                    "NIP. 19670711 198809 1 001");
        }
    }

    @Test
    void aYearEnteredAsTheYearFillsTriwulanIvWhereTheYearSaysWhatItWas() throws Exception {
        UUID sasaran = UUID.randomUUID();
        events.send(Published.node(sasaran, org, "SASARAN", null, null, "Meningkatnya Kualitas PMKS"));
        UUID level = UUID.randomUUID();
        events.send(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, level, org,
                "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%", Polarity.INCREASING,
                List.of(target(2024, "90")), "uji", TargetType.NUMBER, Aggregation.LAST, List.of(), sasaran));
        UUID count = UUID.randomUUID();
        events.send(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, count, org, "Jumlah PSM yang dilatih",
                "orang", Polarity.INCREASING, List.of(target(2024, "100")), "uji", TargetType.NUMBER,
                Aggregation.SUM, List.of(), sasaran));
        UUID yearOnly = UUID.randomUUID();
        events.send(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, yearOnly, org,
                "Jumlah keluarga yang didampingi", "keluarga", Polarity.INCREASING, List.of(target(2024, "40")),
                "uji", TargetType.NUMBER, Aggregation.SUM, List.of(), sasaran));
        measured(level, "2024", "97.64", "90", "108.4888888889");
        measured(count, "2024Q1", "20", "25", "80");
        measured(count, "2024Q2", "30", "50", "60");
        measured(count, "2024Q3", "25", "75", "33.3333333333");
        measured(count, "2024", "100", "100", "100");
        measured(yearOnly, "2024", "42", "40", "105");
        events.awaitApplied(jdbc);

        mvc.perform(form("2024"))
                .andExpect(status().isOk())
                // a level: TW IV is where the year ended
                .andExpect(jsonPath(quarter(PMKS, 0), contains(nullValue())))
                .andExpect(jsonPath(quarter(PMKS, 3), contains(97.64)))
                // a count with its first three triwulan: TW IV is what the year adds to them (100 - 75)
                .andExpect(jsonPath(quarter("Jumlah PSM yang dilatih", 2), contains(25)))
                .andExpect(jsonPath(quarter("Jumlah PSM yang dilatih", 3), contains(25)))
                // a count entered only as the year does not say when in the year it was done
                .andExpect(jsonPath(quarter("Jumlah keluarga yang didampingi", 3), contains(nullValue())))
                .andExpect(jsonPath("$.rows[?(@.indicator == 'Jumlah keluarga yang didampingi')].realized.k",
                        contains(42)));
    }

    private static final String PMKS = "Persentase PMKS yang terpenuhi kebutuhan dasarnya";

    /** The K of an indicator's triwulan (0 = TW I) in the form's rows. */
    private static String quarter(String indicator, int quarter) {
        return "$.rows[?(@.indicator == '" + indicator + "')].quarters[" + quarter + "].k";
    }

    @Test
    void aYearWithoutDataIsAnExplicitEmptyFormAndAnotherFormatIsAProblem() throws Exception {
        mvc.perform(form("2031"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.note").exists());
        mvc.perform(form("2024").param("format", "pdf"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
        mvc.perform(form("24"))
                .andExpect(status().isBadRequest());
    }

    private void agency() {
        events.send(new OpdProfileChanged(UUID.randomUUID(), Instant.now(), 1, org, "Dinas Sosial", "Dinsos",
                "Kota Uji", null, null, null, null, null, null, null, new OpdProfileChanged.Head(
                "Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001", "Kepala Dinas"), List.of(), null,
                List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), "uji"));
        UUID sasaran = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        UUID sub = UUID.randomUUID();
        events.send(Published.node(sasaran, org, "SASARAN", null, null, "Meningkatnya Kualitas PMKS"));
        events.send(Published.node(program, org, "PROGRAM", sasaran, "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL"));
        events.send(Published.node(sub, org, "SUB_KEGIATAN", program, "1.06.02.2.03.0001",
                "Pekerja Sosial Masyarakat"));
        UUID iku = UUID.randomUUID();
        events.send(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, iku, org,
                "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%", Polarity.INCREASING, List.of(
                target(2022, "88"), target(2023, "89"), target(2024, "90"), target(2025, "92")), "uji",
                TargetType.NUMBER, Aggregation.LAST, List.of(), sasaran));
        UUID psm = UUID.randomUUID();
        events.send(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, psm, org, "Jumlah PSM yang dilatih",
                "orang", Polarity.INCREASING, List.of(target(2024, "100"), target(2025, "120")), "uji",
                TargetType.NUMBER, Aggregation.SUM, List.of(), sub));
        measured(iku, "2023", "88.5", "89", "99.4382022472");
        measured(iku, "2024Q1", "90", "90", "100");
        UUID q2 = measured(iku, "2024Q2", "95", "90", "105.5555555556");
        events.send(new RealizationStatusChanged(UUID.randomUUID(), Instant.now(), 2, q2, iku, org, "2024Q2",
                "SUBMITTED", "SUBMITTED", new BigDecimal("95"), null, new BigDecimal("90"), null, Polarity.INCREASING,
                CapaianStatus.COMPUTED, new BigDecimal("105.5555555556"), true, "SANGAT_TINGGI", null,
                "Data PMKS terlambat masuk", "Percepat verifikasi data", null, "operator"));
        measured(iku, "2024Q3", "96", "90", "106.6666666667");
        measured(psm, "2023", "50", null, null);
        measured(psm, "2024Q1", "20", "25", "80");
        measured(psm, "2024Q2", "30", "100", "50");
        UUID before = UUID.randomUUID();
        events.send(new PaguSet(UUID.randomUUID(), Instant.now(), 1, before, org, 2023, "1.06.02.2.03.0001",
                "Pekerja Sosial Masyarakat", "MURNI", new BigDecimal("4000000"), "uji"));
        events.send(spent(before, 2023, 2, 4, "3900000", "3900000", "4000000"));
        UUID line = UUID.randomUUID();
        events.send(new PaguSet(UUID.randomUUID(), Instant.now(), 1, line, org, 2024, "1.06.02.2.03.0001",
                "Pekerja Sosial Masyarakat", "MURNI", new BigDecimal("4121000"), "uji"));
        events.send(spent(line, 2024, 2, 1, "1000000", "1000000", "4121000"));
        events.send(spent(line, 2024, 3, 2, "2000000", "3000000", "4121000"));
        events.awaitApplied(jdbc);
    }

    private UUID measured(UUID indicator, String period, String value, String target, String capaian) {
        UUID id = UUID.randomUUID();
        events.send(new RealizationRecorded(UUID.randomUUID(), Instant.now(), 1, id, indicator, org, period,
                new BigDecimal(value), target == null ? null : new BigDecimal(target), Polarity.INCREASING,
                capaian == null ? CapaianStatus.NO_TARGET : CapaianStatus.COMPUTED,
                capaian == null ? null : new BigDecimal(capaian), "operator"));
        return id;
    }

    private BudgetRealizationRecorded spent(UUID line, int year, long version, int quarter, String amount,
            String cumulative, String pagu) {
        BigDecimal serapan = new BigDecimal(cumulative).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(pagu), 10, java.math.RoundingMode.HALF_UP);
        return new BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), version, line, org, year,
                "1.06.02.2.03.0001", quarter, new BigDecimal(amount), new BigDecimal(cumulative), new BigDecimal(pagu),
                serapan, "uji");
    }

    private static YearTarget target(int year, String value) {
        return new YearTarget(year, new BigDecimal(value));
    }

    private MockHttpServletRequestBuilder form(String year) {
        return get("/api/v1/reports/evaluasi-renja").param("pemdaCode", "3574").param("opdCode", opd)
                .param("year", year);
    }
}
