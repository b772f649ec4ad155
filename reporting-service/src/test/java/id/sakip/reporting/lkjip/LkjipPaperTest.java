package id.sakip.reporting.lkjip;

import id.sakip.documents.Measure;
import id.sakip.documents.OfficialDocuments;
import id.sakip.events.CapaianStatus;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;
import id.sakip.reporting.agreement.SignedAgreement;
import id.sakip.reporting.history.IndicatorHistory.Justification;
import id.sakip.reporting.lkjip.Lkjip.Agreement;
import id.sakip.reporting.lkjip.Lkjip.Basis;
import id.sakip.reporting.lkjip.Lkjip.EndTarget;
import id.sakip.reporting.lkjip.Lkjip.IndicatorResult;
import id.sakip.reporting.lkjip.Lkjip.Organisation;
import id.sakip.reporting.lkjip.Lkjip.SasaranResult;
import id.sakip.reporting.lkjip.Lkjip.Summary;
import id.sakip.reporting.lkjip.Lkjip.YearFigure;
import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.Efficiency;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.Totals;
import id.sakip.reporting.projection.AgreementContent;
import id.sakip.reporting.projection.OpdProfile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The LKjIP's paper from a report, without Spring: what it measures against, what it says, what it leaves out. */
class LkjipPaperTest {

    private static final OfficialDocuments DOCUMENTS = new OfficialDocuments();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Measure percent(String s) {
        return Measure.of(d(s), "%");
    }

    record Sample(Lkjip report, SignedAgreement signed) {
    }

    /** The seed's section 2.2: one service, four groups, 324 of 324. */
    static final Lkjip.Spm SEED_SPM = new Lkjip.Spm(List.of(new Lkjip.SpmService("REHSOS-LUAR-PANTI",
            "Rehabilitasi Sosial dasar penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar, serta "
                    + "gelandangan pengemis di wilayah kabupaten/kota",
            "Penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar, serta gelandangan pengemis di "
                    + "wilayah kabupaten/kota",
            "Standar jumlah dan kualitas barang dan/atau jasa",
            "Persentase (%) penyandang disabilitas, anak, lanjut usia, serta gelandangan dan pengemis yang terpenuhi "
                    + "kebutuhan dasarnya di luar panti",
            List.of(new Lkjip.SpmGroup("Disabilitas", 150, 150), new Lkjip.SpmGroup("Anak terlantar", 49, 49),
                    new Lkjip.SpmGroup("Lansia terlantar", 50, 50), new Lkjip.SpmGroup("Gelandangan pengemis", 75, 75)),
            324, 324, d("100.00"))), 324, 324, d("100.00"));

