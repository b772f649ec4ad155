package id.sakip.budget.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The workbook the budget import reads: its columns, and a sheet that explains them in Indonesian. */
final class BudgetTemplate {

    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of(BudgetImport.CODE, BudgetImport.NAME, BudgetImport.PAGU));
        columns.addAll(BudgetImport.QUARTERS);
        columns.add(BudgetImport.TOTAL);
        COLUMNS = List.copyOf(columns);
    }

    private static final String[][] GUIDE = {
            {"Kode", "Kode nomenklatur (Kepmendagri 050-5889/2021): program U.BB.PP, kegiatan U.BB.PP.K.KK, sub kegiatan "
                    + "U.BB.PP.K.KK.SSSS. Kode harus sudah ada di pohon program OPD pada perencanaan. Tulis sebagai teks."},
            {"Program / Kegiatan / Sub Kegiatan", "Nama, sebagai keterangan; nama sub kegiatan diambil dari perencanaan."},
            {"Pagu", "Pagu APBD dalam rupiah (angka, atau teks seperti 52.264.600, Rp 52.264.600 atau "
                    + "1.500,50; 1,500 dan 1.50 ditolak karena bisa dibaca dua cara). Baris program dan kegiatan berisi "
                    + "pagu resminya: selisih dengan jumlah baris di bawahnya menjadi baris tersendiri bernama '"
                    + BudgetImport.PROGRAM_REST + "' atau '" + BudgetImport.KEGIATAN_REST + "'."},
            {"Realisasi TW 1 - TW 4", "Realisasi anggaran tiap triwulan (bukan kumulatif). Boleh kosong."},
            {"Realisasi Anggaran", "Realisasi setahun. Bila kolom triwulan kosong, dicatat sebagai TW 4; bila diisi "
                    + "bersama kolom triwulan, harus sama dengan jumlahnya."},
            {"Aturan", "Semua baris diperiksa dulu; bila ada satu yang salah, tidak ada yang disimpan dan setiap baris "
                    + "yang salah disebut nomornya. Realisasi tidak boleh melebihi pagu; pagu program atau kegiatan "
                    + "tidak boleh lebih kecil dari jumlah rinciannya."},
    };

    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle rupiah = workbook.createCellStyle();
            rupiah.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Sheet table = workbook.createSheet("Anggaran");
            Row header = table.createRow(0);
            int[] widths = {20, 60, 18, 16, 16, 16, 16, 18};
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
                table.setColumnWidth(c, widths[c] * 256);
                if (c != 1) {
                    table.setDefaultColumnStyle(c, c == 0 ? text : rupiah);
                }
            }
            table.createFreezePane(0, 1);
            Sheet guide = workbook.createSheet("Petunjuk");
            guide.setColumnWidth(0, 30 * 256);
            guide.setColumnWidth(1, 110 * 256);
            for (int r = 0; r < GUIDE.length; r++) {
                Row row = guide.createRow(r);
                row.createCell(0).setCellValue(GUIDE[r][0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(GUIDE[r][1]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BudgetTemplate() {
    }
}
