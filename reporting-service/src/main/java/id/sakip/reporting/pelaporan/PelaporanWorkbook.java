package id.sakip.reporting.pelaporan;

import id.sakip.documents.ReportWorkbook;
import id.sakip.events.CapaianStatus;
import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Pelaporan Kinerja table as an Excel workbook, in Indonesian: the indicators with their target, realisasi per
 * triwulan and for the year, and capaian; the budget lines with pagu, realisasi anggaran and serapan, and the total.
 * Numbers are cells of numbers (so the table can be worked with) with formats tagged with the Indonesian locale:
 * LibreOffice shows 52.264.600 and 97,25; Excel uses the reader's own separators.
 */
final class PelaporanWorkbook extends ReportWorkbook {

    private static final Map<String, String> STATUS = Map.of("DRAFT", "Draf", "SUBMITTED", "Diajukan",
            "VERIFIED", "Diverifikasi", "APPROVED", "Disetujui", "REJECTED", "Dikembalikan");

    static byte[] of(PelaporanKinerja report) {
        try (PelaporanWorkbook book = new PelaporanWorkbook().write(report)) {
            if (!report.table().isEmpty()) {
                book.agencyTable(report);
            }
            book.rulesNote(report.capaianRules());
            return book.bytes();
        }
    }

    private static final String[] AGENCY_COLUMNS = {"Misi", "Tujuan", "Sasaran", "IKU Perangkat Daerah", "Satuan",
            "Target Kinerja", "Realisasi Kinerja", "Capaian (%)", "Program / Kegiatan / Sub Kegiatan",
            "Indikator Program / Kegiatan / Sub Kegiatan", "Satuan", "Target Kinerja", "Realisasi Kinerja",
            "Pagu APBD (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)", "Efisiensi"};

    /**
     * The agency's own layout (the seed's "PELAPORAN KINERJA"): per sasaran its misi, tujuan and IKU on the left;
     * its programs, kegiatan and sub kegiatan with their indicators and money on the right, one row each (a second
     * indicator of the same row continues on the next line).
     */
    private void agencyTable(PelaporanKinerja report) {
        Sheet sheet = workbook.createSheet("Tabel Pelaporan " + report.year());
        cell(sheet.createRow(0), 0, "PELAPORAN KINERJA TAHUN " + report.year() + " - " + report.opdCode(), title);
        headerRow(sheet, 2, AGENCY_COLUMNS);
        int r = 3;
        for (PelaporanKinerja.SasaranBlock block : report.table()) {
            List<Object[]> right = new java.util.ArrayList<>();
            flatten(block.programs(), 0, right);
            int rows = Math.max(1, Math.max(block.indicators().size(), right.size()));
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < AGENCY_COLUMNS.length; c++) {
                    cell(row, c, "", text);
                }
                if (i == 0) {
                    cell(row, 0, nullToEmpty(block.misi()), text);
                    cell(row, 1, nullToEmpty(block.tujuan()), text);
                    cell(row, 2, block.sasaran(), text);
                }
                if (i < block.indicators().size()) {
                    indicatorCells(row, 3, block.indicators().get(i), true);
                }
                if (i < right.size()) {
                    Object[] item = right.get(i);
                    cell(row, 8, (String) item[0], text);
                    if (item[1] != null) {
                        indicatorCells(row, 9, (IndicatorRow) item[1], false);
                    }
                    if (item[2] != null) {
                        PelaporanKinerja.ProgramRow program = (PelaporanKinerja.ProgramRow) item[2];
                        cell(row, 13, program.pagu(), rupiah);
                        cell(row, 14, program.realized(), rupiah);
                        cell(row, 15, program.serapanPercent(), percent);
                        cell(row, 16, program.efficiency() == null ? "" : program.efficiency().verdict(), text);
                    }
                }
            }
        }
        widths(sheet, 30, 30, 30, 40, 10, 12, 12, 11, 45, 45, 10, 12, 12, 16, 16, 11, 14);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.createFreezePane(0, 3);
    }

    /** Each row as {label, indicator or null, the row itself on its first line or null}, depth-first. */
    private static void flatten(List<PelaporanKinerja.ProgramRow> rows, int depth, List<Object[]> out) {
        for (PelaporanKinerja.ProgramRow row : rows) {
            String label = "  ".repeat(depth) + (row.code() == null ? "" : row.code() + " ") + row.name();
            if (row.indicators().isEmpty()) {
                out.add(new Object[] {label, null, row});
            } else {
                for (int i = 0; i < row.indicators().size(); i++) {
                    out.add(new Object[] {i == 0 ? label : "", row.indicators().get(i), i == 0 ? row : null});
                }
            }
            flatten(row.children(), depth + 1, out);
        }
    }

    /** Name (for an IKU), unit, target, the year's realisation and its capaian. */
    private void indicatorCells(Row row, int column, IndicatorRow indicator, boolean withCapaian) {
        cell(row, column, indicator.name(), text);
        cell(row, column + 1, indicator.unit(), text);
        target(row, column + 2, indicator);
        RealizationCell latest = indicator.latest();
        realized(row, column + 3, latest);
        if (withCapaian) {
            if (latest != null && latest.capaianStatus() == CapaianStatus.COMPUTED) {
                cell(row, column + 4, latest.capaianPercent(), percent);
            } else {
                cell(row, column + 4, "", text);
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private PelaporanWorkbook write(PelaporanKinerja report) {
        Sheet sheet = workbook.createSheet("Pelaporan Kinerja " + report.year());
        int r = 0;
        cell(sheet.createRow(r++), 0, "PELAPORAN KINERJA TAHUN " + report.year(), title);
        cell(sheet.createRow(r++), 0, "Pemda " + report.pemdaCode() + " - OPD " + report.opdCode(), null);
        if (report.empty()) {
            cell(sheet.createRow(r + 1), 0, report.note(), null);
            layout(sheet);
            return this;
        }
        r++;
        cell(sheet.createRow(r++), 0, "A. Indikator Kinerja", section());
        headerRow(sheet, r++, "No", "Indikator", "Satuan", "Target", "Realisasi TW I", "Realisasi TW II",
                "Realisasi TW III", "Realisasi TW IV", "Realisasi Tahun", "Capaian (%)", "Status Data");
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
        headerRow(sheet, r++, "No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Versi Pagu", "Pagu (Rp)",
                "Realisasi Anggaran (Rp)", "Serapan (%)");
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
        layout(sheet);
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
            measure(row, column, indicator.target(), null, HorizontalAlignment.RIGHT);
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
            measure(row, column, realization.value(), null, HorizontalAlignment.RIGHT);
        }
    }

    private static RealizationCell find(List<RealizationCell> cells, String period) {
        return cells.stream().filter(c -> c.period().equals(period)).findFirst().orElse(null);
    }

    /** A range bound as Indonesians write it: 80 or 68,45. */
    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Column widths, and a printed page as wide as the table (landscape, A4). */
    private static void layout(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        widths(sheet, 6, 60, 45, 22, 16, 18, 16, 16, 16, 12, 14);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
    }
}