    static Sample sample(boolean draft) {
        String opdName = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak";
        var profile = new OpdProfile("Jalan Raya Dringu No. 13, Kota Probolinggo", "(0335) 421431",
                "(0335) 421432", "dinsosprobolinggokota.go.id", "dinsos@probolinggokota.go.id",
                new OpdProfileChanged.Head("Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001",
                        "Kepala Dinas"),
                List.of("Peraturan Daerah Kota Probolinggo Nomor 5 Tahun 2019"),
                "Membantu Wali Kota melaksanakan urusan pemerintahan di bidang sosial",
                List.of("Perumusan kebijakan daerah di bidang sosial"), List.of("Umum dan Kepegawaian"),
                List.of("Rehabilitasi Sosial"), List.of(), LocalDate.of(2024, 12, 31),
                List.of(new OpdProfileChanged.StaffCount("ASN", 11, 22, 33, List.of(
                        new OpdProfileChanged.StaffCount("PNS", 10, 21, 31, List.of()),
                        new OpdProfileChanged.StaffCount("PPPK", 1, 1, 2, List.of())))),
                List.of("Masih tingginya jumlah PMKS"));
        var organisation = new Organisation(opdName, "Dinsos PPPA", "Kota Probolinggo", "Jawa Timur",
                "Mewujudkan Pembangunan Kota Probolinggo Yang Inklusif", profile);
        UUID pmksId = UUID.randomUUID();
        var pmks = new IndicatorResult(pmksId, "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%",
                Polarity.INCREASING, percent("90"), percent("97.64"), "2024", d("108.49"), d("108.49"),
                CapaianStatus.COMPUTED, "APPROVED", true, List.of(new YearFigure(2023, percent("89"), null, null),
                new YearFigure(2024, percent("90"), null, null)),
                List.of(new YearFigure(2022, percent("88"), percent("86"), d("97.73")),
                        new YearFigure(2023, percent("89"), percent("88.5"), d("99.44"))),
                new EndTarget(2024, percent("90"), true, "Target akhir Renstra sudah tercapai"),
                List.of(new Justification("2024", "Pendataan PMKS terpadu dengan DTKS", "Keterbatasan anggaran",
                        "Perluasan pendataan ke kelurahan")));
        var idg = new IndicatorResult(UUID.randomUUID(), "Indeks Pemberdayaan Gender (IDG)", "indeks",
                Polarity.INCREASING, Measure.of(d("68.45"), "indeks"), Measure.of(d("68.2"), "indeks"), "2024",
                d("99.63"), d("99.63"), CapaianStatus.COMPUTED, "APPROVED", false,
                List.of(new YearFigure(2024, Measure.of(d("68.45"), "indeks"), null, null)), List.of(), null,
                List.of());
        var program = new ProgramRow(UUID.randomUUID(), "PROGRAM", "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL",
                List.of(), d("52264600"), d("50825000"), d("97.25"),
                new Efficiency(d("100"), d("97.25"), d("1.03"), true, "Efisien"), List.of());
        var sasaran = List.of(new SasaranResult(UUID.randomUUID(), "Mewujudkan Pemantapan Kesejahteraan",
                "Meningkatnya Cakupan Perlindungan Sosial", "Meningkatnya Kualitas dan Kemampuan PMKS",
                List.of(pmks, idg), List.of(program)));
        var budget = List.of(new BudgetRow(UUID.randomUUID(), "SUB_KEGIATAN", "1.06.02.2.03.0001",
                "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "MURNI", null, d("4121000"),
                d("4120900"), d("99.99")));
        var report = new Lkjip("3574", "DINSOS-PPPA", 2024, Basis.APPROVED, false, null, organisation,
                List.of(2023, 2024), sasaran, List.of(), budget, new Totals(d("4121000"), d("4120900"), d("99.99")),
                new Summary(2, 2, 1, d("104.06"), d("99.99"), List.of("Perluasan pendataan ke kelurahan")),
                new Agreement(1, LocalDate.of(2024, 1, 4), "Dr. REY SUWIGTYO, S.Sos., M.Si."), draft,
                "rumus menurun (T/R) x 100", List.of(d("90"), d("75"), d("65"), d("50")), SEED_SPM, null);
        var signed = new SignedAgreement(UUID.randomUUID(), "3574", "DINSOS-PPPA", 2024, 1,
                "Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001", "Kepala Dinas", LocalDate.of(2024, 1, 4),
                null, null, null, opdName, "Kota Probolinggo", null, null, "Probolinggo",
                new AgreementContent(List.of(new PerjanjianKinerjaSigned.Sasaran(UUID.randomUUID(),
                        "Meningkatnya Kualitas dan Kemampuan PMKS", List.of(new PerjanjianKinerjaSigned.Indicator(
                        pmksId, pmks.name(), "%", Polarity.INCREASING, new YearTarget(2024, d("90")))))),
                        List.of(new PerjanjianKinerjaSigned.Program(UUID.randomUUID(), "1.06.02",
                                "Program Pemberdayaan Sosial", d("52264600")))));
        return new Sample(report, signed);
    }

    @Test
    void eachIkuIsMeasuredAgainstThePerjanjianKinerjaWhereItHasOneAndTheRenstraElse() {
        Sample s = sample(false);
        LkjipPaper paper = LkjipPaper.of(s.report(), s.signed(), null, LocalDate.of(2025, 1, 30));
        assertThat(paper.capaian()).extracting(LkjipPaper.Line::targetSource)
                .containsExactly("Perjanjian Kinerja", "Renstra");
        var pmks = paper.sasaran().get(0).indicators().get(0);
        assertThat(pmks.analysis()).contains("Dari target 90% (Perjanjian Kinerja), realisasi tahun 2024 sebesar "
                + "97,64%, capaian 108,49%; target tercapai.", "Pada tahun 2023 realisasinya 88,5% dari target 89%, "
                + "capaian meningkat dari 99,44%.", "Terhadap target akhir Renstra 90% (2024): target akhir Renstra "
                + "sudah tercapai.");
        assertThat(pmks.pendorong()).containsExactly("Pendataan PMKS terpadu dengan DTKS");
        assertThat(paper.head().jabatan())
                .isEqualTo("Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Probolinggo");
        assertThat(paper.tables()).extracting(LkjipPaper.Caption::label).contains("Tabel 3.1 Capaian indikator "
                + "kinerja utama tahun 2024", "Tabel 3.2 " + pmks.name(), "Tabel 3.5 Realisasi anggaran tahun 2024");
    }

