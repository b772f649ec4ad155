package id.sakip.budget.imports;

import id.sakip.budget.BudgetApiTestBase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The seed's Pelaporan Kinerja 2024 budget from a workbook in its own layout: all or nothing, every bad row named. */
class BudgetImportApiTest extends BudgetApiTestBase {

    /** Code, name, pagu, realisasi anggaran (the year's total, as the seed prints it). */
    static final Object[][] SEED = {
            // written as text the way the agencies type it: "Rp", points between thousands
            {"1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL", "Rp 52.264.600", "50.825.000"},
            // the kegiatan's totals as the agency's workbook has them: sums of the rows below
            {"1.06.02.2.03", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/ Kota", "=SUM(C5:C8)",
                    "=SUM(D5:D8)"},
            {"1.06.02.2.03.0001", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", 4121000, 4120900},
            {"1.06.02.2.03.0002", "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial", 43243600, 41859100},
            {"1.06.02.2.03.0004", "Peningkatan Kemampuan ... Kelembagaan Masyarakat", 3400000, 3360000},
            {"1.06.02.2.03.0005", "Peningkatan Kemampuan SDM dan Penguatan LK3", 1500000, 1485000},
            {"1.06.04", "PROGRAM REHABILITASI SOSIAL", 1273095214, 1197686684},
            {"1.06.04.2.01", "Rehabilitasi Sosial Dasar ... di Luar Panti Sosial", 1045673114, 1002011120},
            {"1.06.04.2.01.0001", "Penyediaan Permakanan", 750748114, 727753000},
    };

    @Test
    void theSeedsTableBecomesTheBudgetWithItsRemaindersNamed() throws Exception {
        seedTree();
        JsonNode result = body(upload(workbook(SEED, 1)).andExpect(status().isCreated()));

        assertThat(result.get("rows").asInt()).isEqualTo(5);
        assertThat(result.get("ownLines").asInt()).isEqualTo(2);
        JsonNode programs = result.get("tree").get("programs");
        assertThat(programs.get(0).get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
        assertThat(programs.get(0).get("children").get(0).get("pagu").decimalValue()).isEqualByComparingTo("52264600");
        assertThat(programs.get(1).get("pagu").decimalValue()).isEqualByComparingTo("1273095214");
        assertThat(programs.get(1).get("serapanPercent").decimalValue()).isEqualByComparingTo("94.08");
        JsonNode kegiatan = programs.get(1).get("children").get(0);
        assertThat(kegiatan.get("serapanPercent").decimalValue()).isEqualByComparingTo("95.82");
        JsonNode kegiatanRest = kegiatan.get("children").get(1);
        assertThat(kegiatanRest.get("name").asString()).isEqualTo(BudgetImport.KEGIATAN_REST);
        assertThat(kegiatanRest.get("pagu").decimalValue()).isEqualByComparingTo("294925000");
        assertThat(kegiatanRest.get("realizedByQuarter").get("4").decimalValue()).isEqualByComparingTo("274258120");
        JsonNode programRest = programs.get(1).get("children").get(1);
        assertThat(programRest.get("name").asString()).isEqualTo(BudgetImport.PROGRAM_REST);
        assertThat(programRest.get("pagu").decimalValue()).isEqualByComparingTo("227422100");
        assertThat(programRest.get("realized").decimalValue()).isEqualByComparingTo("195675564");

        // a second import of the same year is refused row by row: the lines exist (revise them instead)
        String before = state();
        JsonNode again = body(upload(workbook(SEED, 1)).andExpect(status().isUnprocessableContent()));
        assertThat(again.get("errors").get("baris 5").asString()).contains("sudah punya pagu");
        assertThat(again.get("errors").get("baris 9").asString()).contains("sudah punya pagu");
        // a total over lines already stored would count them twice
        assertThat(again.get("errors").get("baris 3").asString()).contains("di bawah program 1.06.02");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyBadRowIsNamedAndNothingIsStored() throws Exception {
        seedTree();
        String before = state();
        Object[][] bad = {
                {"1.06.04", "PROGRAM REHABILITASI SOSIAL", 700000000, 0},               // less than its kegiatan
                {"1.06.04.2.01", "Rehabilitasi Sosial Dasar", 1045673114, 1002011120},
                {"1.06.04.2.01.0001", "Penyediaan Permakanan", 750748114, 800000000},  // over its pagu
                {"1.06.02.2.03.0009", "Tidak ada di perencanaan", 1000, 0},            // unknown code
                {"1.6.2", "Kode salah", 1000, 0},                                       // malformed code
                {"1.06.02.2.03.0001", "Negatif", -5, 0},                                // negative
                {"1.06.02.2.03.0002", "Desimal", "10.000,005", 0},                      // 3 decimals
                {"1.06.02.2.03.0004", "Bukan angka", "banyak", 0},
                {"1.06.02.2.03.0005", "Titik desimal", "1500.50", 0},
                {"1.06.04.2.01.0003", "Ribuan atau desimal", 750748114, "1,500"},       // two readings
        };
        JsonNode problem = body(upload(workbook(bad, 1)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:import-rejected")));
        JsonNode errors = problem.get("errors");
        // the title row, the header, then data from Excel row 3
        assertThat(errors.get("baris 5").asString()).contains("melebihi pagu");
        assertThat(errors.get("baris 7").asString()).contains("bukan U.BB.PP");
        assertThat(errors.get("baris 8").asString()).contains("negatif");
        assertThat(errors.get("baris 9").asString()).contains("2 angka sen");
        assertThat(errors.get("baris 10").asString()).contains("bukan angka");
        assertThat(errors.get("baris 11").asString()).contains("titik desimal");
        assertThat(errors.get("baris 12").asString()).contains("'1,500' tidak dapat dibaca dengan pasti")
                .contains("bisa dibaca 1.500 (ribuan) atau 1,500 (desimal)");
        assertThat(errors.size()).isEqualTo(7);
        assertThat(state()).isEqualTo(before);

        // with the row errors fixed, the tree checks remain: an unknown code, a program smaller than its rows
        Object[][] stillBad = {
                {"1.06.04", "PROGRAM REHABILITASI SOSIAL", 700000000, 0},
                {"1.06.04.2.01", "Rehabilitasi Sosial Dasar", 1045673114, 1002011120},
                {"1.06.02.2.03.0009", "Tidak ada di perencanaan", 1000, 0},
        };
        JsonNode second = body(upload(workbook(stillBad, 3)).andExpect(status().isUnprocessableContent()));
        assertThat(second.get("errors").get("baris 5").asString()).contains("lebih kecil dari jumlah rinciannya");
        assertThat(second.get("errors").get("baris 7").asString()).contains("tidak ada di pohon program");
        assertThat(state()).isEqualTo(before);

        upload("not a workbook".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:not-a-workbook"));
        upload(workbook(new Object[0][], 1)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.file").exists());
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theTemplateHasTheColumnsTheImportReads() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/budget/import-template")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int c = 0; c < BudgetTemplate.COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(BudgetTemplate.COLUMNS.get(c));
            }
            assertThat(workbook.getSheet("Petunjuk").getRow(0).getCell(1).getStringCellValue()).contains("Kode");
        }
    }

    private ResultActions upload(byte[] workbook) throws Exception {
        return mvc.perform(multipart("/api/v1/budget/import").file(new MockMultipartFile("file", "anggaran.xlsx",
                        "application/octet-stream", workbook))
                .param("pemdaCode", "3574").param("opdCode", opd).param("year", "2024"));
    }

    /** The seed's layout: title rows first, then the header, then one row per program, kegiatan and sub kegiatan. */
    static byte[] workbook(Object[][] rows, int titleRows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Pelaporan Kinerja");
            for (int t = 0; t < titleRows; t++) {
                sheet.createRow(t).createCell(0).setCellValue(t == 0 ? "PELAPORAN KINERJA 2024" : "");
            }
            Row header = sheet.createRow(titleRows);
            String[] columns = {"Kode", "Program / Kegiatan /Sub Kegiatan", "Pagu APBD", "Realisasi Anggaran"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(titleRows + 1 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (((String) rows[r][c]).startsWith("=")) {
                        row.createCell(c).setCellFormula(((String) rows[r][c]).substring(1));
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            // as Excel saves it: each formula with the value it last computed
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
