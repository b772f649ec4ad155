package id.sakip.reporting.city;

import id.sakip.documents.Measure;
import id.sakip.documents.ReportWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Every OPD's IKU and programs of a year in one workbook, in Indonesian. */
final class CityTablesWorkbook extends ReportWorkbook {

    static byte[] of(CityTables tables) {
        try (CityTablesWorkbook book = new CityTablesWorkbook()) {
            book.iku(tables);
            book.programs(tables);
            book.rulesNote(tables.capaianRules());
            return book.bytes();
        }
    }

    private void iku(CityTables tables) {
        Sheet sheet = start("IKU seluruh OPD", "INDIKATOR KINERJA UTAMA SELURUH PERANGKAT DAERAH", tables,
                "Kode OPD", "Perangkat Daerah", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)");
        int r = 4;
        for (CityTables.IkuRow iku : tables.iku()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, iku.opdCode(), text);
            cell(row, 1, iku.opdName() == null ? "" : iku.opdName(), text);
            cell(row, 2, iku.sasaran(), text);
            cell(row, 3, iku.indicator(), text);
            cell(row, 4, iku.unit(), text);
            figure(row, 5, iku.target());
            figure(row, 6, iku.realisasi() == null ? Measure.words("belum diukur") : iku.realisasi());
            cell(row, 7, iku.capaianPercent(), percent);
        }
        widths(sheet, 16, 40, 40, 50, 10, 14, 14, 12);
    }

    private void programs(CityTables tables) {
        Sheet sheet = start("Program seluruh OPD", "PROGRAM SELURUH PERANGKAT DAERAH", tables, "Kode OPD",
                "Perangkat Daerah", "Sasaran", "Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)",
                "Capaian kinerja (%)", "Efisiensi");
        int r = 4;
        for (CityTables.ProgramLine program : tables.programs()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, program.opdCode(), text);
            cell(row, 1, program.opdName() == null ? "" : program.opdName(), text);
            cell(row, 2, program.sasaran(), text);
            cell(row, 3, program.code() == null ? "" : program.code(), text);
            cell(row, 4, program.name(), text);
            cell(row, 5, program.pagu(), rupiah);
            cell(row, 6, program.realized(), rupiah);
            cell(row, 7, program.serapanPercent(), percent);
            cell(row, 8, program.capaianPercent(), percent);
            cell(row, 9, program.efficiency() == null ? "-" : program.efficiency(), text);
        }
        widths(sheet, 16, 40, 40, 14, 45, 18, 18, 12, 14, 16);
    }

    private Sheet start(String name, String heading, CityTables tables, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        cell(sheet.createRow(0), 0, heading, title);
        cell(sheet.createRow(1), 0, tables.empty() ? tables.note() : "Pemda " + tables.pemdaCode() + " tahun "
                + tables.year(), null);
        headerRow(sheet, 3, headers);
        sheet.createFreezePane(0, 4);
        return sheet;
    }
}
