package id.sakip.planning.actionplan;

import id.sakip.documents.ReportWorkbook;
import id.sakip.indonesian.Indonesian;
import id.sakip.indonesian.IndonesianNumber;
import id.sakip.planning.actionplan.RencanaAksiPaper.Block;
import id.sakip.planning.actionplan.RencanaAksiPaper.Cell;
import id.sakip.planning.actionplan.RencanaAksiPaper.Line;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;

/**
 * The Rencana Aksi as a workbook in the agency's layout, the same rows as its PDF: per sasaran strategis columns
 * 1-7 across the sheet's 16, then its programs table (columns 1-16) with a program's, kegiatan's and sub kegiatan's
 * cells merged over the rows below them; the signature at the end. A target that spells a number ("86%",
 * "22 Orang") is a number cell showing its unit; one in words stays text. Printed A4 landscape, one page wide.
 */
final class RencanaAksiWorkbook extends ReportWorkbook {

    private static final int COLUMNS = 16;

    private final CellStyle plain;
    private final CellStyle signature;
    private final CellStyle numbering;

    private RencanaAksiWorkbook() {
        plain = workbook.createCellStyle();
        plain.setAlignment(HorizontalAlignment.CENTER);
        numbering = bordered(null);
        numbering.setAlignment(HorizontalAlignment.CENTER);
        signature = workbook.createCellStyle();
        signature.setAlignment(HorizontalAlignment.CENTER);
        signature.setWrapText(true);
    }

    static byte[] of(RencanaAksiPaper paper) {
        try (RencanaAksiWorkbook book = new RencanaAksiWorkbook()) {
            book.write(paper);
            return book.bytes();
        }
    }

