package id.sakip.documents;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
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
    protected static final String PERCENT = "[$-421]#,##0.00";

    protected final XSSFWorkbook workbook = new XSSFWorkbook();
    protected final CellStyle title;
    protected final CellStyle header;
    protected final CellStyle text;
    protected final CellStyle rupiah;
    /** Text read from the top and centred: a figure in words beside figures that are numbers. */
    protected final CellStyle centred;
    protected final CellStyle percent;
    protected final CellStyle totalRupiah;
    protected final CellStyle totalPercent;
    protected final CellStyle totalText;
    private final java.util.Map<String, CellStyle> measures = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> headerRows = new java.util.HashMap<>();
    private final java.util.Set<String> printed = new java.util.HashSet<>();

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
        header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
        text = bordered(null);
        text.setWrapText(true);
        rupiah = bordered(RUPIAH);
        centred = bordered(null);
        centred.setWrapText(true);
        centred.setAlignment(HorizontalAlignment.CENTER);
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

    /** A text cell; a blank one (no value, not an empty text) when there is nothing to say. */
    protected void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A number as a number cell; a blank bordered cell when there is none. */
    protected void cell(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellStyle(text);
        } else {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /**
     * A number with its unit shown after it but not part of its value ("22 Orang", "68,2 indeks"): a number cell,
     * which sums and sorts, with as many decimals as the number has (90 shows "90", 97.64 "97,64"). A percentage
     * is the spreadsheet's own: 86% is the value 0,86 shown as "86%". A blank bordered cell when there is none.
     */
    protected void measure(Row row, int column, BigDecimal value, String unit, HorizontalAlignment alignment) {
        measure(row, column, value, unit, null, alignment);
    }

    /** As {@link #measure(Row, int, BigDecimal, String, HorizontalAlignment)}, with words shown after the unit. */
    protected void measure(Row row, int column, BigDecimal value, String unit, String note,
            HorizontalAlignment alignment) {
        if (value == null) {
            row.createCell(column).setCellStyle(text);
            return;
        }
        int scale = Math.max(0, Math.min(6, value.stripTrailingZeros().scale()));
        String digits = scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
        String cleanUnit = literal(unit);
        boolean percent = cleanUnit.equals("%");
        String words = (percent || cleanUnit.isEmpty() ? "" : " " + cleanUnit)
                + (literal(note).isEmpty() ? "" : " " + literal(note));
        String format = "[$-421]" + digits + (percent ? "%" : "") + (words.isEmpty() ? "" : "\"" + words + "\"");
        CellStyle style = measures.computeIfAbsent(format + alignment, key -> {
            CellStyle created = bordered(format);
            created.setAlignment(alignment);
            return created;
        });
        Cell cell = row.createCell(column);
        cell.setCellValue(percent ? value.movePointLeft(2).doubleValue() : value.doubleValue());
        cell.setCellStyle(style);
    }

    /**
     * A target or realisation: a number cell showing its unit and note when it is one number, else its words (a
     * category, a range, "N/A") centred; a blank cell when there is none.
     */
    protected void figure(Row row, int column, Measure figure) {
        if (figure != null && figure.number() != null) {
            measure(row, column, figure.number(), figure.unit(), figure.note(), HorizontalAlignment.CENTER);
        } else {
            cell(row, column, figure == null ? null : figure.text(), centred);
        }
    }

    /** Text a number format shows as it is: no quotes or escapes of its own. */
    private static String literal(String words) {
        return words == null ? "" : words.strip().replace("\"", "").replace("\\", "");
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

    /** A row of bold, bordered, centred column titles; a sheet's first is repeated on every printed page. */
    protected Row headerRow(Sheet sheet, int index, String... titles) {
        headerRows.putIfAbsent(sheet.getSheetName(), index);
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

    /** Cells merged into one (a spanning name or title), its border drawn all round. */
    protected static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow == lastRow && firstColumn == lastColumn) {
            return;
        }
        CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
        sheet.addMergedRegion(range);
        RegionUtil.setBorderTop(BorderStyle.THIN, range, sheet);
        RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
        RegionUtil.setBorderLeft(BorderStyle.THIN, range, sheet);
        RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
    }

    /**
     * How the sheet prints: A4, landscape when it is wide, one page wide however long, and the header rows (from
     * {@code firstHeaderRow} to {@code lastHeaderRow}, -1 for none) again at the top of every page.
     */
    protected void printSetup(Sheet sheet, boolean landscape, int firstHeaderRow, int lastHeaderRow) {
        printed.add(sheet.getSheetName());
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        if (firstHeaderRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        }
    }

    /**
     * Row heights for wrapped text: per row, as many lines as its longest wrapped text needs at its column's width
     * (a merged cell counts the width of all its columns and shares its lines among its rows). A spreadsheet
     * computes this when it opens a file only if asked, and a printed page never does.
     */
    protected void fitRowHeights(Sheet sheet) {
        java.util.Map<Integer, Double> lines = new java.util.HashMap<>();
        // read once: the sheet makes a new list of them at every call
        java.util.List<CellRangeAddress> mergedRegions = sheet.getMergedRegions();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                        || !cell.getCellStyle().getWrapText() || cell.getStringCellValue().isEmpty()) {
                    continue;
                }
                int firstColumn = cell.getColumnIndex();
                int lastColumn = firstColumn;
                int rows = 1;
                for (CellRangeAddress merged : mergedRegions) {
                    if (merged.isInRange(cell)) {
                        firstColumn = merged.getFirstColumn();
                        lastColumn = merged.getLastColumn();
                        rows = merged.getLastRow() - merged.getFirstRow() + 1;
                    }
                }
                double width = 0;
                for (int c = firstColumn; c <= lastColumn; c++) {
                    width += sheet.getColumnWidth(c) / 256.0;
                }
                double needed = 0;
                for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
                    // about 1.1 characters of the column's width per character of text, at the default font
                    needed += Math.max(1, Math.ceil(paragraph.length() * 1.1 / Math.max(1, width - 1)));
                }
                lines.merge(row.getRowNum(), needed / rows, Math::max);
            }
        }
        lines.forEach((index, count) -> {
            Row row = sheet.getRow(index);
            float height = (float) Math.max(1, Math.ceil(count)) * 15f;
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(Math.min(409f, height));
            }
        });
    }

    protected CellStyle bordered(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        // a row as high as its longest text reads from the top, as a printed table does
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    /** The count as a number cell (a rank, a number of indicators); a blank one when there is none. */
    protected void count(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /**
     * The workbook as a file. Every sheet prints: one not set up by its writer gets A4, one page wide (landscape when
     * wider than six columns) with its first header row on every page; and every row is as high as its wrapped text.
     */
    protected byte[] bytes() {
        for (Sheet sheet : workbook) {
            if (!printed.contains(sheet.getSheetName())) {
                int columns = 0;
                for (Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                }
                Integer header = headerRows.get(sheet.getSheetName());
                printSetup(sheet, columns > 6, header == null ? -1 : header, header == null ? -1 : header);
            }
            fitRowHeights(sheet);
        }
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
