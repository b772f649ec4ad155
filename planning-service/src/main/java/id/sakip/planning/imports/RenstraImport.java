package id.sakip.planning.imports;

import id.sakip.events.Polarity;
import id.sakip.indonesian.IndonesianNumber;
import id.sakip.planning.plan.Renstra;
import id.sakip.support.imports.Workbooks;
import id.sakip.support.web.ApiProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports a Renstra from an Excel workbook laid out as agencies keep the matrix (the seed's "MATRIKS RENSTRA"):
 * No | Tujuan | Sasaran | Indikator | Satuan | Polaritas | Skala | one column per year. A Tujuan or Sasaran left
 * empty continues the one above (merged cells). All or nothing: every bad row is reported with its row number and
 * nothing is stored; a good workbook becomes the Renstra, its tujuan and sasaran, and its indicators with their
 * targets, in one transaction.
 */
@Service
public class RenstraImport {

    static final List<String> REQUIRED = List.of("Tujuan", "Sasaran", "Indikator", "Satuan", "Polaritas");
    private static final int MAX_ROWS = 2000;
    private static final Set<String> COUNTED = Set.of("orang", "jiwa", "anak", "keluarga", "kk", "rumah tangga",
            "rtm", "lembaga", "kelompok", "unit", "buah", "kegiatan", "dokumen", "laporan", "kali", "paket",
            "kelurahan", "kecamatan", "desa", "sekolah", "panti", "kasus", "kpm");

    private final RenstraWriter writer;

    RenstraImport(RenstraWriter writer) {
        this.writer = writer;
    }

    /** What the workbook says, row by row, once it is known to be good. */
    record Line(int row, String tujuan, String sasaran, String indicator, String unit, Polarity polarity,
            List<String> scale, Map<Integer, Object> targets) {
    }

    public record Result(Renstra renstra, int tujuan, int sasaran, int indicators) {
    }

    @Transactional
    public Result importWorkbook(String pemdaCode, String opdCode, String title, InputStream xlsx, String actor) {
        List<Line> lines;
        List<Integer> years;
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            Parsed parsed = parse(sheet);
            lines = parsed.lines();
            years = parsed.years();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.unprocessable("not-a-workbook", "Berkas bukan buku kerja Excel (.xlsx) yang dapat "
                    + "dibaca. Unduh templatnya dari /api/v1/renstra/import-template.", Map.of("file",
                    "bukan berkas .xlsx yang dapat dibaca"));
        }
        return writer.write(pemdaCode, opdCode, title, years, lines, actor);
    }

    private record Parsed(List<Integer> years, List<Line> lines) {
    }

    private static Parsed parse(Sheet sheet) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>();
        int headerRow = -1;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 20) && headerRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = format.formatCellValue(cell).strip();
                for (String name : List.of("No", "Tujuan", "Sasaran", "Indikator", "Satuan", "Polaritas", "Skala")) {
                    if (text.equalsIgnoreCase(name) || text.equalsIgnoreCase(name + ".")) {
                        columns.put(name, cell.getColumnIndex());
                    }
                }
            }
            if (columns.containsKey("Indikator")) {
                headerRow = r;
            } else {
                columns.clear();
            }
        }
        if (headerRow < 0) {
            throw Workbooks.rejected(Map.of("header", "baris judul dengan kolom Tujuan, Sasaran, Indikator tidak ditemukan"));
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                errors.put("header", "kolom " + name + " tidak ada (kolom wajib: " + String.join(", ", REQUIRED) + ")");
            }
        }
        // year columns: on the header row, or on the row below it (a two-row header, as in the seed)
        TreeMap<Integer, Integer> yearColumns = new TreeMap<>();
        int lastHeader = headerRow;
        for (int r = headerRow; r <= headerRow + 1; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = format.formatCellValue(cell).strip();
                if (text.matches("(20[0-9]{2}|2100)")) {
                    yearColumns.put(cell.getColumnIndex(), Integer.parseInt(text));
                    lastHeader = Math.max(lastHeader, r);
                }
            }
        }
        if (yearColumns.isEmpty()) {
            errors.put("header", "tidak ada kolom tahun (2019, 2020, ...)");
        }
        if (!errors.isEmpty()) {
            throw Workbooks.rejected(errors);
        }
        List<Line> lines = new ArrayList<>();
        String tujuan = null;
        String sasaran = null;
        for (int r = lastHeader + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || Workbooks.blank(row, format)) {
                continue;
            }
            if (lines.size() >= MAX_ROWS) {
                throw Workbooks.rejected(Map.of("baris " + (r + 1), "paling banyak " + MAX_ROWS + " baris indikator"));
            }
            List<String> problems = new ArrayList<>();
            String rowTujuan = Workbooks.text(row, columns.get("Tujuan"), format);
            String rowSasaran = Workbooks.text(row, columns.get("Sasaran"), format);
            if (rowTujuan != null) {
                tujuan = rowTujuan;
                sasaran = null;
            }
            if (rowSasaran != null) {
                sasaran = rowSasaran;
            }
            if (tujuan == null) {
                problems.add("kolom Tujuan kosong");
            } else if (tujuan.length() > 1000) {
                problems.add("Tujuan lebih dari 1000 karakter");
            }
            if (sasaran != null && sasaran.length() > 1000) {
                problems.add("Sasaran lebih dari 1000 karakter");
            }
            if (sasaran == null) {
                problems.add("kolom Sasaran kosong");
            }
            String indicator = Workbooks.text(row, columns.get("Indikator"), format);
            if (indicator == null) {
                problems.add("kolom Indikator kosong");
            } else if (indicator.length() > 500) {
                problems.add("Indikator lebih dari 500 karakter");
            }
            String unit = Workbooks.text(row, columns.get("Satuan"), format);
            if (unit == null) {
                problems.add("kolom Satuan kosong");
            } else if (unit.length() > 50) {
                problems.add("Satuan lebih dari 50 karakter");
            }
            Polarity polarity = polarity(Workbooks.text(row, columns.get("Polaritas"), format));
            if (polarity == null) {
                problems.add("kolom Polaritas harus Naik, Turun atau Kategori");
            }
            List<String> scale = scale(columns.containsKey("Skala") ? Workbooks.text(row, columns.get("Skala"), format) : null);
            if (scale.stream().anyMatch(c -> c.length() > 50) || scale.size() > 20) {
                problems.add("Skala paling banyak 20 kategori, masing-masing paling panjang 50 karakter");
            } else if (polarity == Polarity.ORDINAL && scale.size() < 2) {
                problems.add("indikator Kategori memerlukan kolom Skala, misalnya Pratama < Madya < Nindya < Utama");
            }
            Map<Integer, Object> targets = new TreeMap<>();
            for (var year : yearColumns.entrySet()) {
                Cell cell = row.getCell(year.getKey());
                Object target = target(cell, format, polarity, scale, year.getValue(), unit, problems);
                if (target != null) {
                    targets.put(year.getValue(), target);
                }
            }
            if (!problems.isEmpty()) {
                errors.put("baris " + (r + 1), String.join("; ", problems));
                continue;
            }
            lines.add(new Line(r + 1, tujuan, sasaran, indicator, unit, polarity, scale, targets));
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.put("file", "tidak ada baris indikator di bawah baris judul");
        }
        if (!errors.isEmpty()) {
            throw Workbooks.rejected(errors);
        }
        return new Parsed(List.copyOf(yearColumns.values()), lines);
    }

    /**
     * A target cell: a number as the agencies write it (85, 85%, 68,45, 1.500 orang; a numeric cell formatted as a
     * percentage is its percentage), a category of the scale, or N/A (empty, N/A, -). A count (the unit counts
     * people or things, {@link #countsThings}) refuses 1,500 and 1.5, which have no certain reading there.
     */
    private static Object target(Cell cell, DataFormatter format, Polarity polarity, List<String> scale, int year,
            String unit, List<String> problems) {
        if (cell == null) {
            return null;
        }
        if (polarity == Polarity.ORDINAL) {
            String text = format.formatCellValue(cell).strip();
            if (text.isEmpty() || text.equalsIgnoreCase("N/A") || text.equals("-")) {
                return null;
            }
            if (!scale.contains(text)) {
                problems.add(year + ": '" + text + "' tidak ada pada skala " + String.join(" < ", scale));
                return null;
            }
            return text;
        }
        try {
            BigDecimal value = Workbooks.number(cell, format, countsThings(unit)
                    ? IndonesianNumber.Column.COUNT : IndonesianNumber.Column.MEASURE);
            if (value != null && (value.scale() > 6 || value.precision() - value.scale() > 15)) {
                problems.add(year + ": angka terlalu panjang");
                return null;
            }
            return value;
        } catch (IndonesianNumber.NotANumber e) {
            problems.add(year + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Whether a unit counts whole people or things (orang, keluarga, lembaga...), where a fraction in a target is a
     * misspelling rather than a value. Only the import's strictness depends on it: a unit not listed reads fractions.
     */
    static boolean countsThings(String unit) {
        // the unit's first word: "orang/tahun" and "jiwa (kumulatif)" count people too
        String first = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2)[0];
        return COUNTED.contains(first) || (unit != null && COUNTED.contains(unit.strip().toLowerCase(Locale.ROOT)));
    }

    static Polarity polarity(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "NAIK", "INCREASING", "MENINGKAT" -> Polarity.INCREASING;
            case "TURUN", "PENURUNAN", "MENURUN", "DECREASING" -> Polarity.DECREASING;
            case "KATEGORI", "ORDINAL" -> Polarity.ORDINAL;
            default -> null;
        };
    }

    private static List<String> scale(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[<,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}