    @Test
    void whatIsMissingIsNamedInTheChecklistAndNeverPrinted() {
        Sample s = sample(false);
        LkjipPaper unsigned = LkjipPaper.of(s.report(), null, null, LocalDate.of(2025, 1, 30));
        assertThat(unsigned.checklist()).anySatisfy(line -> assertThat(line)
                .startsWith("Perjanjian Kinerja tahun 2024 belum ditandatangani"));
        assertThat(unsigned.checklist()).anySatisfy(line -> assertThat(line)
                .contains("Faktor pendorong dan penghambat Indeks Pemberdayaan Gender (IDG) belum diisi"));
        String xhtml = DOCUMENTS.xhtml(LkjipPaper.TEMPLATE, unsigned.info(), unsigned.model());
        assertThat(xhtml).contains("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI",
                        "2.2 Target Kinerja Tahun 2024")
                .doesNotContain("belum ditandatangani", "belum diisi", "null", "LAMPIRAN: PERJANJIAN KINERJA");
        LkjipPaper signed = LkjipPaper.of(s.report(), s.signed(), null, LocalDate.of(2025, 1, 30));
        assertThat(signed.checklist()).noneSatisfy(line -> assertThat(line).contains("Perjanjian Kinerja tahun"));
        assertThat(DOCUMENTS.xhtml(LkjipPaper.TEMPLATE, signed.info(), signed.model()))
                .contains("LAMPIRAN: PERJANJIAN KINERJA", "2.2 Perjanjian Kinerja Tahun 2024",
                        "Probolinggo, 30 Januari 2025", "JANUARI 2025").doesNotContain("null");
    }

    @Test
    void theLampiranHasThePelaporanKinerjaWithTheSameTargetsAsBabIii() {
        Sample s = sample(false);
        LkjipPaper paper = LkjipPaper.of(s.report(), s.signed(), null, LocalDate.of(2025, 1, 30));
        var block = paper.pelaporan().get(0);
        assertThat(block.sasaran()).isEqualTo("Meningkatnya Kualitas dan Kemampuan PMKS");
        // the IKU as Tabel 3.1 has them, then the program with its money
        assertThat(block.rows()).extracting(LkjipPaper.ReportedRow::level)
                .containsExactly("IKU", "IKU", "PROGRAM");
        assertThat(block.rows().get(0).target()).isEqualTo(paper.capaian().get(0).target());
        assertThat(block.rows().get(2).name()).isEqualTo("1.06.02 PROGRAM PEMBERDAYAAN SOSIAL");
        assertThat(block.rows().get(2).pagu()).isEqualTo("52.264.600");
        var pages = id.sakip.testsupport.PdfPages.of(DOCUMENTS.pdf(LkjipPaper.TEMPLATE, paper.info(), paper.model()));
        assertThat(pages.words()).contains("LAMPIRAN: PELAPORAN KINERJA", "PELAPORAN KINERJA TAHUN 2024",
                "Realisasi Anggaran (Rp)");
    }

