package id.sakip.reporting;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * What every report workbook shares: the styles (bordered cells; numbers as numbers, with formats tagged with the
 * Indonesian locale, so LibreOffice shows 52.264.600 and 97,25 and Excel uses the reader's own separators) and the
 * cell writers.
 */
public abstract class ReportWorkbook implements AutoCloseable {

    protected static final String RUPIAH = "[$-421]#,##0";
    protected static final String NUMBER = "[$-421]#,##0.##";
    protected static final String PERCENT = "[$-421]#,##0.00";

    protected final XSSFWorkbook workbook = new XSSFWorkbook();
    protected final CellStyle title;
    protected final CellStyle header;
    protected final CellStyle text;
    protected final CellStyle rupiah;
    protected final CellStyle number;
    protected final CellStyle percent;
    protected final CellStyle totalRupiah;
    protected final CellStyle totalPercent;
    protected final CellStyle totalText;

    protected ReportWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = bordered(null);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        text = bordered(null);
        text.setWrapText(true);
        rupiah = bordered(RUPIAH);
        number = bordered(NUMBER);
        percent = bordered(PERCENT);
        totalRupiah = bordered(RUPIAH);
        totalRupiah.setFont(bold);
        totalPercent = bordered(PERCENT);
        totalPercent.setFont(bold);
        totalText = bordered(null);
        totalText.setFont(bold);
    }

    protected void cell(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(text);
    }

    protected void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A number as a number cell; an empty bordered cell when there is none. */
    protected void cell(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue("");
            cell.setCellStyle(text);
        } else {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /**
     * The sentence naming the capaian rules a sheet's figures were computed, capped and rated with, two rows below
     * its last: a reader of the printed table sees how its capaian came about.
     */
    protected void rulesNote(String capaianRules) {
        if (capaianRules == null) {
            return;
        }
        for (Sheet sheet : workbook) {
            cell(sheet.createRow(sheet.getLastRowNum() + 2), 0, "Aturan capaian: " + capaianRules, null);
        }
    }

    /** A row of bold, bordered, centred column titles. */
    protected Row headerRow(Sheet sheet, int index, String... titles) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < titles.length; c++) {
            cell(row, c, titles[c], header);
        }
        return row;
    }

    /** Column widths, in characters, from the first column on. */
    protected static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    protected CellStyle bordered(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    protected byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // an in-memory workbook has nothing to release
        }
    }
}
