package id.sakip.support.imports;

import id.sakip.support.web.ApiProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

import java.util.Map;

/**
 * What every workbook import needs (needs Apache POI on the classpath): a cell as the text a person sees, blank rows,
 * and the refusal that names every bad row.
 */
public final class Workbooks {

    /** The cell's text as shown, stripped; null when the column is absent or the cell is empty. */
    public static String text(Row row, Integer column, DataFormatter format) {
        if (column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        String text = cell == null ? "" : format.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
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
