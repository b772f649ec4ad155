package id.sakip.planning.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The workbooks agencies fill in for an import: the table's columns, and a sheet that explains them. */
final class Templates {

    static final List<String> COLUMNS = List.of("No", "Tujuan", "Sasaran", "Indikator", "Satuan", "Polaritas",
            "Skala");

    private static final List<String[]> RENSTRA_GUIDE = List.of(
            new String[] {"Kolom", "Isi"},
            new String[] {"No", "Nomor urut tujuan (boleh kosong)."},
            new String[] {"Tujuan", "Tujuan Renstra. Kosongkan pada baris berikutnya bila tujuannya sama (seperti sel "
                    + "yang digabung)."},
            new String[] {"Sasaran", "Sasaran di bawah tujuan itu. Kosongkan bila sama dengan baris di atasnya."},
            new String[] {"Indikator", "Nama indikator kinerja (wajib)."},
            new String[] {"Satuan", "Satuan, misalnya %, Orang, indeks, kategori (wajib)."},
            new String[] {"Polaritas", "Naik (makin tinggi makin baik), Turun (penurunan: makin rendah makin baik) "
                    + "atau Kategori (predikat berurutan). Wajib; tidak ditebak dari nama indikator."},
            new String[] {"Skala", "Untuk Kategori saja: urutan kategori dari terendah, misalnya Pratama < Madya < "
                    + "Nindya < Utama < KLA."},
            new String[] {"Tahun", "Satu kolom per tahun Renstra (judulnya angka tahun). Isi target: angka "
                    + "dengan koma untuk desimal dan titik untuk ribuan (85; 85%; 68,45; 1.500 orang), kategori dari "
                    + "skala, atau N/A / kosong bila tahun itu tanpa target. Angka yang bisa dibaca dua cara ditolak: "
                    + "untuk satuan yang dihitung (orang, keluarga) 1,500 dan 1.5 ditolak; tulis 1.500."},
            new String[] {"Contoh", "1 | Meningkatnya Keberdayaan dan Kesetaraan Gender | Meningkatnya peran serta "
                    + "perempuan dalam pembangunan | Kategori Kota Layak Anak | kategori | Kategori | Pratama < Madya "
                    + "< Nindya < Utama < KLA | Madya | Madya | Nindya | Nindya | Utama | Utama"},
            new String[] {"Impor", "Semua atau tidak sama sekali: bila satu baris salah, tidak ada yang disimpan dan "
                    + "setiap baris yang salah dilaporkan dengan nomornya."});

    private static final List<String[]> RENCANA_AKSI_GUIDE = List.of(
            new String[] {"Kolom", "Isi"},
            new String[] {"Program, Kegiatan, Sub Kegiatan", "Nama; kosongkan bila sama dengan baris di atasnya "
                    + "(seperti sel yang digabung). Indikator dan Target masing-masing ditulis pada baris pertamanya."},
            new String[] {"Target", "Ditulis seperti di dokumen, misalnya 86% atau 50 Orang."},
            new String[] {"Aksi", "Satu aksi per baris, dengan Volume (misalnya 1 kali, 12 Bulan) dan Target Aksi bila "
                    + "ada."},
            new String[] {"TW I - TW IV", "Tandai v pada triwulan pelaksanaan aksi; kosongkan yang lain. Paling sedikit "
                    + "satu triwulan."},
            new String[] {"Sasaran strategis", "Dipilih saat mengimpor (sasaranId), bersama indikator dan target "
                    + "triwulannya; program-program dalam berkas ditambahkan di bawahnya."},
            new String[] {"Impor", "Semua atau tidak sama sekali: bila satu baris salah, tidak ada yang disimpan dan "
                    + "setiap baris yang salah dilaporkan dengan nomornya."});

    static byte[] renstra(int startYear, int endYear) {
        List<String> header = new java.util.ArrayList<>(COLUMNS);
        for (int year = startYear; year <= endYear; year++) {
            header.add(String.valueOf(year));
        }
        return workbook("Renstra", header, RENSTRA_GUIDE, new int[] {6, 40, 40, 50, 12, 12, 30});
    }

    static byte[] rencanaAksi() {
        return workbook("Rencana Aksi", RencanaAksiImport.COLUMNS, RENCANA_AKSI_GUIDE,
                new int[] {35, 40, 12, 35, 40, 12, 35, 40, 12, 40, 12, 12, 7, 7, 7, 7});
    }

    private static byte[] workbook(String name, List<String> header, List<String[]> guideRows, int[] widths) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet table = workbook.createSheet(name);
            Row first = table.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
                first.getCell(c).setCellStyle(bold);
                if (c < widths.length) {
                    table.setColumnWidth(c, widths[c] * 256);
                }
            }
            table.createFreezePane(0, 1);
            Sheet guide = workbook.createSheet("Petunjuk");
            for (int r = 0; r < guideRows.size(); r++) {
                Row row = guide.createRow(r);
                row.createCell(0).setCellValue(guideRows.get(r)[0]);
                row.createCell(1).setCellValue(guideRows.get(r)[1]);
                if (r == 0) {
                    row.forEach(cell -> cell.setCellStyle(bold));
                }
            }
            guide.setColumnWidth(0, 30 * 256);
            guide.setColumnWidth(1, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Templates() {
    }
}