    @Test
    void theLampiranHasTheSpmCalculationAsTheAgencysTableWritesIt() {
        Sample s = sample(false);
        LkjipPaper paper = LkjipPaper.of(s.report(), s.signed(), null, LocalDate.of(2025, 1, 30));
        var row = paper.spm().get(0);
        assertThat(row.needsMet()).isEqualTo("X = Disabilitas 150, anak terlantar 49, lansia terlantar 50, "
                + "gelandangan pengemis 75");
        assertThat(row.inNeed()).startsWith("Y = Disabilitas 150, anak terlantar 49");
        assertThat(row.calculation()).isEqualTo("(324 / 324) \u00d7 100% = 100,00%");
        assertThat(paper.checklist()).noneSatisfy(line -> assertThat(line).contains("SPM"));
        var pages = id.sakip.testsupport.PdfPages.of(DOCUMENTS.pdf(LkjipPaper.TEMPLATE, paper.info(), paper.model()));
        assertThat(pages.words()).contains("LAMPIRAN: STANDAR PELAYANAN MINIMAL",
                "PENGHITUNGAN KEBUTUHAN PEMENUHAN PELAYANAN DASAR TAHUN 2024", "Standar Layanan",
                "(324 / 324) \u00d7 100% = 100,00%", "Permendagri 59 Tahun 2021");
        // in the daftar isi and on its own page
        assertThat(pages.words().split("LAMPIRAN: STANDAR PELAYANAN MINIMAL", -1)).hasSize(3);

        // a service without its standard is asked for once; nobody in need is said so, not divided by
        var partial = new Lkjip.SpmService("REHSOS-DALAM-PANTI", "Rehabilitasi sosial dasar di dalam panti",
                "Anak terlantar", null, null, List.of(new Lkjip.SpmGroup("PMKS", 0, 0)), 0, 0, null);
        var report = s.report();
        var withPartial = new Lkjip(report.pemdaCode(), report.opdCode(), report.year(), report.basis(),
                report.empty(), report.note(), report.organisation(), report.renstraYears(), report.sasaran(),
                report.otherIndicators(), report.budget(), report.budgetTotals(), report.summary(),
                report.agreement(), report.draft(), report.capaianRules(), report.ratingBounds(),
                new Lkjip.Spm(List.of(partial), 0, 0, null), null);
        LkjipPaper second = LkjipPaper.of(withPartial, s.signed(), null, LocalDate.of(2025, 1, 30));
        assertThat(second.spm().get(0).calculation()).startsWith("Tidak ada penerima yang membutuhkan layanan");
        assertThat(second.spm().get(0).needsMet()).isEqualTo("X = PMKS 0");
        assertThat(second.checklist()).contains("Layanan SPM REHSOS-DALAM-PANTI: standar layanan belum diisi "
                + "(Lampiran SPM).");

        // an OPD without an SPM has no such lampiran
        var none = new Lkjip(report.pemdaCode(), report.opdCode(), report.year(), report.basis(), report.empty(),
                report.note(), report.organisation(), report.renstraYears(), report.sasaran(),
                report.otherIndicators(), report.budget(), report.budgetTotals(), report.summary(),
                report.agreement(), report.draft(), report.capaianRules(), report.ratingBounds(),
                new Lkjip.Spm(List.of(), 0, 0, null), null);
        LkjipPaper third = LkjipPaper.of(none, s.signed(), null, LocalDate.of(2025, 1, 30));
        assertThat(id.sakip.testsupport.PdfPages.of(DOCUMENTS.pdf(LkjipPaper.TEMPLATE, third.info(),
                third.model())).words()).doesNotContain("STANDAR PELAYANAN MINIMAL");
    }

    @Test
    void theCoverPrintsThePemdasLambangAndTheChecklistAsksForOneUntilItIsSet() throws Exception {
        Sample s = sample(false);
        var emblem = new java.awt.image.BufferedImage(300, 360, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(emblem, "png", out);

        LkjipPaper with = LkjipPaper.of(s.report(), s.signed(), out.toByteArray(), LocalDate.of(2025, 1, 30));
        var pages = id.sakip.testsupport.PdfPages.of(DOCUMENTS.pdf(LkjipPaper.TEMPLATE, with.info(), with.model()));
        assertThat(pages.images(1)).containsExactly("300x360");
        assertThat(with.checklist()).noneSatisfy(line -> assertThat(line).contains("Lambang"));

        LkjipPaper without = LkjipPaper.of(s.report(), s.signed(), null, LocalDate.of(2025, 1, 30));
        assertThat(id.sakip.testsupport.PdfPages.of(DOCUMENTS.pdf(LkjipPaper.TEMPLATE, without.info(),
                without.model())).images(1)).isEmpty();
        assertThat(without.checklist()).contains("Lambang Pemda belum diunggah oleh admin Pemda: sampul tanpa "
                + "lambang.");
    }

    @Test
    void aDraftSaysSoOnEveryPage() {
        Sample s = sample(true);
        LkjipPaper paper = LkjipPaper.of(s.report(), s.signed(), null, LocalDate.of(2025, 1, 30));
        byte[] pdf = DOCUMENTS.pdf(LkjipPaper.TEMPLATE, paper.info(), paper.model());
        var pages = id.sakip.testsupport.PdfPages.of(pdf);
        assertThat(pages.count()).isGreaterThan(8);
        for (int page = 1; page <= pages.count(); page++) {
            assertThat(pages.words(page)).contains("DRAF");
        }
        assertThat(pages.notEmbedded()).isEmpty();
    }
}
