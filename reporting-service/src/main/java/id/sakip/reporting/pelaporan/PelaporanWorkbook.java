package id.sakip.reporting.pelaporan;

import id.sakip.events.CapaianStatus;
import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Pelaporan Kinerja table as an Excel workbook, in Indonesian: the indicators with their target, realisasi per
 * triwulan and for the year, and capaian; the budget lines with pagu, realisasi anggaran and serapan, and the total.
 * Numbers are cells of numbers (so the table can be worked with) with formats tagged with the Indonesian locale:
 * LibreOffice shows 52.264.600 and 97,25; Excel uses the reader's own separators.
 */
final class PelaporanWorkbook implements AutoCloseable {

    private static final String RUPIAH = "[$-421]#,##0";
    private static final String NUMBER = "[$-421]#,##0.##";
    private static final String PERCENT = "[$-421]#,##0.00";
    private static final Map<String, String> STATUS = Map.of("DRAFT", "Draf", "SUBMITTED", "Diajukan",
            "VERIFIED", "Diverifikasi", "APPROVED", "Disetujui", "REJECTED", "Dikembalikan");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle rupiah;
    private final CellStyle number;
    private final CellStyle percent;
    private final CellStyle totalRupiah;
    private final CellStyle totalPercent;
    private final CellStyle totalText;

    private PelaporanWorkbook() {
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

    static byte[] of(PelaporanKinerja report) {
        try (PelaporanWorkbook book = new PelaporanWorkbook().write(report)) {
            return book.bytes();
        }
    }

    private PelaporanWorkbook write(PelaporanKinerja report) {
        Sheet sheet = workbook.createSheet("Pelaporan Kinerja " + report.year());
        int r = 0;
        cell(sheet.createRow(r++), 0, "PELAPORAN KINERJA TAHUN " + report.year(), title);
        cell(sheet.createRow(r++), 0, "Pemda " + report.pemdaCode() + " - OPD " + report.opdCode(), null);
        if (report.empty()) {
            cell(sheet.createRow(r + 1), 0, report.note(), null);
            widths(sheet);
            return this;
        }
        r++;
        cell(sheet.createRow(r++), 0, "A. Indikator Kinerja", section());
        Row head = sheet.createRow(r++);
        String[] columns = {"No", "Indikator", "Satuan", "Target", "Realisasi TW I", "Realisasi TW II",
                "Realisasi TW III", "Realisasi TW IV", "Realisasi Tahun", "Capaian (%)", "Status Data"};
        for (int c = 0; c < columns.length; c++) {
            cell(head, c, columns[c], header);
        }
        int no = 1;
        for (IndicatorRow indicator : report.indicators()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, no++);
            cell(row, 1, indicator.name(), text);
            cell(row, 2, indicator.unit(), text);
            target(row, 3, indicator);
            for (int q = 1; q <= 4; q++) {
                realized(row, 3 + q, find(indicator.realizations(), report.year() + "Q" + q));
            }
            RealizationCell year = find(indicator.realizations(), String.valueOf(report.year()));
            realized(row, 8, year);
            RealizationCell latest = indicator.latest();
            if (latest != null && latest.capaianStatus() == CapaianStatus.COMPUTED) {
                cell(row, 9, latest.capaianPercent(), percent);
            } else {
                cell(row, 9, latest == null ? "" : latest.capaianStatus() == CapaianStatus.NO_TARGET
                        ? "tanpa target" : "tidak dapat dihitung", text);
            }
            cell(row, 10, latest == null ? "belum ada" : STATUS.getOrDefault(latest.status(), latest.status()), text);
        }
        r++;
        cell(sheet.createRow(r++), 0, "B. Anggaran", section());
        head = sheet.createRow(r++);
        String[] budgetColumns = {"No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Versi Pagu", "Pagu (Rp)",
                "Realisasi Anggaran (Rp)", "Serapan (%)"};
        for (int c = 0; c < budgetColumns.length; c++) {
            cell(head, c, budgetColumns[c], header);
        }
        no = 1;
        for (BudgetRow line : report.budget()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, no++);
            cell(row, 1, line.subKegiatanCode(), text);
            cell(row, 2, line.subKegiatanName() == null ? "" : line.subKegiatanName(), text);
            cell(row, 3, line.paguVersion() == null ? "" : line.paguVersion()
                    + (line.legalReference() == null ? "" : " (" + line.legalReference() + ")"), text);
            cell(row, 4, line.pagu(), rupiah);
            cell(row, 5, line.realized(), rupiah);
            cell(row, 6, line.serapanPercent(), percent);
        }
        Row total = sheet.createRow(r);
        cell(total, 0, "", totalText);
        cell(total, 1, "", totalText);
        cell(total, 2, "Jumlah", totalText);
        cell(total, 3, "", totalText);
        cell(total, 4, report.totals().pagu(), totalRupiah);
        cell(total, 5, report.totals().realized(), totalRupiah);
        cell(total, 6, report.totals().serapanPercent(), totalPercent);
        widths(sheet);
        return this;
    }

    private CellStyle section() {
        CellStyle section = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        section.setFont(bold);
        return section;
    }

    private void target(Row row, int column, IndicatorRow indicator) {
        if (indicator.targetCategory() != null) {
            cell(row, column, indicator.targetCategory(), text);
        } else if (indicator.targetMin() != null && indicator.targetMax() != null) {
            cell(row, column, decimal(indicator.targetMin()) + " - " + decimal(indicator.targetMax()), text);
        } else if (indicator.target() != null) {
            cell(row, column, indicator.target(), number);
        } else {
            cell(row, column, "N/A", text);
        }
    }

    private void realized(Row row, int column, RealizationCell realization) {
        if (realization == null) {
            cell(row, column, "", text);
        } else if (realization.category() != null) {
            cell(row, column, realization.category(), text);
        } else {
            cell(row, column, realization.value(), number);
        }
    }

    private static RealizationCell find(List<RealizationCell> cells, String period) {
        return cells.stream().filter(c -> c.period().equals(period)).findFirst().orElse(null);
    }

    /** A range bound as Indonesians write it: 80 or 68,45. */
    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private void cell(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(text);
    }

    private void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void cell(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue("");
            cell.setCellStyle(text);
        } else {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private CellStyle bordered(String format) {
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

    /** Column widths, and a printed page as wide as the table (landscape, A4). */
    private static void widths(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int[] widths = {6, 60, 45, 22, 16, 18, 16, 16, 16, 12, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
    }

    private byte[] bytes() {
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