    private void write(RencanaAksiPaper paper) {
        Sheet sheet = workbook.createSheet("Rencana Aksi " + paper.year());
        widths(sheet, 5, 24, 24, 10, 24, 24, 10, 24, 24, 10, 26, 10, 5, 5, 5, 5);
        int r = 0;
        for (String line : new String[] {"RENCANA AKSI TAHUN " + paper.year(),
                paper.opdName().toUpperCase(Indonesian.LOCALE), paper.pemdaName().toUpperCase(Indonesian.LOCALE)}) {
            Row row = sheet.createRow(r);
            cell(row, 0, line, r == 0 ? title : plain);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, COLUMNS - 1));
            r++;
        }
        if (paper.draft()) {
            Row row = sheet.createRow(r);
            cell(row, 0, "DRAF - belum ditandatangani", plain);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, COLUMNS - 1));
            r++;
        }
        r++;
        for (Block block : paper.blocks()) {
            r = sasaran(sheet, r, block);
            if (!block.lines().isEmpty()) {
                r = programs(sheet, r + 1, block);
            }
            r += 2;
        }
        signature(sheet, r, paper);
        printSetup(sheet, true, -1, -1);
    }

    /** NO | SASARAN STRATEGIS (2-4) | INDIKATOR KINERJA (5-12) | TARGET TRIWULAN I-IV (13-16), numbered 1-7. */
    private int sasaran(Sheet sheet, int r, Block block) {
        Row top = row(sheet, r);
        Row quarters = row(sheet, r + 1);
        headerCell(top, 0, "NO");
        headerCell(top, 1, "SASARAN STRATEGIS");
        headerCell(top, 4, "INDIKATOR KINERJA");
        headerCell(top, 12, "TARGET TRIWULAN");
        String[] roman = {"I", "II", "III", "IV"};
        for (int q = 0; q < 4; q++) {
            headerCell(quarters, 12 + q, roman[q]);
        }
        merge(sheet, r, r + 1, 0, 0);
        merge(sheet, r, r + 1, 1, 3);
        merge(sheet, r, r + 1, 4, 11);
        merge(sheet, r, r, 12, 15);
        Row numbers = row(sheet, r + 2);
        columnNumber(numbers, 0, 1);
        columnNumber(numbers, 1, 2);
        columnNumber(numbers, 4, 3);
        for (int q = 0; q < 4; q++) {
            columnNumber(numbers, 12 + q, 4 + q);
        }
        merge(sheet, r + 2, r + 2, 1, 3);
        merge(sheet, r + 2, r + 2, 4, 11);
        Row data = row(sheet, r + 3);
        for (int c = 0; c < COLUMNS; c++) {
            cell(data, c, (String) null, text);
        }
        count(data, 0, block.no());
        cell(data, 1, block.sasaran(), text);
        cell(data, 4, block.indicator(), text);
        for (int q = 0; q < 4; q++) {
            target(data, 12 + q, block.quarterTargets().get(q));
        }
        merge(sheet, r + 3, r + 3, 1, 3);
        merge(sheet, r + 3, r + 3, 4, 11);
        return r + 4;
    }

    /** NO | PROGRAM | KEGIATAN | SUB KEGIATAN (nama, indikator, target) | AKSI | VOLUME | JADWAL I-IV: 1-16. */
    private int programs(Sheet sheet, int r, Block block) {
        Row top = row(sheet, r);
        Row sub = row(sheet, r + 1);
        headerCell(top, 0, "NO");
        String[] levels = {"PROGRAM", "KEGIATAN", "SUB KEGIATAN"};
        for (int l = 0; l < 3; l++) {
            headerCell(top, 1 + 3 * l, levels[l]);
            headerCell(sub, 1 + 3 * l, "NAMA");
            headerCell(sub, 2 + 3 * l, "INDIKATOR");
            headerCell(sub, 3 + 3 * l, "TARGET");
            merge(sheet, r, r, 1 + 3 * l, 3 + 3 * l);
        }
        headerCell(top, 10, "AKSI");
        headerCell(top, 11, "VOLUME");
        headerCell(top, 12, "JADWAL PELAKSANAAN TRIWULAN");
        String[] roman = {"I", "II", "III", "IV"};
        for (int q = 0; q < 4; q++) {
            headerCell(sub, 12 + q, roman[q]);
        }
        merge(sheet, r, r + 1, 0, 0);
        merge(sheet, r, r + 1, 10, 10);
        merge(sheet, r, r + 1, 11, 11);
        merge(sheet, r, r, 12, 15);
        Row numbers = row(sheet, r + 2);
        for (int c = 0; c < COLUMNS; c++) {
            columnNumber(numbers, c, c + 1);
        }
        int at = r + 3;
        for (Line line : block.lines()) {
            Row row = row(sheet, at);
            for (int c = 0; c < COLUMNS; c++) {
                cell(row, c, (String) null, text);
            }
            spanning(sheet, row, at, 0, line.program(), true, false);
            spanning(sheet, row, at, 4, line.kegiatan(), false, false);
            spanning(sheet, row, at, 7, line.subKegiatan(), false, line.targetPerLine());
            if (line.targetPerLine()) {
                target(row, 9, line.lineTarget());
            }
            cell(row, 10, line.aksi(), text);
            target(row, 11, line.volume());
            for (int q = 0; q < 4; q++) {
                cell(row, 12 + q, Boolean.TRUE.equals(line.schedule().get(q)) ? "v" : null, centred);
            }
            at++;
        }
        return at;
    }

    /** A program's (with its number), kegiatan's or sub kegiatan's cells, merged down over the rows it spans. */
    private void spanning(Sheet sheet, Row row, int at, int column, Cell cell, boolean numbered,
            boolean targetPerLine) {
        if (cell == null) {
            return;
        }
        int first = numbered ? column + 1 : column;
        if (numbered) {
            count(row, column, Integer.parseInt(cell.no()));
            merge(sheet, at, at + cell.rows() - 1, column, column);
        }
        cell(row, first, cell.name(), text);
        cell(row, first + 1, cell.indicator(), text);
        if (!targetPerLine) {
            target(row, first + 2, cell.target());
        }
        for (int c = first; c <= first + (targetPerLine ? 1 : 2); c++) {
            merge(sheet, at, at + cell.rows() - 1, c, c);
        }
    }

    /** A target as a number cell showing its unit when it spells a number; as text when it is words or nothing. */
    private void target(Row row, int column, String target) {
        BigDecimal value;
        try {
            // a target that starts with words ("Rp 1.000", "Meningkat") is printed as written
            value = target == null || !target.strip().matches("[-+\u2212]?\\d.*") ? null
                    : TargetTexts.number(target);
        } catch (IndonesianNumber.NotANumber e) {
            value = null;
        }
        String unit = value == null ? null : TargetTexts.unit(target.strip());
        if (unit != null) {
            measure(row, column, value, unit, HorizontalAlignment.CENTER);
        } else {
            cell(row, column, target == null || target.equals("-") ? null : target, centred);
        }
    }

    private void signature(Sheet sheet, int r, RencanaAksiPaper paper) {
        RencanaAksiPaper.Signature signed = paper.signature();
        String[] lines = {
            signed.place() + ", " + (signed.date() == null ? "........................ " + paper.year()
                    : Indonesian.date(signed.date())),
            "Mengetahui,",
            signed.jabatan().toUpperCase(Indonesian.LOCALE),
            null, null, null,
            signed.name() == null ? "(........................................)" : signed.name(),
            signed.nip() == null ? null : "NIP. " + signed.nip()};
        for (int i = 0; i < lines.length; i++) {
            Row row = row(sheet, r + i);
            cell(row, 10, lines[i], signature);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r + i, r + i, 10, COLUMNS - 1));
        }
        sheet.getRow(r + 2).setHeightInPoints(30);
    }

    private void headerCell(Row row, int column, String value) {
        cell(row, column, value, header);
    }

    /** The row numbering the columns (1, 2, 3 ...), as numbers. */
    private void columnNumber(Row row, int column, int number) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(number);
        cell.setCellStyle(numbering);
    }

    private void count(Row row, int column, int number) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(number);
        cell.setCellStyle(centred);
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
