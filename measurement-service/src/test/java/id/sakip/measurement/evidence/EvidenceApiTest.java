package id.sakip.measurement.evidence;

import id.sakip.events.Aggregation;
import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;
import id.sakip.measurement.MeasurementApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bukti dukung: attached while the realisation can change, type checked by content, listed and downloaded. */
class EvidenceApiTest extends MeasurementApiTestBase {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void filesAreAttachedListedAndDownloadedAsUploaded() throws Exception {
        String opd = newOpd();
        UUID realization = aDraft(opd);

        JsonNode pdf = body(upload(realization, "C:\\Users\\operator\\Berita Acara TW IV.pdf", PDF)
                .andExpect(status().isCreated()));
        assertThat(pdf.get("fileName").asString()).isEqualTo("Berita Acara TW IV.pdf");
        assertThat(pdf.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(pdf.get("uploadedBy").asString()).isEqualTo("operator.uji");
        // named .pdf but a PNG inside: the content decides
        upload(realization, "foto-kegiatan.pdf", PNG).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"));
        upload(realization, "rekap.xlsx", officeDocument("xl/workbook.xml")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value(FileKind.XLSX.contentType));

        JsonNode list = read("/api/v1/realizations/" + realization + "/evidence");
        assertThat(list).hasSize(3);
        JsonNode history = read("/api/v1/realizations/" + realization + "/history");
        assertThat(history.get(1).get("action").asString()).isEqualTo("EVIDENCE");
        assertThat(history.get(1).get("after").get("evidence").asString()).startsWith("Berita Acara TW IV.pdf");
        byte[] downloaded = mvc.perform(get("/api/v1/realizations/" + realization + "/evidence/"
                        + pdf.get("id").asString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("Berita")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
    }

    @Test
    void forbiddenTypesOversizedAndEmptyFilesAndLockedRealisationsStoreNothing() throws Exception {
        String opd = newOpd();
        UUID realization = aDraft(opd);
        long rows = rows();

        upload(realization, "laporan.pdf", "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:evidence-type-not-allowed"));
        upload(realization, "arsip.docx", officeDocument("not-office/readme.txt"))
                .andExpect(status().isUnsupportedMediaType());
        upload(realization, "kosong.pdf", new byte[0]).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:evidence-empty"));
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        upload(realization, "besar.pdf", large).andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:evidence-too-large"));
        upload(UUID.randomUUID(), "x.pdf", PDF).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-realization"));
        assertThat(rows()).isEqualTo(rows);

        act(realization, "submit", "operator", 1, "{\"faktorPenghambat\":\"a\",\"tindakLanjut\":\"b\"}")
                .andExpect(status().isOk());
        upload(realization, "susulan.pdf", PDF).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));
        assertThat(rows()).isGreaterThan(rows);
        assertThat(read("/api/v1/realizations/" + realization + "/evidence")).isEmpty();
    }

    @Test
    void theContentDecidesTheKind() {
        assertThat(FileKind.of(PDF)).contains(FileKind.PDF);
        assertThat(FileKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileKind.JPEG);
        assertThat(FileKind.of(officeDocument("word/document.xml"))).contains(FileKind.DOCX);
        assertThat(FileKind.of(officeDocument("ppt/presentation.xml"))).contains(FileKind.PPTX);
        assertThat(FileKind.of(openDocument("application/vnd.oasis.opendocument.spreadsheet")))
                .contains(FileKind.ODS);
        assertThat(FileKind.of(openDocument("application/x-shellscript"))).isEmpty();
        assertThat(FileKind.of(compound("Workbook"))).contains(FileKind.XLS);
        assertThat(FileKind.of(compound("WordDocument"))).contains(FileKind.DOC);
        assertThat(FileKind.of(compound("PowerPoint Document"))).contains(FileKind.PPT);
        // an installer or a mail message is a compound file too; so is a Word file with macros
        assertThat(FileKind.of(compound("SummaryInformation"))).isEmpty();
        assertThat(FileKind.of(compound("WordDocument", "Macros"))).isEmpty();
        assertThat(FileKind.of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<x/>",
                "word/vbaProject.bin", "macro"))).isEmpty();
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(FileKind.of(header)).as("the header alone").isEmpty();
        assertThat(FileKind.of("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(EvidenceFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceFiles.cleanName(" \u0000 ")).isEqualTo("bukti-dukung");
        // a right-to-left override shows "laporan\u202Efdp.exe" as "laporanexe.pdf": the bidi controls go
        assertThat(EvidenceFiles.cleanName("laporan\u202Efdp.exe")).isEqualTo("laporanfdp.exe");
        assertThat(EvidenceFiles.cleanName("a\u200Fb\u2066c\u2069\uFEFF.pdf")).isEqualTo("abc.pdf");
    }

    private UUID aDraft(String opd) throws Exception {
        UUID indicator = defineIndicator(opd, "Jumlah anak terlantar yang terlayani", "orang", Polarity.INCREASING,
                Aggregation.SUM, List.of(new YearTarget(2024, new BigDecimal("49"))));
        return id(recorded(indicator, "2024", "40"));
    }

    private ResultActions upload(UUID realization, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/realizations/" + realization + "/evidence")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)));
    }

    private static byte[] officeDocument(String part) {
        return zip("[Content_Types].xml", "<Types/>", part, "<x/>");
    }

    private static byte[] openDocument(String mimetype) {
        return zip("mimetype", mimetype, "content.xml", "<office:document-content/>");
    }

    /** A zip of the entries given as name, content, name, content ... */
    private static byte[] zip(String... namesAndContents) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE2 compound file with a stream of each name (a directory for "Macros"). */
    private static byte[] compound(String... entries) {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); var bytes = new ByteArrayOutputStream()) {
            for (String entry : entries) {
                if (entry.equals("Macros")) {
                    fs.getRoot().createDirectory(entry);
                } else {
                    fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), entry);
                }
            }
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
