package id.sakip.reporting.lkjip;

import id.sakip.events.Aggregation;
import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.CapaianStatus;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.OrgRef;
import id.sakip.events.PaguSet;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.PlanNodeChanged;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.RealizationStatusChanged;
import id.sakip.events.SakipEvent;
import id.sakip.events.EvaluationFinalised;
import id.sakip.events.RecommendationStatusChanged;
import id.sakip.events.SpmServiceChanged;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;
import id.sakip.indonesian.Indonesian;
import id.sakip.reporting.Published;
import id.sakip.testsupport.PdfPages;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The LKjIP from the read models, fed through the real broker: the official report takes approved realisations only,
 * compares with earlier years and the Renstra end target, carries the operators' justification, and prints as a PDF
 * in Indonesian with the Perjanjian Kinerja as its Lampiran.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class LkjipTest {

    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(TestTokens.bappeda("3574"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final Published events = new Published();
    private final String opd = "LKJ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final OrgRef org = new OrgRef("3574", opd, null);
    private final UUID iku = UUID.randomUUID();
    private final UUID programIndicator = UUID.randomUUID();

    @Test
    void theOfficialReportTakesApprovedDataComparesYearsAndPrintsInIndonesian() throws Exception {
        cityAgency();

        mvc.perform(lkjip("2024").param("format", "json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.draft").value(false))
                .andExpect(jsonPath("$.basis").value("APPROVED"))
                .andExpect(jsonPath("$.organisation.opdName").value(
                        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"))
                .andExpect(jsonPath("$.organisation.profile.staff[0].total").value(33))
                .andExpect(jsonPath("$.renstraYears.length()").value(5))
                .andExpect(jsonPath("$.sasaran[0].misi").value("Mewujudkan Pemantapan Kesejahteraan"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].target").value("90%"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].realisasi").value("97,64%"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].capaianPercent").value(108.49))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].reached").value(true))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears.length()").value(4))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears[3].year").value(2023))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears[3].target").value("89%"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears[3].realisasi").value("88,5%"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears[3].capaianPercent").value(99.44))
                // 2022 has only a draft: the official report shows its target, not its realisation
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears[2].realisasi").value("-"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].endTarget.year").value(2024))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].endTarget.target").value("90%"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].endTarget.reached").value(true))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].justifications[0].faktorPendorong").value(
                        "Pendataan PMKS terpadu dengan DTKS"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].name").value("PROGRAM PEMBERDAYAAN SOSIAL"))
                // the program's own indicator is still a draft: no capaian, so no efficiency verdict
                .andExpect(jsonPath("$.sasaran[0].programs[0].efficiency").doesNotExist())
                .andExpect(jsonPath("$.otherIndicators.length()").value(0))
                // a count (SUM) adds its quarters, and its Renstra target adds the years' targets
                .andExpect(jsonPath("$.sasaran[0].indicators[1].realisasi").value("50 orang (s.d. TW 2)"))
                .andExpect(jsonPath("$.sasaran[0].indicators[1].endTarget.target").value("100 orang"))
                .andExpect(jsonPath("$.sasaran[0].indicators[1].endTarget.reached").value(false))
                .andExpect(jsonPath("$.summary.indicators").value(2))
                .andExpect(jsonPath("$.summary.reached").value(1))
                .andExpect(jsonPath("$.summary.followUps[0]").value("Perluasan pendataan ke kelurahan"))
                .andExpect(jsonPath("$.budgetTotals.serapanPercent").value(99.49))
                .andExpect(jsonPath("$.agreement.versionNo").value(1))
                .andExpect(jsonPath("$.spm.services.length()").value(1))
                .andExpect(jsonPath("$.spm.services[0].name").value("Rehabilitasi sosial dasar di luar panti"))
                .andExpect(jsonPath("$.spm.services[0].groups[1].x").value(49))
                .andExpect(jsonPath("$.spm.totalX").value(324))
                .andExpect(jsonPath("$.spm.percent").value(100.00))
                .andExpect(jsonPath("$.evaluation.year").value(2023))
                .andExpect(jsonPath("$.evaluation.predikat").value("A"))
                .andExpect(jsonPath("$.evaluation.recommendations.length()").value(2));

        // every state: the draft of the program's indicator counts, and the report says it is a draft
        mvc.perform(lkjip("2024").param("format", "json").param("basis", "all"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft").value(true))
                .andExpect(jsonPath("$.sasaran[0].programs[0].efficiency.verdict").value("Efisien"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears[2].realisasi").value("85%"));

        byte[] pdf = mvc.perform(lkjip("2024"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2024", "KOTA PROBOLINGGO",
                "BAB I", "PENDAHULUAN", "Dr. REY SUWIGTYO", "Sumber Daya Manusia", "Masih tingginya jumlah PMKS",
                "BAB II", "PERENCANAAN KINERJA", "Renstra 2020-2024", "BAB III", "AKUNTABILITAS KINERJA",
                "108,49%", "88,5%", "Target akhir Renstra sudah tercapai", "Faktor pendorong",
                "Pendataan PMKS terpadu dengan DTKS", "4.121.000", "99,49%", "BAB IV", "PENUTUP",
                "Perluasan pendataan ke kelurahan", "LAMPIRAN", "PERJANJIAN KINERJA TAHUN 2024",
                "Pihak Pertama,", "Keterangan", "APBD", "KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI",
                "DAFTAR TABEL", "Tabel 3.1 Capaian indikator kinerja utama tahun 2024", "Sumber:",
                "NIP. 19670711 198809 1 001", "Halaman 2 dari", "LAMPIRAN: STANDAR PELAYANAN MINIMAL",
                "X = Disabilitas 150, anak terlantar 49", "(324 / 324) \u00d7 100% = 100,00%",
                "Evaluasi internal atas SAKIP tahun 2023 memberi nilai 80,17 dengan predikat A (Memuaskan). Dari 2 "
                        + "rekomendasinya, 1 telah selesai ditindaklanjuti",
                "Pengukuran Kinerja: Melakukan pemantauan tindak lanjut per triwulan (Sekretariat; selesai "
                        + "ditindaklanjuti)")
                .doesNotContain("DRAF", "belum diisi", "basis=all", "Pemda 3574 - OPD", "Salah isi", "Versi pertama");
        PdfPages pages = PdfPages.of(pdf);
        assertThat(pages.notEmbedded()).isEmpty();
        // the Perjanjian Kinerja's target, not the Renstra's, is what Bab III measures against
        assertThat(pages.words()).contains("Dari target 90% (Perjanjian Kinerja)");
        // what is missing is said to the operator, once, and never printed
        String signedYear = mvc.perform(get("/api/v1/reports/lkjip/checklist").param("pemdaCode", "3574")
                        .param("opdCode", opd).param("year", "2024"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(signedYear).doesNotContain("Perjanjian Kinerja tahun 2024 belum ditandatangani");
        assertThat(text).doesNotContain("belum ditandatangani");
        mvc.perform(get("/api/v1/reports/lkjip/checklist").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2023").param("basis", "all"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missing[?(@ =~ /Perjanjian Kinerja tahun 2023 belum ditandatangani.*/)]")
                        .isNotEmpty());

        // Bab III A on its own: the capaian per sasaran table, as JSON and as a workbook with the efficiency
        mvc.perform(get("/api/v1/reports/capaian-sasaran").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("APPROVED"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].previousYears[3].realisasi").value("88,5%"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].endTarget.verdict")
                        .value("Target akhir Renstra sudah tercapai"));
        byte[] xlsx = mvc.perform(get("/api/v1/reports/capaian-sasaran").param("pemdaCode", "3574")
                        .param("opdCode", opd).param("year", "2024").param("basis", "all").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WorkbookChecks.numbersAsText(xlsx)).isEmpty();
        assertThat(WorkbookChecks.withoutPrintSetup(xlsx)).isEmpty();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            var format = new DataFormatter(Indonesian.LOCALE);
            List<String> capaian = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> capaian.add(format.formatCellValue(cell))));
            assertThat(capaian).contains("CAPAIAN KINERJA PER SASARAN", "Realisasi 2023", "88,5%", "97,64%",
                    "Target akhir Renstra sudah tercapai");
            // the Renstra end target is a number too, its year in its format (which POI's formatter cannot show)
            var end = book.getSheetAt(0).getRow(4).getCell(19);
            assertThat(end.getNumericCellValue()).isEqualTo(0.9d);
            assertThat(end.getCellStyle().getDataFormatString()).isEqualTo("[$-421]#,##0%\" (2024)\"");
            List<String> efficiency = new ArrayList<>();
            book.getSheetAt(1).forEach(row -> row.forEach(cell -> efficiency.add(format.formatCellValue(cell))));
            assertThat(efficiency).contains("PROGRAM PEMBERDAYAAN SOSIAL", "Efisien");
        }
        mvc.perform(get("/api/v1/reports/capaian-sasaran").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024").param("format", "pdf"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
    }

    @Test
    void aYearWithoutApprovedDataIsAnExplicitEmptyReportAndBadParametersAreProblems() throws Exception {
        cityAgency();

        mvc.perform(lkjip("2022").param("format", "json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.note").value(containsString("yang disetujui")));
        String empty = text(mvc.perform(lkjip("2022")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(empty).contains("Belum ada realisasi kinerja tahun 2022 yang disetujui").doesNotContain("BAB I");
        // the workbook says the same, without the API's advice to its caller
        byte[] emptyBook = mvc.perform(get("/api/v1/reports/capaian-sasaran").param("pemdaCode", "3574")
                        .param("opdCode", opd).param("year", "2022").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(emptyBook))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Belum ada realisasi kinerja tahun 2022 yang disetujui Kepala OPD.");
        }
        // the draft of that year, when asked for
        mvc.perform(lkjip("2022").param("format", "json").param("basis", "all"))
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.draft").value(true));
        assertThat(text(mvc.perform(lkjip("2022").param("basis", "all")).andReturn().getResponse()
                .getContentAsByteArray())).contains("DRAF");

        mvc.perform(get("/api/v1/reports/lkjip").param("pemdaCode", "3574").param("opdCode", "TIDAK-ADA")
                        .param("year", "2024"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:opd-not-found"));
        mvc.perform(lkjip("2024").param("format", "docx"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
        mvc.perform(lkjip("2024").param("basis", "semua"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:basis-not-offered"))
                .andExpect(jsonPath("$.errors.basis").exists());
        mvc.perform(lkjip("1999"))
                .andExpect(status().isBadRequest());
    }

    /** The seed agency in miniature, every event through the broker. */
    private void cityAgency() {
        publish(new OpdProfileChanged(UUID.randomUUID(), Instant.now(), 2, org,
                "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Dinsos PPPA", "Kota Probolinggo",
                "Jawa Timur", "Mewujudkan Pembangunan Kota Probolinggo Yang Inklusif",
                "Jalan Raya Dringu No. 13", "(0335) 421431", null, null, "dinosos@probolinggokota.go.id",
                new OpdProfileChanged.Head("Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001",
                        "Kepala Dinas"), List.of("Peraturan Daerah Kota Probolinggo Nomor 5 Tahun 2019"),
                "Membantu Wali Kota di bidang sosial", List.of("Perumusan kebijakan daerah"),
                List.of("Perencanaan dan Pelaporan"), List.of("Rehabilitasi Sosial"), List.of(),
                LocalDate.of(2024, 12, 31), List.of(new OpdProfileChanged.StaffCount("ASN", 11, 22, 33, List.of(
                new OpdProfileChanged.StaffCount("PNS", 10, 21, 31, List.of()),
                new OpdProfileChanged.StaffCount("PPPK", 1, 1, 2, List.of())))),
                List.of("Masih tingginya jumlah PMKS"), "perencana"));
        OrgRef pemda = new OrgRef("3574", PlanNodeChanged.PEMDA_LEVEL, null);
        UUID misi = UUID.randomUUID();
        UUID tujuan = UUID.randomUUID();
        UUID sasaran = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        UUID sub = UUID.randomUUID();
        publish(node(misi, pemda, "MISI", null, null, "Mewujudkan Pemantapan Kesejahteraan"));
        // the OPD's tujuan belongs to the Renstra 2020-2024: its 2025 target is the next Renstra's
        publish(new PlanNodeChanged(UUID.randomUUID(), Instant.now(), 1, tujuan, org, "TUJUAN", misi,
                UUID.randomUUID(), null, null, "Meningkatnya Cakupan Perlindungan Sosial", List.of(), "perencana", 2020,
                2024));
        publish(node(sasaran, org, "SASARAN", tujuan, null, "Meningkatnya Kualitas PMKS"));
        publish(node(program, org, "PROGRAM", sasaran, "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL"));
        publish(node(sub, org, "SUB_KEGIATAN", program, "1.06.02.2.03.0001", "Pekerja Sosial Masyarakat"));
        List<YearTarget> targets = new ArrayList<>();
        for (int year = 2020; year <= 2025; year++) {
            targets.add(new YearTarget(year, BigDecimal.valueOf(86 + (year - 2020) + (year == 2025 ? 1 : 0))));
        }
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, iku, org,
                "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%", Polarity.INCREASING, targets, "uji",
                TargetType.NUMBER, Aggregation.LAST, List.of(), sasaran));
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, programIndicator, org,
                "Persentase PSM yang aktif", "%", Polarity.INCREASING,
                List.of(new YearTarget(2024, new BigDecimal("80"))), "uji", TargetType.NUMBER, Aggregation.LAST,
                List.of(), program));
        UUID count = UUID.randomUUID();
        publish(new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, count, org, "Total PSM yang dilatih",
                "orang", Polarity.INCREASING, List.of(new YearTarget(2024, new BigDecimal("100")),
                new YearTarget(2025, new BigDecimal("120"))), "uji", TargetType.NUMBER, Aggregation.SUM, List.of(),
                sasaran));
        realisation(count, "2024Q1", "20", "100", "20", true, null, null);
        realisation(count, "2024Q2", "30", "100", "50", true, null, null);
        // 2022: a draft; 2023 and 2024: approved; the program's indicator: a draft
        realisation(iku, "2022", "85", "88", "96.5909090909", false, null, null);
        realisation(iku, "2023", "88.5", "89", "99.4382022472", true, null, null);
        realisation(iku, "2024", "97.64", "90", "108.4888888889", true, "Pendataan PMKS terpadu dengan DTKS",
                "Perluasan pendataan ke kelurahan");
        realisation(programIndicator, "2024", "84", "80", "105", false, null, null);
        UUID line = UUID.randomUUID();
        publish(new PaguSet(UUID.randomUUID(), Instant.now(), 1, line, org, 2024, "1.06.02.2.03.0001",
                "Pekerja Sosial Masyarakat", "MURNI", new BigDecimal("4121000"), "uji"));
        publish(new BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), 2, line, org, 2024,
                "1.06.02.2.03.0001", 4, new BigDecimal("4100000"), new BigDecimal("4100000"),
                new BigDecimal("4121000"), new BigDecimal("99.4904149478"), "uji"));
        publish(new PerjanjianKinerjaSigned(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), org, 2024, 1,
                null, "Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001", "Kepala Dinas",
                LocalDate.of(2024, 1, 4), null, null, null, List.of(new PerjanjianKinerjaSigned.Sasaran(sasaran,
                "Meningkatnya Kualitas PMKS", List.of(new PerjanjianKinerjaSigned.Indicator(iku,
                "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%", Polarity.INCREASING,
                new YearTarget(2024, new BigDecimal("90")))))), List.of(new PerjanjianKinerjaSigned.Program(
                program, "1.06.02", "Program Pemberdayaan Sosial", new BigDecimal("4121000"))), "uji",
                "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Kota Probolinggo"));
        // the seed's SPM, its second version arriving before the first; a service withdrawn after its entry
        UUID spm = UUID.randomUUID();
        List<SpmServiceChanged.Group> groups = List.of(new SpmServiceChanged.Group("Disabilitas", 150, 150),
                new SpmServiceChanged.Group("Anak terlantar", 49, 49),
                new SpmServiceChanged.Group("Lansia terlantar", 50, 50),
                new SpmServiceChanged.Group("Gelandangan pengemis", 75, 75));
        publish(new SpmServiceChanged(UUID.randomUUID(), Instant.now(), 2, spm, org, 2024, "REHSOS-LUAR-PANTI",
                "Rehabilitasi sosial dasar di luar panti", "Penyandang disabilitas terlantar, anak terlantar",
                "Standar jumlah dan kualitas barang dan/atau jasa", "Persentase yang terpenuhi kebutuhan dasarnya",
                groups, false, "operator.uji"));
        events.awaitApplied(jdbc);
        publish(new SpmServiceChanged(UUID.randomUUID(), Instant.now(), 1, spm, org, 2024, "REHSOS-LUAR-PANTI",
                "Versi pertama", null, null, null, List.of(new SpmServiceChanged.Group("Disabilitas", 1, 150)), false,
                "operator.uji"));
        // the internal evaluation of the year before, final, and two of its recommendations
        UUID evaluation = UUID.randomUUID();
        publish(new EvaluationFinalised(UUID.randomUUID(), Instant.now(), 170, evaluation, org, 2023,
                "PERMENPANRB-88-2021", new BigDecimal("80.17"), "A", "Memuaskan", List.of(), "inspektorat"));
        publish(new RecommendationStatusChanged(UUID.randomUUID(), Instant.now(), 3, UUID.randomUUID(), evaluation,
                org, 2023, "PENGUKURAN", "Pengukuran Kinerja", "Melakukan pemantauan tindak lanjut per triwulan",
                "Sekretariat", LocalDate.of(2024, 3, 31), "CLOSED", 2, "2024Q1", "perencana"));
        publish(new RecommendationStatusChanged(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), evaluation,
                org, 2023, "CAPAIAN", "Capaian Kinerja", "Capaian kinerja harus lebih ditingkatkan", "Kepala Dinas",
                LocalDate.of(2024, 12, 31), "OPEN", 0, null, "inspektorat"));
        UUID mistaken = UUID.randomUUID();
        publish(new SpmServiceChanged(UUID.randomUUID(), Instant.now(), 1, mistaken, org, 2024, "SALAH", "Salah isi",
                null, null, null, List.of(new SpmServiceChanged.Group("Lansia", 1, 2)), false, "operator.uji"));
        publish(new SpmServiceChanged(UUID.randomUUID(), Instant.now(), 2, mistaken, org, 2024, "SALAH", "Salah isi",
                null, null, null, List.of(new SpmServiceChanged.Group("Lansia", 1, 2)), true, "operator.uji"));
        events.awaitApplied(jdbc);
    }

    private void realisation(UUID indicator, String year, String value, String target, String capaian,
            boolean approved, String pendorong, String tindakLanjut) {
        UUID id = UUID.randomUUID();
        publish(new RealizationRecorded(UUID.randomUUID(), Instant.now(), 1, id, indicator, org, year,
                new BigDecimal(value), new BigDecimal(target), Polarity.INCREASING, CapaianStatus.COMPUTED,
                new BigDecimal(capaian), "operator"));
        if (approved) {
            publish(new RealizationStatusChanged(UUID.randomUUID(), Instant.now(), 4, id, indicator, org, year,
                    "APPROVED", "APPROVED", new BigDecimal(value), null, new BigDecimal(target), null,
                    Polarity.INCREASING, CapaianStatus.COMPUTED, new BigDecimal(capaian), true, "SANGAT_TINGGI",
                    pendorong, null, tindakLanjut, null, "kadis"));
        }
    }

    private static PlanNodeChanged node(UUID id, OrgRef org, String kind, UUID parent, String code, String text) {
        return Published.node(id, org, kind, parent, code, text);
    }

    private MockHttpServletRequestBuilder lkjip(String year) {
        return get("/api/v1/reports/lkjip").param("pemdaCode", "3574").param("opdCode", opd).param("year", year);
    }

    private static String text(byte[] pdf) throws Exception {
        if (System.getProperty("sakip.lkjip.out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("sakip.lkjip.out")), pdf);
        }
        // a cell or a line may wrap anywhere: compare the words, not the line breaks
        return PdfPages.of(pdf).words();
    }

    private void publish(SakipEvent event) {
        events.send(event);
    }
}
