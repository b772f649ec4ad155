package id.sakip.support.imports;

import id.sakip.indonesian.IndonesianNumber;
import id.sakip.indonesian.IndonesianNumber.Column;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cell's number as the agency meant it, whatever way Excel keeps it. */
class WorkbooksTest {

    private final DataFormatter format = new DataFormatter(Locale.ROOT);
    private Workbook workbook;
    private Row row;

    @BeforeEach
    void sheet() {
        workbook = new HSSFWorkbook();
        row = workbook.createSheet().createRow(0);
    }

    @Test
    void aNumericCellFormattedAsAPercentageIsItsPercentage() throws IOException {
        Cell cell = numeric(0, 0.9764, "0.00%");
        assertThat(format.formatCellValue(cell)).isEqualTo("97.64%");
        assertThat(Workbooks.number(cell, format, Column.MEASURE)).isEqualByComparingTo("97.64");
        assertThat(Workbooks.written(row, 0, format)).isEqualTo("97,64%");
        workbook.close();
    }

    @Test
    void aNumericCellIsTheNumberExcelShows() {
        assertThat(Workbooks.number(numeric(0, 1500, "#,##0"), format, Column.COUNT)).isEqualByComparingTo("1500");
        assertThat(Workbooks.written(row, 0, format)).isEqualTo("1.500");
        // the double nearest 0.1 + 0.2 is 0.30000000000000004; Excel shows 0.3
        assertThat(Workbooks.number(numeric(1, 0.1 + 0.2, "General"), format, Column.MEASURE)).isEqualTo("0.3");
        assertThat(Workbooks.number(numeric(2, 52264600, "#,##0"), format, Column.MONEY)).isEqualTo("52264600");
    }

    @Test
    void aTextCellIsReadTheAgenciesWay() {
        assertThat(Workbooks.number(text(0, "1.500 orang"), format, Column.COUNT)).isEqualByComparingTo("1500");
        assertThat(Workbooks.number(text(1, "Rp 52.264.600"), format, Column.MONEY)).isEqualByComparingTo("52264600");
        assertThat(Workbooks.number(text(2, "90 %"), format, Column.MEASURE)).isEqualByComparingTo("90");
        assertThat(Workbooks.number(text(3, "N/A"), format, Column.MEASURE)).isNull();
        assertThat(Workbooks.number(null, format, Column.MEASURE)).isNull();
        assertThatThrownBy(() -> Workbooks.number(text(4, "1,500"), format, Column.COUNT))
                .isInstanceOf(IndonesianNumber.NotANumber.class).hasMessageContaining("bisa dibaca");
    }

    @Test
    void aNumericCellFollowsTheColumnsRulesTooAndADateIsNoNumber() {
        assertThatThrownBy(() -> Workbooks.number(numeric(0, 1.5, "0.0"), format, Column.COUNT))
                .isInstanceOf(IndonesianNumber.NotANumber.class).hasMessageContaining("bukan bilangan bulat");
        assertThatThrownBy(() -> Workbooks.number(numeric(1, 1500.505, "#,##0.000"), format, Column.MONEY))
                .hasMessageContaining("lebih dari 2 angka sen");
        assertThatThrownBy(() -> Workbooks.number(numeric(2, 45292, "dd/mm/yyyy"), format, Column.MEASURE))
                .hasMessageContaining("berisi tanggal");
    }

    @Test
    void aFormulaCountsWithTheValueExcelLastComputed() {
        Cell cell = row.createCell(0);
        cell.setCellFormula("1000+500");
        cell.setCellValue(1500);
        assertThat(Workbooks.number(cell, format, Column.MONEY)).isEqualByComparingTo("1500");
    }

    private Cell numeric(int column, double value, String pattern) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        cell.setCellStyle(style);
        return cell;
    }

    private Cell text(int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }
}
