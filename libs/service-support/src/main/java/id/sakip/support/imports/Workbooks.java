package id.sakip.support.imports;

import id.sakip.indonesian.Indonesian;
import id.sakip.indonesian.IndonesianNumber;
import id.sakip.support.Texts;
import id.sakip.support.web.ApiProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * What every workbook import needs (needs Apache POI on the classpath): a cell as the text a person sees, blank rows,
 * and the refusal that names every bad row.
 */
public final class Workbooks {

    // Excel shows and compares 15 significant digits of the double it stores
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** The cell's text as shown, stripped; null when the column is absent or the cell is empty. */
    public static String text(Row row, Integer column, DataFormatter format) {
        if (column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        // a cell carries along what a person does not see (a stray control character, a bidi override)
        String text = cell == null ? "" : Texts.visible(format.formatCellValue(cell)).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The number a cell holds, read the way the agency meant it: a numeric cell as Excel shows it (15 significant
     * digits, so 0.1 + 0.2 is 0.3), times 100 when the cell is formatted as a percentage (stored 0.9, shown 90%);
     * a formula by the value Excel last computed; text by {@link IndonesianNumber#read} for the column. Null when
     * the cell is empty or says "-" / "N/A".
     *
     * @throws IndonesianNumber.NotANumber when a text cannot be read unambiguously
     */
    public static BigDecimal number(Cell cell, DataFormatter format, IndonesianNumber.Column column) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                throw new IndonesianNumber.NotANumber(format.formatCellValue(cell), "berisi tanggal, bukan angka; "
                        + "ubah format selnya menjadi angka");
            }
            BigDecimal value = new BigDecimal(cell.getNumericCellValue()).round(EXCEL_PRECISION);
            if (percentFormatted(cell)) {
                value = value.movePointRight(2);
            }
            value = value.stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
            IndonesianNumber.fit(value, column, Indonesian.decimal(value));
            return value;
        }
        String text = type == CellType.STRING && cell.getCellType() == CellType.FORMULA
                ? cell.getStringCellValue() : format.formatCellValue(cell);
        return IndonesianNumber.read(text, column);
    }

    /**
     * A cell as the text an import keeps as written (a target "90%", "1.500 orang"): a numeric cell in Indonesian
     * spelling, with a percent sign when it is formatted as a percentage, so it reads back as the same number;
     * other cells as shown. Null when the column is absent or the cell is empty.
     */
    public static String written(Row row, Integer column, DataFormatter format) {
        if (column == null || row.getCell(column) == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
            BigDecimal value = number(cell, format, IndonesianNumber.Column.MEASURE);
            return Indonesian.decimal(value) + (percentFormatted(cell) ? "%" : "");
        }
        return text(row, column, format);
    }

    private static boolean percentFormatted(Cell cell) {
        String pattern = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        return pattern != null && pattern.replaceAll("\"[^\"]*\"", "").contains("%");
    }

    /** True when no cell of the row shows anything. */
    public static boolean blank(Row row, DataFormatter format) {
        for (Cell cell : row) {
            if (!format.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** 422 import-rejected with every problem ("baris 7" -> what is wrong); nothing was stored. */
    public static ApiProblem rejected(Map<String, String> errors) {
        return ApiProblem.unprocessable("import-rejected", "Impor ditolak, tidak ada data yang disimpan: "
                + errors.size() + " masalah. " + String.join(" | ", errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList()), errors);
    }

    private Workbooks() {
    }
}
