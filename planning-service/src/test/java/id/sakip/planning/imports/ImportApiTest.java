package id.sakip.planning.imports;

import id.sakip.planning.PlanningApiTestBase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A Renstra or a Rencana Aksi from the agency's own workbook: all of it, or nothing with every bad row named. */
class ImportApiTest extends PlanningApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The seed's MATRIKS RENSTRA, with the columns the seed leaves implicit (Satuan, Polaritas, Skala). */
    private static final List<List<Object>> SEED = List.of(
            List.of("1", "Meningkatnya Cakupan Perlindungan Sosial Masyarakat",
                    "Meningkatnya Kualitas dan Kemampuan PMKS yang terpenuhi kebutuhan dasarnya (PMKS)",
                    "Persentase PMKS (Penurunan)", "%", "Turun", "", 35, 35, 34.5, 34, 33.5, 33),
            List.of("", "", "", "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%", "Naik", "",
                    "85%", "86%", "87%", "88%", "89%", "90%"),
            List.of("", "", "", "Indeks Pemberdayaan Gender (IDG)", "indeks", "Naik", "",
                    68.00, 68.20, 68.30, 68.35, 68.40, 68.45),
            List.of("2", "Meningkatnya Keberdayaan dan Kesetaraan Gender",
                    "Meningkatnya peran serta perempuan dalam pembangunan", "Nilai Evaluasi Pengarusutamaan Gender",
                    "kategori", "Kategori", "Pratama < Madya < Nindya < Utama < Mentor",
                    "N/A", "N/A", "N/A", "Utama", "Utama", "Mentor"),
            List.of("", "", "", "Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang tertangani", "%",
                    "Naik", "", "100%", "100%", "100%", "100%", "100%", "100%"),
            List.of("", "", "", "Kategori Kota Layak Anak", "kategori", "Kategori",
                    "Pratama < Madya < Nindya < Utama < KLA", "Madya", "Madya", "Nindya", "Nindya", "Utama", "Utama"));


    @Test
    void theSeedsMatrixImportsWholeAndABadWorkbookStoresNothing() throws Exception {

        // a bad workbook: three bad rows, each reported by its Excel row number; nothing is stored
        List<List<Object>> bad = new java.util.ArrayList<>(SEED);
        bad.set(1, List.of("", "", "", "Persentase PMKS yang terpenuhi", "%", "Sideways", "", 85, 86, 87, 88, 89, 90));
        bad.set(3, List.of("2", "Meningkatnya Keberdayaan dan Kesetaraan Gender", "Meningkatnya peran serta",
                "Nilai Evaluasi PUG", "kategori", "Kategori", "Pratama < Madya < Nindya < Utama",
                "N/A", "N/A", "N/A", "Utama", "Utama", "Mentor"));
        bad.set(4, List.of("", "", "", "", "%", "Naik", "", "banyak", 100, 100, 100, 100, 100));
        long before = stored();
        importing(workbook(bad, true))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:import-rejected"))
                .andExpect(jsonPath("$.errors['baris 5']").value(org.hamcrest.Matchers.containsString("Polaritas")))
                .andExpect(jsonPath("$.errors['baris 7']").value(org.hamcrest.Matchers.containsString("Mentor")))
                .andExpect(jsonPath("$.errors['baris 8']").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Indikator kosong"),
                        org.hamcrest.Matchers.containsString("'banyak' bukan angka"))))
                .andExpect(jsonPath("$.errors.length()").value(3));
        importing(workbook(SEED, false))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.header").value(org.hamcrest.Matchers.containsString("Polaritas")));
        importing("not a workbook".getBytes())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:not-a-workbook"));
        assertThat(stored()).isEqualTo(before);

        // the seed's matrix: the Renstra, its tujuan and sasaran, six indicators, six years each
        String created = importing(workbook(SEED, true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.renstra.startYear").value(2019))
                .andExpect(jsonPath("$.renstra.endYear").value(2024))
                .andExpect(jsonPath("$.tujuan").value(2))
                .andExpect(jsonPath("$.sasaran").value(2))
                .andExpect(jsonPath("$.indicators").value(6))
                .andReturn().getResponse().getContentAsString();
        String renstra = JSON.readTree(created).get("renstra").get("id").asString();
        send("GET", "/api/v1/renstra/" + renstra + "/matrix", null)
                .andExpect(jsonPath("$.rows[0].indicators[0].polarity").value("DECREASING"))
                .andExpect(jsonPath("$.rows[0].indicators[0].targets[2].value").value(34.5))
                .andExpect(jsonPath("$.rows[0].indicators[1].targets[5].value").value(90))
                .andExpect(jsonPath("$.rows[0].indicators[2].targets[3].value").value(68.35))
                .andExpect(jsonPath("$.rows[1].indicators[0].targets[0].category").doesNotExist())
                .andExpect(jsonPath("$.rows[1].indicators[0].targets[5].category").value("Mentor"))
                .andExpect(jsonPath("$.rows[1].indicators[2].scale[4]").value("KLA"))
                .andExpect(jsonPath("$.rows[1].indicators[2].targets[2].category").value("Nindya"));
        // the same period again: refused, and still nothing half-written
        long after = stored();
        importing(workbook(SEED, true)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:renstra-exists"));
        assertThat(stored()).isEqualTo(after);

        var template = send("GET", "/api/v1/renstra/import-template?startYear=2025&endYear=2029", null)
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(template.getContentType()).startsWith("application/vnd.openxmlformats");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getContentAsByteArray()))) {
            Row header = workbook.getSheet("Renstra").getRow(0);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Polaritas");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("2029");
            assertThat(workbook.getSheet("Petunjuk")).isNotNull();
        }
    }

    /** A percentage kept by Excel as 0.9 and shown 90%. */
    private record PercentCell(double stored) {
    }

    @Test
    void numbersAreReadAsTheAgenciesWriteThemAndAnAmbiguousOneIsRefusedWithItsRow() throws Exception {
        List<List<Object>> spelled = List.of(
                List.of("1", "Meningkatnya perlindungan sosial", "Meningkatnya kualitas PMKS",
                        "Jumlah PMKS yang tertangani", "orang", "Naik", "",
                        "1.500", "1.500 orang", "1.600", 1700, "1.800 orang", "2.000"),
                List.of("", "", "", "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%", "Naik", "",
                        new PercentCell(0.85), new PercentCell(0.8625), "90%", "90 %", "97,64", "1.234,56"),
                List.of("", "", "", "Pagu bantuan sosial per keluarga", "rupiah", "Naik", "",
                        "Rp 52.264.600", "Rp 1.500,50", "52.264.600", 52264600, "-", "N/A"));
        List<List<Object>> ambiguous = new java.util.ArrayList<>(spelled);
        ambiguous.set(0, List.of("1", "Meningkatnya perlindungan sosial", "Meningkatnya kualitas PMKS",
                "Jumlah PMKS yang tertangani", "orang", "Naik", "", "1,500", "1.5", "1600", 1700, 1800, 2000));
        long before = stored();
        importing(workbook(ambiguous, true))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['baris 4']").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("2019: '1,500' tidak dapat dibaca dengan pasti"),
                        org.hamcrest.Matchers.containsString("2020: '1.5' tidak dapat dibaca dengan pasti"))))
                .andExpect(jsonPath("$.errors.length()").value(1));
        assertThat(stored()).isEqualTo(before);

        String created = importing(workbook(spelled, true)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String renstra = JSON.readTree(created).get("renstra").get("id").asString();
        var matrix = JSON.readTree(send("GET", "/api/v1/renstra/" + renstra + "/matrix", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var indicators = matrix.get("rows").get(0).get("indicators");
        assertThat(years(indicators.get(0))).containsExactly("1500", "1500", "1600", "1700", "1800", "2000");
        assertThat(years(indicators.get(1))).containsExactly("85", "86.25", "90", "90", "97.64", "1234.56");
        assertThat(years(indicators.get(2))).containsExactly("52264600", "1500.5", "52264600", "52264600");
    }

    private static List<String> years(tools.jackson.databind.JsonNode indicator) {
        List<String> values = new java.util.ArrayList<>();
        indicator.get("targets").forEach(t -> {
            if (t.hasNonNull("value")) {
                values.add(t.get("value").decimalValue().stripTrailingZeros().toPlainString());
            }
        });
        return values;
    }

    @Test
    void aRencanaAksiImportsUnderItsSasaranAndABadRowStoresNothing() throws Exception {
        String tujuan = id(send("POST", "/api/v1/plan/nodes", "{\"pemdaCode\":\"" + pemda + "\",\"opdCode\":\"" + opd
                + "\",\"kind\":\"TUJUAN\",\"text\":\"Meningkatnya perlindungan sosial\"}"));
        String sasaran = id(send("POST", "/api/v1/plan/nodes", "{\"pemdaCode\":\"" + pemda + "\",\"opdCode\":\"" + opd
                + "\",\"kind\":\"SASARAN\",\"parentId\":\"" + tujuan + "\",\"text\":\"Meningkatnya Kualitas PMKS\"}"));
        List<List<Object>> good = List.of(
                List.of("Rehabilitasi Sosial", "Persentase PPKS yang mendapatkan Pelayanan Rehabilitasi Sosial", "86%",
                        "Rehabilitasi Sosial Dasar", "Jumlah Penerima Pelayanan Rehabilitasi Sosial Dasar", "80%",
                        "Penyediaan Permakanan", "Jumlah Penerima Penyediaan Permakanan", "50 Orang",
                        "Program Rantang Sehat bagi Lanjut Usia Terlantar", "1 tahun", "", "v", "v", "v", "v"),
                List.of("", "", "", "", "", "", "", "", "",
                        "Penyaluran Bantuan Sosial Sembako bagi Anak Yatim", "1 kali", "22 Orang", "v", "", "", ""),
                List.of("", "", "", "", "", "", "Penyediaan Sandang", "Jumlah orang yang menerima pakaian", "100 orang",
                        "penyediaan pakaian dan kelengkapan lainnya", "1 kali", "", "v", "", "", ""),
                List.of("Penanganan Bencana", "", "", "Perlindungan Sosial Korban Bencana", "", "",
                        "Penyediaan Makanan", "", "", "Dapur umum", "1 kali", "", "", "", "v", ""));
        List<List<Object>> bad = new java.util.ArrayList<>(good);
        bad.set(1, List.of("", "", "", "", "", "", "", "", "", "Sembako", "", "", "", "", "", ""));
        bad.set(3, List.of("", "", "", "", "", "", "", "", "", "Dapur umum", "1 kali", "", "", "ok", "", ""));
        bad.set(2, List.of("", "", "", "", "", "", "Penyediaan Sandang", "Jumlah orang yang menerima pakaian",
                "1.25.000 orang", "penyediaan pakaian dan kelengkapan lainnya", "1 kali", "", "v", "", "", ""));
        long before = stored();
        importingPlan(table(bad), sasaran)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:import-rejected"))
                .andExpect(jsonPath("$.errors['baris 3']").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Volume kosong"),
                        org.hamcrest.Matchers.containsString("tanpa jadwal"))))
                .andExpect(jsonPath("$.errors['baris 5']").value(org.hamcrest.Matchers.containsString("'ok'")))
                .andExpect(jsonPath("$.errors['baris 4']").value(org.hamcrest.Matchers.containsString(
                        "Target Sub Kegiatan '1.25.000' bukan angka")))
                .andExpect(jsonPath("$.errors.length()").value(3));
        importingPlan(table(good), tujuan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.sasaranId").exists());
        assertThat(stored()).isEqualTo(before);

        importingPlan(table(good), sasaran)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programs").value(2))
                .andExpect(jsonPath("$.subKegiatan").value(3))
                .andExpect(jsonPath("$.aksi").value(4));
        send("GET", "/api/v1/rencana-aksi/" + pemda + "/" + opd + "/2025", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sasaran[0].quarterTargets[3]").value("88%"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].target").value("86%"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].children[1].name")
                        .value("Penyaluran Bantuan Sosial Sembako bagi Anak Yatim"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].children[1].target")
                        .value("22 Orang"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].children[1].schedule[0]")
                        .value(true))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].children[1].schedule[1]")
                        .value(false))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[1].name")
                        .value("Penyediaan Sandang"))
                .andExpect(jsonPath("$.sasaran[0].programs[1].children[0].children[0].children[0].schedule[2]")
                        .value(true));
        importingPlan(table(good), sasaran).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:rencana-aksi-exists"));

        var template = send("GET", "/api/v1/rencana-aksi/import-template", null).andExpect(status().isOk())
                .andReturn().getResponse();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getContentAsByteArray()))) {
            assertThat(workbook.getSheet("Rencana Aksi").getRow(0).getCell(9).getStringCellValue()).isEqualTo("Aksi");
        }
    }

    /** The Rencana Aksi template's columns, a title row above them. */
    private static byte[] table(List<List<Object>> rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Rencana Aksi");
            Row header = sheet.createRow(0);
            List<String> names = List.of("Program", "Indikator Program", "Target Program", "Kegiatan",
                    "Indikator Kegiatan", "Target Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan",
                    "Target Sub Kegiatan", "Aksi", "Volume", "Target Aksi", "TW I", "TW II", "TW III", "TW IV");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(1 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c).toString());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private ResultActions importingPlan(byte[] file, String sasaran) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/rencana-aksi/import")
                .file(new MockMultipartFile("file", "rencana-aksi.xlsx", ImportController.XLSX.toString(), file))
                .param("pemdaCode", pemda).param("opdCode", opd).param("year", "2025").param("sasaranId", sasaran)
                .param("indikatorSasaran", "Persentase PMKS yang terpenuhi kebutuhannya").param("targetTw4", "88%"));
    }

    private static String id(ResultActions result) throws Exception {
        return JSON.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asString();
    }

    /** Laid out as the seed: a two-row header with the years on the second row. */
    private static byte[] workbook(List<List<Object>> rows, boolean withPolarity) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Matriks Renstra");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("MATRIKS RENSTRA");
            Row header = sheet.createRow(1);
            List<String> names = List.of("No.", "Tujuan", "Sasaran", "Indikator", "Satuan",
                    withPolarity ? "Polaritas" : "Keterangan", "Skala", "Target Kinerja pada Tahun Ke");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            Row years = sheet.createRow(2);
            for (int y = 0; y < 6; y++) {
                years.createCell(7 + y).setCellValue(2019 + y);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof PercentCell percent) {
                        var cell = row.createCell(c);
                        cell.setCellValue(percent.stored());
                        var style = workbook.createCellStyle();
                        style.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
                        cell.setCellStyle(style);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private ResultActions importing(byte[] file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/renstra/import")
                .file(new MockMultipartFile("file", "renstra.xlsx", ImportController.XLSX.toString(), file))
                .param("pemdaCode", pemda).param("opdCode", opd).param("title", "Renstra 2019-2024"));
    }

    private long stored() {
        return jdbc.sql("SELECT (SELECT count(*) FROM renstra) + (SELECT count(*) FROM plan_node) "
                + "+ (SELECT count(*) FROM indicator) + (SELECT count(*) FROM event_publication) "
                + "+ (SELECT count(*) FROM rencana_aksi) + (SELECT count(*) FROM rencana_aksi_line)")
                .query(Long.class).single();
    }
}
