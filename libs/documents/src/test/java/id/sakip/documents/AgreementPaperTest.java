package id.sakip.documents;

import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;
import id.sakip.testsupport.PdfPages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Perjanjian Kinerja paper and, through it, what the kit puts in every PDF. */
class AgreementPaperTest {

    private static final String OPD = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak";
    private static final OfficialDocuments DOCUMENTS = new OfficialDocuments();

    static AgreementPaper paper(boolean draft, String signatory, LocalDate signedOn) {
        var facts = new AgreementPaper.Facts(2025, 1, null, null, null, OPD, "Kota Probolinggo", signatory,
                signatory == null ? null : "19670711 198809 1 001", "Kepala Dinas", null, "Nama Wali Kota", null,
                signedOn, draft);
        var pmks = new PerjanjianKinerjaSigned.Indicator(UUID.randomUUID(),
                "Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan dasarnya", "%",
                Polarity.INCREASING, new YearTarget(2025, new BigDecimal("90")));
        var idg = new PerjanjianKinerjaSigned.Indicator(UUID.randomUUID(), "Indeks Pemberdayaan Gender (IDG)",
                "indeks", Polarity.INCREASING, new YearTarget(2025, new BigDecimal("68.45")));
        var kla = new PerjanjianKinerjaSigned.Indicator(UUID.randomUUID(), "Kategori Kota Layak Anak", null,
                Polarity.INCREASING, YearTarget.category(2025, "Utama"));
        List<PerjanjianKinerjaSigned.Sasaran> sasaran = List.of(
                new PerjanjianKinerjaSigned.Sasaran(UUID.randomUUID(),
                        "Meningkatnya Kualitas dan Kemampuan Penyandang Masalah Kesejahteraan Sosial (PMKS)",
                        List.of(pmks, idg)),
                new PerjanjianKinerjaSigned.Sasaran(UUID.randomUUID(),
                        "Meningkatnya perlindungan perempuan dan anak <b>& tumbuh kembang anak</b>", List.of(kla)));
        List<PerjanjianKinerjaSigned.Program> programs = List.of(
                new PerjanjianKinerjaSigned.Program(UUID.randomUUID(), "1.06.04", "Program Rehabilitasi Sosial",
                        new BigDecimal("1273095214.00")),
                new PerjanjianKinerjaSigned.Program(UUID.randomUUID(), "1.06.02", "Program Pemberdayaan Sosial",
                        new BigDecimal("52264600.00")));
        return AgreementPaper.of(facts, sasaran, programs);
    }

    @Test
    void theSignedPaperNamesBothPartiesOnceWithPlaceDateAndTheAnnexWithKeteranganAndPageNumbers() throws IOException {
        byte[] pdf = paper(false, "Dr. REY SUWIGTYO, S.Sos., M.Si.", LocalDate.of(2025, 1, 4)).pdf(DOCUMENTS);
        keep("perjanjian-kinerja.pdf", pdf);
        PdfPages pages = PdfPages.of(pdf);
        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.words(1)).contains("PERJANJIAN KINERJA TAHUN 2025",
                    "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Probolinggo",
                    "Wali Kota Probolinggo", "Nama Wali Kota", "Probolinggo, 4 Januari 2025",
                    "NIP. 19670711 198809 1 001", "Halaman 1 dari 2")
                .doesNotContain("Dinas Dinas", "Ditandatangani", "DRAF");
        assertThat(pages.words(2)).contains("Sasaran Strategis", "Keterangan", "APBD", "1.325.359.814", "90%",
                "68,45 indeks", "Utama", "<b>& tumbuh kembang anak</b>", "Halaman 2 dari 2");
    }

    @Test
    void aSasaranIsPrintedOnceForAllItsIndicators() {
        String xhtml = DOCUMENTS.xhtml(AgreementPaper.TEMPLATE, paper(false, "X", LocalDate.of(2025, 1, 4)).info(),
                java.util.Map.of("pk", paper(false, "X", LocalDate.of(2025, 1, 4))));
        assertThat(xhtml).containsOnlyOnce("Meningkatnya Kualitas dan Kemampuan Penyandang Masalah");
        assertThat(xhtml).contains("rowspan=\"2\"");
    }

    @Test
    void aDraftToSignByHandCarriesTheMarkOnEveryPageAndLeavesTheDateToBeWritten() throws IOException {
        byte[] pdf = paper(true, null, null).pdf(DOCUMENTS);
        keep("perjanjian-kinerja-draf.pdf", pdf);
        PdfPages pages = PdfPages.of(pdf);
        for (int page = 1; page <= pages.count(); page++) {
            assertThat(pages.words(page)).contains("DRAF");
        }
        assertThat(pages.words(1)).contains("Probolinggo, ........................ 2025",
                "(........................................)");
    }

    @Test
    void everyFontIsEmbeddedAndThePdfSaysWhatItIsInIndonesianAndIsTagged() throws IOException {
        byte[] pdf = paper(false, "Dr. REY SUWIGTYO, S.Sos., M.Si.", LocalDate.of(2025, 1, 4)).pdf(DOCUMENTS);
        PdfPages pages = PdfPages.of(pdf);
        assertThat(pages.notEmbedded()).isEmpty();
        assertThat(pages.fonts()).isNotEmpty().allMatch(name -> name.contains("LiberationSans"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Perjanjian Kinerja Tahun 2025 " + OPD);
            assertThat(info.getAuthor()).isEqualTo(OPD);
            assertThat(info.getSubject()).contains("Perjanjian Kinerja", "Kota Probolinggo", "2025");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("id");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void anInstallationRewordsThePaperWithoutCode(@TempDir Path overrides) throws IOException {
        String shipped = new String(AgreementPaperTest.class.getClassLoader()
                .getResourceAsStream("documents/perjanjian-kinerja.html").readAllBytes());
        Files.writeString(overrides.resolve("perjanjian-kinerja.html"),
                shipped.replace("selanjutnya disebut pihak pertama.", "yang selanjutnya disebut PIHAK PERTAMA."));
        byte[] pdf = paper(false, "X", LocalDate.of(2025, 1, 4)).pdf(new OfficialDocuments(overrides));
        assertThat(PdfPages.of(pdf).words(1)).contains("yang selanjutnya disebut PIHAK PERTAMA.");
    }

    @Test
    void aDocumentFetchesNothing() throws IOException {
        String xhtml = DOCUMENTS.xhtml(AgreementPaper.TEMPLATE, paper(false, "X", null).info(),
                java.util.Map.of("pk", paper(false, "X", null)))
                .replace("<body>", "<body><img src=\"file:///etc/hostname\" alt=\"x\"/>"
                        + "<img src=\"http://203.0.113.1/x.png\" alt=\"y\"/>");
        PdfPages pages = PdfPages.of(DOCUMENTS.layOut(xhtml));
        for (int page = 1; page <= pages.count(); page++) {
            assertThat(pages.images(page)).as("images on page " + page).isEmpty();
        }
    }

    /** With -Dsakip.documents.out=DIR, the PDFs are kept there to be looked at. */
    private static void keep(String name, byte[] pdf) throws IOException {
        String out = System.getProperty("sakip.documents.out");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.write(Path.of(out, name), pdf);
        }
    }
}
