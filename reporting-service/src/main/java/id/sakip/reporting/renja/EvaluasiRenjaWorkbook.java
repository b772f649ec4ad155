package id.sakip.reporting.renja;

import id.sakip.documents.ReportWorkbook;
import id.sakip.reporting.renja.EvaluasiRenja.Figure;
import id.sakip.reporting.renja.EvaluasiRenja.Row;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Evaluasi Renja form as an Excel workbook in Indonesian, in the columns of Permendagri 86/2017 (form E.81): each
 * column a K and Rp pair, numbers as number cells with Indonesian formats, then the closing rows.
 */
final class EvaluasiRenjaWorkbook extends ReportWorkbook {

    private static final Map<String, String> LEVEL = Map.of("SASARAN", "Sasaran", "PROGRAM", "Program",
            "KEGIATAN", "Kegiatan", "SUB_KEGIATAN", "Sub Kegiatan");
    private static final int PAIRS_FROM = 6;

    static byte[] of(EvaluasiRenja form, EvaluasiRenjaQuery.Signatory signatory) {
        try (EvaluasiRenjaWorkbook book = new EvaluasiRenjaWorkbook()) {
            book.write(form, signatory);
            book.rulesNote(form.capaianRules());
            return book.bytes();
        }
    }

    private void write(EvaluasiRenja form, EvaluasiRenjaQuery.Signatory signatory) {
        String opdName = signatory.opdName();
        Sheet sheet = workbook.createSheet("Evaluasi Renja " + form.year());
        cell(sheet.createRow(0), 0, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", title);
        cell(sheet.createRow(1), 0, opdName + " - tahun " + form.year() + (form.renstraStart() == null ? ""
                : " (Renstra " + form.renstraStart() + "-" + form.renstraEnd() + ")"), null);
        if (form.empty()) {
            cell(sheet.createRow(3), 0, form.note(), null);
            return;
        }
        int y = form.year();
        String[] fixed = {"No", "Sasaran", "Kode", "Program / Kegiatan", "Indikator Kinerja Program (outcome) / "
                + "Kegiatan (output)", "Satuan"};
        String[] pairs = {"Target Renstra PD pada akhir periode (" + form.renstraEnd() + ")",
                "Realisasi capaian kinerja Renstra PD s.d. Renja tahun lalu (" + form.renstraStart() + "-"
                        + (y - 1) + ")",
                "Target kinerja dan anggaran Renja PD tahun " + y, "Realisasi triwulan I", "Realisasi triwulan II",
                "Realisasi triwulan III", "Realisasi triwulan IV",
                "Realisasi capaian kinerja dan anggaran Renja PD tahun " + y};
        var top = sheet.createRow(3);
        var sub = sheet.createRow(4);
        for (int c = 0; c < fixed.length; c++) {
            cell(top, c, fixed[c], header);
            cell(sub, c, "", header);
            sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
        }
        int c = PAIRS_FROM;
        for (String pair : pairs) {
            c = pairHeader(sheet, top, sub, c, pair, "K", "Rp");
        }
        c = single(sheet, top, sub, c, "Capaian kinerja tahun " + y + " (%)");
        c = single(sheet, top, sub, c, "Serapan anggaran tahun " + y + " (%)");
        c = pairHeader(sheet, top, sub, c, "Realisasi kinerja dan anggaran Renstra PD s.d. tahun " + y, "K", "Rp");
        c = pairHeader(sheet, top, sub, c, "Tingkat capaian kinerja dan realisasi anggaran Renstra PD s.d. tahun "
                + y + " (%)", "K", "Rp");
        c = single(sheet, top, sub, c, "Perangkat Daerah penanggung jawab");
        single(sheet, top, sub, c, "Ket.");
        int last = c;
        columnNumbers(sheet, sheet.createRow(5), last, pairs.length);
        int r = 6;
        int previous = 0;
        for (Row row : form.rows()) {
            var line = sheet.createRow(r++);
            count(line, 0, row.sasaranNo() == previous ? null : row.sasaranNo(), text);
            cell(line, 1, row.sasaranNo() == previous ? "" : row.sasaran(), text);
            previous = row.sasaranNo();
            cell(line, 2, row.code() == null ? "" : row.code(), text);
            cell(line, 3, row.level().equals("SASARAN") ? "" : LEVEL.getOrDefault(row.level(), row.level()) + ": "
                    + row.name(), text);
            cell(line, 4, row.indicator() == null ? "" : row.indicator(), text);
            cell(line, 5, row.unit() == null ? "" : row.unit(), text);
            int col = PAIRS_FROM;
            col = pair(line, col, row.renstraTarget());
            col = pair(line, col, row.before());
            col = pair(line, col, row.target());
            for (Figure quarter : row.quarters()) {
                col = pair(line, col, quarter);
            }
            col = pair(line, col, row.realized());
            cell(line, col++, row.capaianPercent(), percent);
            cell(line, col++, row.serapanPercent(), percent);
            col = pair(line, col, row.toDate());
            cell(line, col++, row.renstraKPercent(), percent);
            cell(line, col++, row.renstraRpPercent(), percent);
            cell(line, col++, opdName, text);
            cell(line, col, (String) null, text);
        }
        var closing = form.closing();
        r++;
        // what the average counts: every indicator of the form, IKU and programs' alike, against its year's target
        r = closingRow(sheet, r, "Rata-rata capaian kinerja (%) atas " + closing.averagedIndicators()
                + " indikator formulir ini (IKU dan indikator program, kegiatan, sub kegiatan) terhadap target "
                + "tahunan", closing.averageCapaian(), percent);
        r = closingRow(sheet, r, "Predikat kinerja", closing.predikat());
        r = closingRow(sheet, r, "Serapan anggaran (%)", closing.serapanPercent(), percent);
        r = closingRow(sheet, r, "Faktor pendorong keberhasilan pencapaian", closing.faktorPendorong());
        r = closingRow(sheet, r, "Faktor penghambat pencapaian kinerja", closing.faktorPenghambat());
        r = closingRow(sheet, r, "Tindak lanjut yang diperlukan dalam triwulan berikutnya", closing.followUpQuarter());
        r = closingRow(sheet, r, "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya",
                closing.followUpRenja());
        signatures(sheet, r + 1, signatory, last);
        layout(sheet, last + 1);
    }

    /**
     * The row numbering the form's columns as Permendagri 86/2017 does: one number for each column, and one for both
     * halves (K and Rp) of a pair.
     */
    private void columnNumbers(Sheet sheet, org.apache.poi.ss.usermodel.Row row, int last, int pairs) {
        int number = 1;
        int column = 0;
        for (; column < PAIRS_FROM; column++) {
            numberCell(row, column, number++);
        }
        for (int p = 0; p < pairs; p++, column += 2) {
            numberCell(row, column, number);
            numberCell(row, column + 1, number++);
            sheet.addMergedRegion(new CellRangeAddress(5, 5, column, column + 1));
        }
        // capaian and serapan of the year, then the Renstra to date (a pair), its level (a pair), the OPD, Ket.
        numberCell(row, column++, number++);
        numberCell(row, column++, number++);
        for (int p = 0; p < 2; p++, column += 2) {
            numberCell(row, column, number);
            numberCell(row, column + 1, number++);
            sheet.addMergedRegion(new CellRangeAddress(5, 5, column, column + 1));
        }
        for (; column <= last; column++) {
            numberCell(row, column, number++);
        }
    }

    private void numberCell(org.apache.poi.ss.usermodel.Row row, int column, int number) {
        var cell = row.createCell(column);
        cell.setCellValue(number);
        cell.setCellStyle(header);
    }

    /** Disusun by the Kepala OPD, Dievaluasi by the Kepala Bappeda: names and NIP written by hand. */
    /**
     * Disusun by the Kepala OPD (named from the OPD's profile when it has him) and Dievaluasi by the Kepala Bappeda
     * (of another OPD: written by hand); place and date are written when it is signed.
     */
    private void signatures(Sheet sheet, int r, EvaluasiRenjaQuery.Signatory signatory, int last) {
        String dots = "........................................";
        String[][] blocks = {
            {"Disusun", signatory.jabatan(), signatory.name() == null ? "(" + dots + ")" : signatory.name(),
                "NIP. " + (signatory.nip() == null ? dots : signatory.nip())},
            {"Dievaluasi", "Kepala Bappeda", "(" + dots + ")", "NIP. " + dots}};
        int[] columns = {1, Math.max(PAIRS_FROM + 4, last - 5)};
        for (int b = 0; b < blocks.length; b++) {
            String[] lines = {blocks[b][0], "........................, ........................", blocks[b][1], null,
                null, null, blocks[b][2], blocks[b][3]};
            for (int i = 0; i < lines.length; i++) {
                var row = sheet.getRow(r + i) == null ? sheet.createRow(r + i) : sheet.getRow(r + i);
                cell(row, columns[b], lines[i], null);
            }
        }
    }

    private int pairHeader(Sheet sheet, org.apache.poi.ss.usermodel.Row top, org.apache.poi.ss.usermodel.Row sub,
            int column, String label, String first, String second) {
        cell(top, column, label, header);
        cell(top, column + 1, "", header);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, column, column + 1));
        cell(sub, column, first, header);
        cell(sub, column + 1, second, header);
        return column + 2;
    }

    private int single(Sheet sheet, org.apache.poi.ss.usermodel.Row top, org.apache.poi.ss.usermodel.Row sub,
            int column, String label) {
        cell(top, column, label, header);
        cell(sub, column, "", header);
        sheet.addMergedRegion(new CellRangeAddress(3, 4, column, column));
        return column + 1;
    }

    /** K as a number where it is one (else as written), then Rp. */
    private int pair(org.apache.poi.ss.usermodel.Row line, int column, Figure figure) {
        if (figure.k() != null) {
            measure(line, column, figure.k(), null, HorizontalAlignment.RIGHT);
        } else {
            cell(line, column, figure.kText() == null ? "" : figure.kText(), text);
        }
        cell(line, column + 1, figure.rp(), rupiah);
        return column + 2;
    }

    private int closingRow(Sheet sheet, int r, String label, BigDecimal value, org.apache.poi.ss.usermodel.CellStyle style) {
        var row = sheet.createRow(r);
        label(sheet, row, r, label);
        cell(row, PAIRS_FROM, value, style);
        return r + 1;
    }

    private int closingRow(Sheet sheet, int r, String label, String value) {
        var row = sheet.createRow(r);
        label(sheet, row, r, label);
        cell(row, PAIRS_FROM, value == null ? "-" : value, text);
        return r + 1;
    }

    private int closingRow(Sheet sheet, int r, String label, List<String> values) {
        return closingRow(sheet, r, label, values.isEmpty() ? "-" : String.join("; ", values));
    }

    private void label(Sheet sheet, org.apache.poi.ss.usermodel.Row row, int r, String label) {
        cell(row, 0, label, totalText);
        for (int c = 1; c < PAIRS_FROM; c++) {
            cell(row, c, "", totalText);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, PAIRS_FROM - 1));
    }

    private void layout(Sheet sheet, int columns) {
        // the two header rows and the column numbers on every printed page
        printSetup(sheet, true, 3, 5);
        int[] widths = {5, 30, 18, 40, 40, 10};
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 14) * 256);
        }
        sheet.createFreezePane(PAIRS_FROM, 6);
    }
}
