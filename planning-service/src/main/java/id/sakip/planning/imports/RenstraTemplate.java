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

/** The workbook agencies fill in for a Renstra import: the matrix's columns, and a sheet that explains them. */
final class RenstraTemplate {

    static final List<String> COLUMNS = List.of("No", "Tujuan", "Sasaran", "Indikator", "Satuan", "Polaritas",
            "Skala");

    private static final List<String[]> GUIDE = List.of(
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
            new String[] {"Tahun", "Satu kolom per tahun Renstra (judulnya angka tahun). Isi target: angka (85 atau "
                    + "85%), kategori dari skala, atau N/A / kosong bila tahun itu tanpa target."},
            new String[] {"Contoh", "1 | Meningkatnya Keberdayaan dan Kesetaraan Gender | Meningkatnya peran serta "
                    + "perempuan dalam pembangunan | Kategori Kota Layak Anak | kategori | Kategori | Pratama < Madya "
                    + "< Nindya < Utama < KLA | Madya | Madya | Nindya | Nindya | Utama | Utama"},
            new String[] {"Impor", "Semua atau tidak sama sekali: bila satu baris salah, tidak ada yang disimpan dan "
                    + "setiap baris yang salah dilaporkan dengan nomornya."});

    static byte[] workbook(int startYear, int endYear) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet matrix = workbook.createSheet("Renstra");
            Row header = matrix.createRow(0);
            int column = 0;
            for (String name : COLUMNS) {
                header.createCell(column++).setCellValue(name);
            }
            for (int year = startYear; year <= endYear; year++) {
                header.createCell(column++).setCellValue(String.valueOf(year));
            }
            header.forEach(cell -> cell.setCellStyle(bold));
            matrix.setColumnWidth(1, 40 * 256);
            matrix.setColumnWidth(2, 40 * 256);
            matrix.setColumnWidth(3, 50 * 256);
            matrix.createFreezePane(0, 1);
            Sheet guide = workbook.createSheet("Petunjuk");
            for (int r = 0; r < GUIDE.size(); r++) {
                Row row = guide.createRow(r);
                row.createCell(0).setCellValue(GUIDE.get(r)[0]);
                row.createCell(1).setCellValue(GUIDE.get(r)[1]);
                if (r == 0) {
                    row.forEach(cell -> cell.setCellStyle(bold));
                }
            }
            guide.setColumnWidth(0, 14 * 256);
            guide.setColumnWidth(1, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RenstraTemplate() {
    }
}
