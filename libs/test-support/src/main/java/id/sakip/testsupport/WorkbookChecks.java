package id.sakip.testsupport;

import id.sakip.indonesian.IndonesianNumber;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a workbook a service made must not have, as a reader finds it: a number stored as text ("90", "97,64%",
 * "22 Orang": Excel marks it, will not sum it, and sorts it as words), an empty text where a cell should be blank,
 * or a sheet that prints in pieces (no A4, not fit to one page wide).
 */
public final class WorkbookChecks {

    // a number as an agency writes it, then at most a unit: "86%", "22 Orang", "68,2 indeks", "1.325.359.814"
    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("^\\s*([-+]?[0-9][0-9.,\\s]*?)\\s*(%|\\p{L}[\\p{L} ]*)?\\s*$");

    private WorkbookChecks() {
    }

    /** Every cell holding a number as text, or an empty text: "Sheet!B7 '90%'". */
    public static List<String> numbersAsText(byte[] xlsx) {
        List<String> found = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        if (text.isEmpty() || spellsANumber(text)) {
                            found.add(sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false)
                                    + " '" + text + "'");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Every sheet that does not print A4, one page wide: its name and what it lacks. */
    public static List<String> withoutPrintSetup(byte[] xlsx) {
        List<String> found = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                PrintSetup print = sheet.getPrintSetup();
                if (print.getPaperSize() != PrintSetup.A4_PAPERSIZE) {
                    found.add(sheet.getSheetName() + ": not A4");
                }
                if (!sheet.getFitToPage() || print.getFitWidth() != 1 || print.getFitHeight() != 0) {
                    found.add(sheet.getSheetName() + ": not fit to one page wide");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** "90", "97,64%", "22 Orang" spell numbers; "1.06.02" (a code), "TW II" and "2020-2024" do not. */
    static boolean spellsANumber(String text) {
        Matcher matcher = NUMBER_AND_UNIT.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        try {
            IndonesianNumber.read(matcher.group(1).strip(), IndonesianNumber.Column.MEASURE);
            return true;
        } catch (IndonesianNumber.NotANumber e) {
            return false;
        }
    }
}
