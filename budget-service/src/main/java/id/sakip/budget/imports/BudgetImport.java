package id.sakip.budget.imports;

import id.sakip.budget.line.BudgetLevel;
import id.sakip.budget.line.BudgetLineRequest;
import id.sakip.budget.line.BudgetLineService;
import id.sakip.budget.line.BudgetLineView;
import id.sakip.budget.line.SpendingRequest;
import id.sakip.budget.plantree.PlanTree;
import id.sakip.budget.rollup.BudgetTree;
import id.sakip.budget.rollup.Rollup;
import id.sakip.indonesian.Indonesian;
import id.sakip.indonesian.IndonesianNumber;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A year's pagu and spending from a workbook in the layout of the seed's Pelaporan Kinerja table: a row per program,
 * kegiatan and sub kegiatan with its code, pagu and realisation (per quarter, or the year's total, read as TW IV).
 * A program's or kegiatan's figures are its official totals: what they hold beyond the rows listed under them becomes
 * its own named line. Checked whole first (every bad row reported by its Excel number), then written through the
 * budget's own rules in one transaction, so a refusal anywhere stores nothing.
 */
@Service
public class BudgetImport {

    static final String CODE = "Kode";
    static final String NAME = "Program / Kegiatan / Sub Kegiatan";
    static final String PAGU = "Pagu";
    static final String TOTAL = "Realisasi Anggaran";
    static final List<String> QUARTERS = List.of("Realisasi TW 1", "Realisasi TW 2", "Realisasi TW 3",
            "Realisasi TW 4");
    static final String PROGRAM_REST = "Kegiatan lain di luar rincian tabel impor";
    static final String KEGIATAN_REST = "Sub kegiatan lain di luar rincian tabel impor";

    private static final Pattern CODE_SHAPE = Pattern.compile(
            "[0-9X]\\.[0-9X]{2}\\.[0-9]{2}(\\.[0-9]\\.[0-9]{2}(\\.[0-9]{4})?)?");
    private static final int HEADER_SEARCH = 10;
    /** A year of one OPD's budget; a larger file is more likely a wrong file than a real budget. */
    static final int MAX_ROWS = 2_000;

    private final BudgetLineService lines;
    private final PlanTree tree;

    BudgetImport(BudgetLineService lines, PlanTree tree) {
        this.lines = lines;
        this.tree = tree;
    }

    /** What the import wrote: lines from the rows, own lines for the remainders, and the budget tree now. */
    public record Result(int rows, int ownLines, BudgetTree tree) {
    }

    /** One row as read: its code, pagu and spending per quarter (index 0 = TW I). */
    record Entry(int excelRow, BudgetLevel level, String code, String name, BigDecimal pagu, BigDecimal[] quarters) {
    }

    @Transactional
    public Result importWorkbook(String pemdaCode, String opdCode, int year, String paguVersion,
            String legalReference, LocalDate legalDate, InputStream xlsx, String actor) {
        List<Entry> entries;
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            entries = parse(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.unprocessable("not-a-workbook", "Berkas bukan buku kerja Excel (.xlsx) yang dapat "
                    + "dibaca. Unduh templatnya dari /api/v1/budget/import-template.", Map.of("file",
                    "bukan berkas .xlsx yang dapat dibaca"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> existing = new HashSet<>();
        lines.list(pemdaCode, opdCode, year).forEach(line -> existing.add(line.code()));
        for (Entry entry : entries) {
            String row = "baris " + entry.excelRow();
            if (tree.nameOf(pemdaCode, opdCode, entry.level().name(), entry.code()).isEmpty()) {
                errors.put(row, entry.level().label() + " " + entry.code() + " tidak ada di pohon program OPD "
                        + opdCode + " (perencanaan)");
            } else if (existing.contains(entry.code())) {
                errors.put(row, entry.level().label() + " " + entry.code() + " sudah punya pagu tahun " + year
                        + "; ubah dengan revisi pagu");
            } else if (entry.level() != BudgetLevel.SUB_KEGIATAN
                    && existing.stream().anyMatch(code -> code.startsWith(entry.code() + "."))) {
                // its official total would count those lines twice: once stored, once in its own line
                errors.put(row, "di bawah " + entry.level().label() + " " + entry.code() + " sudah ada pagu tahun "
                        + year + "; impor totalnya bersama semua rinciannya untuk tahun yang belum berisi");
            }
        }
        List<Entry> own = ownLines(entries, errors);
        if (!errors.isEmpty()) {
            throw Workbooks.rejected(errors);
        }
        List<Entry> toWrite = new ArrayList<>();
        entries.stream().filter(e -> e.level() == BudgetLevel.SUB_KEGIATAN).forEach(toWrite::add);
        toWrite.addAll(own);
        for (Entry entry : toWrite) {
            BudgetLineView line = lines.create(new BudgetLineRequest(pemdaCode, opdCode, null, year, entry.code(),
                    entry.level() == BudgetLevel.SUB_KEGIATAN ? null : entry.name(), paguVersion, entry.pagu(),
                    legalReference, legalDate), actor);
            // the line was created in this transaction: the import is its only writer
            for (int q = 0; q < 4; q++) {
                if (entry.quarters()[q].signum() > 0) {
                    line = lines.recordSpending(line.id(), q + 1, new SpendingRequest(entry.quarters()[q]),
                            line.version(), actor);
                }
            }
        }
        Map<String, String> names = tree.names(pemdaCode, opdCode);
        return new Result(toWrite.size() - own.size(), own.size(), Rollup.of(pemdaCode, opdCode, year,
                lines.list(pemdaCode, opdCode, year), code -> names.getOrDefault(code, code)));
    }

    /**
     * A program's or kegiatan's row is its official total; what it holds beyond the rows under it is its own line. A
     * total smaller than its rows is a mistake in the workbook.
     */
    static List<Entry> ownLines(List<Entry> entries, Map<String, String> errors) {
        List<Entry> own = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        entries.forEach(e -> listed.add(e.code()));
        for (Entry total : entries) {
            if (total.level() == BudgetLevel.SUB_KEGIATAN) {
                continue;
            }
            BigDecimal pagu = total.pagu();
            BigDecimal[] quarters = total.quarters().clone();
            for (Entry child : entries) {
                if (isDirectPart(child, total, listed)) {
                    pagu = pagu.subtract(child.pagu());
                    for (int q = 0; q < 4; q++) {
                        quarters[q] = quarters[q].subtract(child.quarters()[q]);
                    }
                }
            }
            String row = "baris " + total.excelRow();
            if (pagu.signum() < 0) {
                errors.merge(row, "pagu " + total.level().label() + " " + total.code() + " Rp "
                        + Indonesian.rupiah(total.pagu()) + " lebih kecil dari jumlah rinciannya Rp "
                        + Indonesian.rupiah(total.pagu().subtract(pagu)), (a, b) -> a + "; " + b);
                continue;
            }
            for (int q = 0; q < 4; q++) {
                if (quarters[q].signum() < 0) {
                    errors.merge(row, "realisasi TW " + (q + 1) + " " + total.level().label() + " " + total.code()
                            + " lebih kecil dari jumlah rinciannya", (a, b) -> a + "; " + b);
                }
            }
            boolean spent = false;
            BigDecimal spentTotal = BigDecimal.ZERO;
            for (BigDecimal quarter : quarters) {
                spent |= quarter.signum() > 0;
                spentTotal = spentTotal.add(quarter);
            }
            if (spentTotal.compareTo(pagu) > 0) {
                errors.merge(row, "selisih realisasi " + total.level().label() + " " + total.code() + " Rp "
                        + Indonesian.rupiah(spentTotal) + " melebihi selisih pagunya Rp " + Indonesian.rupiah(pagu)
                        + " (total dikurangi rinciannya)", (a, b) -> a + "; " + b);
                continue;
            }
            if (pagu.signum() > 0 || spent) {
                own.add(new Entry(total.excelRow(), total.level(), total.code(),
                        total.level() == BudgetLevel.PROGRAM ? PROGRAM_REST : KEGIATAN_REST, pagu, quarters));
            }
        }
        return own;
    }

    /** A kegiatan under its program; a sub kegiatan under its kegiatan, or under its program when no kegiatan row. */
    private static boolean isDirectPart(Entry child, Entry total, Set<String> listed) {
        if (child == total || !child.code().startsWith(total.code() + ".")) {
            return false;
        }
        if (total.level() == BudgetLevel.KEGIATAN) {
            return child.level() == BudgetLevel.SUB_KEGIATAN;
        }
        return child.level() == BudgetLevel.KEGIATAN || (child.level() == BudgetLevel.SUB_KEGIATAN
                && !listed.contains(BudgetLevel.prefix(child.code(), BudgetLevel.KEGIATAN)));
    }

    static List<Entry> parse(Sheet sheet) {
        DataFormatter format = new DataFormatter(Locale.forLanguageTag("id-ID"));
        Map<String, Integer> columns = null;
        int headerRow = -1;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH); r++) {
            Row row = sheet.getRow(r);
            Map<String, Integer> found = row == null ? Map.of() : header(row, format);
            if (found.containsKey(CODE) && found.containsKey(PAGU)) {
                columns = found;
                headerRow = r;
                break;
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (columns == null) {
            errors.put("file", "baris judul dengan kolom '" + CODE + "' dan '" + PAGU + "' tidak ditemukan di "
                    + HEADER_SEARCH + " baris pertama");
            throw Workbooks.rejected(errors);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (sheet.getLastRowNum() - headerRow > MAX_ROWS) {
            throw Workbooks.rejected(Map.of("file", "paling banyak " + MAX_ROWS + " baris anggaran"));
        }
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || Workbooks.blank(row, format)) {
                continue;
            }
            String label = "baris " + (r + 1);
            List<String> problems = new ArrayList<>();
            String code = Workbooks.text(row, columns.get(CODE), format);
            String name = Workbooks.text(row, columns.get(NAME), format);
            if (code == null || !CODE_SHAPE.matcher(code).matches()) {
                problems.add("kode '" + (code == null ? "" : code) + "' bukan U.BB.PP, U.BB.PP.K.KK atau "
                        + "U.BB.PP.K.KK.SSSS");
            } else if (!seen.add(code)) {
                problems.add("kode " + code + " tertulis dua kali");
            }
            if (name != null && name.length() > 500) {
                problems.add("nama paling panjang 500 karakter");
            }
            BigDecimal pagu = money(row.getCell(columns.get(PAGU)), format, PAGU, problems);
            if (pagu == null && problems.isEmpty()) {
                problems.add("pagu kosong");
            }
            BigDecimal[] quarters = new BigDecimal[4];
            boolean anyQuarter = false;
            for (int q = 0; q < 4; q++) {
                Integer column = columns.get(QUARTERS.get(q));
                quarters[q] = column == null ? null : money(row.getCell(column), format, QUARTERS.get(q), problems);
                anyQuarter |= quarters[q] != null;
            }
            BigDecimal total = columns.containsKey(TOTAL)
                    ? money(row.getCell(columns.get(TOTAL)), format, TOTAL, problems) : null;
            for (int q = 0; q < 4; q++) {
                quarters[q] = quarters[q] == null ? BigDecimal.ZERO.setScale(2) : quarters[q];
            }
            BigDecimal sum = quarters[0].add(quarters[1]).add(quarters[2]).add(quarters[3]);
            if (!anyQuarter && total != null) {
                // the seed's table gives only the year's total: it is the spending up to TW IV
                quarters[3] = total;
                sum = total;
            } else if (total != null && total.compareTo(sum) != 0) {
                problems.add(TOTAL + " Rp " + Indonesian.rupiah(total) + " tidak sama dengan jumlah TW 1-4 Rp "
                        + Indonesian.rupiah(sum));
            }
            if (pagu != null && sum.compareTo(pagu) > 0) {
                problems.add("realisasi Rp " + Indonesian.rupiah(sum) + " melebihi pagu Rp " + Indonesian.rupiah(pagu));
            }
            if (!problems.isEmpty()) {
                errors.put(label, String.join("; ", problems));
                continue;
            }
            entries.add(new Entry(r + 1, BudgetLevel.of(code), code, name, pagu, quarters));
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.put("file", "tidak ada baris anggaran di bawah baris judul");
        }
        if (!errors.isEmpty()) {
            throw Workbooks.rejected(errors);
        }
        return entries;
    }

    private static Map<String, Integer> header(Row row, DataFormatter format) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : row) {
            String text = format.formatCellValue(cell).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int index = cell.getColumnIndex();
            if (text.equals("kode")) {
                columns.putIfAbsent(CODE, index);
            } else if (text.startsWith("program")) {
                columns.putIfAbsent(NAME, index);
            } else if (text.startsWith("pagu")) {
                columns.putIfAbsent(PAGU, index);
            } else if (text.startsWith("realisasi anggaran")) {
                columns.putIfAbsent(TOTAL, index);
            } else {
                for (int q = 0; q < 4; q++) {
                    if (text.matches("realisasi tw\\.? ?(" + (q + 1) + "|" + "I".repeat(q + 1).replace("IIII", "IV")
                            .toLowerCase(Locale.ROOT) + ")")) {
                        columns.putIfAbsent(QUARTERS.get(q), index);
                    }
                }
            }
        }
        return columns;
    }

    /**
     * Rupiah from a cell: a number, or text as the agencies write it (52.264.600, Rp 52.264.600, 1.500,50); 1,500
     * and 1.50 are refused, having no certain reading; at most 2 decimals, never negative. Empty is null.
     */
    static BigDecimal money(Cell cell, DataFormatter format, String column, List<String> problems) {
        BigDecimal value;
        try {
            // a total written as =SUM(...) counts with the value Excel last computed for it
            value = Workbooks.number(cell, format, IndonesianNumber.Column.MONEY);
        } catch (IndonesianNumber.NotANumber e) {
            problems.add(column + " " + e.getMessage());
            return null;
        }
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problems.add(column + " tidak boleh negatif");
            return null;
        }
        if (value.scale() > 2 || value.precision() - value.scale() > 15) {
            problems.add(column + " paling banyak 15 digit dan 2 desimal");
            return null;
        }
        return value.setScale(2);
    }
}
