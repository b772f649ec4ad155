package id.sakip.reporting.lkjip;

import id.sakip.documents.Measure;
import id.sakip.documents.ReportWorkbook;
import id.sakip.reporting.lkjip.Lkjip.IndicatorResult;
import id.sakip.reporting.lkjip.Lkjip.SasaranResult;
import id.sakip.reporting.lkjip.Lkjip.YearFigure;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Capaian per sasaran as a workbook in Indonesian: each indicator's target, realisasi and capaian for the four
 * previous years and this one, and the Renstra end target with the verdict; then the efficiency of the programs,
 * kegiatan and sub kegiatan behind each sasaran (capaian beside serapan, their ratio and the verdict).
 */
final class CapaianSasaranWorkbook extends ReportWorkbook {

    static byte[] of(Lkjip report) {
        try (CapaianSasaranWorkbook book = new CapaianSasaranWorkbook()) {
            book.capaian(report);
            book.efficiency(report);
            book.rulesNote(report.capaianRules());
            return book.bytes();
        }
    }

    private String heading(Lkjip report) {
        String opd = report.organisation() == null ? "OPD " + report.opdCode() : report.organisation().opdName();
        return opd + " - tahun " + report.year() + (report.basis() == Lkjip.Basis.APPROVED
                ? " (realisasi yang disetujui)" : " (semua realisasi, draf)");
    }

    private void capaian(Lkjip report) {
        Sheet sheet = workbook.createSheet("Capaian per sasaran");
        cell(sheet.createRow(0), 0, "CAPAIAN KINERJA PER SASARAN", title);
        cell(sheet.createRow(1), 0, heading(report), null);
        if (report.empty()) {
            cell(sheet.createRow(3), 0, report.printedNote(), null);
            return;
        }
        List<String> headers = new ArrayList<>(List.of("No", "Sasaran", "Indikator", "Satuan"));
        int first = report.year() - LkjipQuery.PREVIOUS_YEARS;
        for (int y = first; y <= report.year(); y++) {
            headers.addAll(List.of("Target " + y, "Realisasi " + y, "Capaian " + y + " (%)"));
        }
        headers.addAll(List.of("Target akhir Renstra", "Keterangan"));
        headerRow(sheet, 3, headers.toArray(String[]::new));
        int r = 4;
        int no = 0;
        List<SasaranResult> blocks = new ArrayList<>(report.sasaran());
        if (!report.otherIndicators().isEmpty()) {
            blocks.add(new SasaranResult(null, null, null, "Indikator lain (belum terhubung ke pohon kinerja)",
                    report.otherIndicators(), List.of()));
        }
        for (SasaranResult sasaran : blocks) {
            no++;
            boolean firstRow = true;
            for (IndicatorResult indicator : sasaran.indicators()) {
                Row row = sheet.createRow(r++);
                count(row, 0, firstRow ? no : null, text);
                cell(row, 1, firstRow ? sasaran.sasaran() : "", text);
                firstRow = false;
                cell(row, 2, indicator.name(), text);
                cell(row, 3, indicator.unit(), text);
                int c = 4;
                for (int y = first; y < report.year(); y++) {
                    int year = y;
                    YearFigure figure = indicator.previousYears().stream().filter(f -> f.year() == year).findFirst()
                            .orElse(null);
                    figure(row, c++, figure == null ? Measure.NONE : figure.target());
                    figure(row, c++, figure == null ? Measure.NONE : figure.realisasi());
                    cell(row, c++, figure == null ? null : figure.capaianPercent(), percent);
                }
                figure(row, c++, indicator.target());
                figure(row, c++, indicator.realisasi() == null ? Measure.words("belum diukur")
                        : indicator.realisasi());
                cell(row, c++, indicator.capaianPercent(), percent);
                Lkjip.EndTarget end = indicator.endTarget();
                // a count's end target already says the years it adds up
                figure(row, c++, end == null ? Measure.NONE
                        : end.target().note() != null ? end.target() : end.target().withNote("(" + end.year() + ")"));
                cell(row, c, end == null ? "-" : end.verdict(), text);
            }
        }
        int[] widths = {5, 40, 45, 10};
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 13) * 256);
        }
        sheet.createFreezePane(4, 4);
    }

    private void efficiency(Lkjip report) {
        Sheet sheet = workbook.createSheet("Efisiensi program");
        cell(sheet.createRow(0), 0, "EFISIENSI PENGGUNAAN SUMBER DAYA", title);
        cell(sheet.createRow(1), 0, heading(report) + "; penilaian menurut aturan efisiensi Pemda (bawaan: efisien bila "
                + "capaian kinerja >= serapan anggaran)", null);
        String[] headers = {"Sasaran", "Program / Kegiatan / Sub Kegiatan", "Kode", "Capaian kinerja (%)",
                "Serapan anggaran (%)", "Rasio capaian / serapan", "Penilaian"};
        headerRow(sheet, 3, headers);
        int r = 4;
        for (SasaranResult sasaran : report.sasaran()) {
            List<ProgramRow> rows = new ArrayList<>();
            flatten(sasaran.programs(), rows);
            for (ProgramRow program : rows) {
                Row row = sheet.createRow(r++);
                cell(row, 0, sasaran.sasaran(), text);
                String indent = program.kind().equals("PROGRAM") ? "" : program.kind().equals("KEGIATAN") ? "   "
                        : "      ";
                cell(row, 1, indent + program.name(), text);
                cell(row, 2, program.code() == null ? "" : program.code(), text);
                cell(row, 3, program.efficiency().capaianPercent(), percent);
                cell(row, 4, program.efficiency().serapanPercent(), percent);
                measure(row, 5, program.efficiency().ratio(), null, HorizontalAlignment.RIGHT);
                cell(row, 6, program.efficiency().verdict(), text);
            }
        }
        widths(sheet, 40, 55, 20, 14, 14, 14, 16);
    }

    /** The rows that can be judged: those with both a capaian and a serapan. */
    private static void flatten(List<ProgramRow> rows, List<ProgramRow> into) {
        for (ProgramRow row : rows) {
            if (row.efficiency() != null) {
                into.add(row);
            }
            flatten(row.children(), into);
        }
    }
}
