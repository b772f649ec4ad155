package id.sakip.testsupport;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookChecksTest {

    @Test
    void aNumberWrittenAsTextIsFoundAndACodeOrAPhraseIsNot() {
        for (String number : new String[] {"90", "90%", "97,64%", "22 Orang", "68,2 indeks", "1.325.359.814"}) {
            assertThat(WorkbookChecks.spellsANumber(number)).as(number).isTrue();
        }
        for (String text : new String[] {"1.06.02", "1.06.02.2.03.0001", "TW II", "2020-2024", "v",
                "Probolinggo, 4 Januari 2025", "NIP. 19670711 198809 1 001", "Utama", "-"}) {
            assertThat(WorkbookChecks.spellsANumber(text)).as(text).isFalse();
        }
    }

    @Test
    void aSheetThatPrintsInPiecesAndTextNumbersAreNamed() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet good = workbook.createSheet("Baik");
            good.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            good.setFitToPage(true);
            good.getPrintSetup().setFitWidth((short) 1);
            good.getPrintSetup().setFitHeight((short) 0);
            Row row = good.createRow(0);
            row.createCell(0).setCellValue(90);
            row.createCell(1).setCellValue("Persentase PMKS");
            Sheet bad = workbook.createSheet("Buruk");
            Row other = bad.createRow(0);
            other.createCell(0).setCellValue("97,64%");
            other.createCell(1).setCellValue("");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(WorkbookChecks.numbersAsText(xlsx)).containsExactly("Buruk!A1 '97,64%'", "Buruk!B1 ''");
        assertThat(WorkbookChecks.withoutPrintSetup(xlsx)).containsExactly("Buruk: not A4",
                "Buruk: not fit to one page wide");
    }
}
