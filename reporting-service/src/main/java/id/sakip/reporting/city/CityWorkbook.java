package id.sakip.reporting.city;

import id.sakip.documents.Measure;
import id.sakip.documents.ReportWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The city table as an Excel workbook in Indonesian: every OPD with its figures and ranks, the Pemda's totals, and
 * the Pemda's own IKU on a second sheet.
 */
final class CityWorkbook extends ReportWorkbook {

    private static final String[] OPD_COLUMNS = {"Kode OPD", "Perangkat Daerah", "Jumlah indikator", "Terukur",
            "Mencapai target", "Rata-rata capaian (%)", "Peringkat capaian", "Jumlah IKU", "IKU mencapai target",
            "Rata-rata capaian IKU (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Peringkat serapan"};
    /** What each headline counts, printed under the title: the same scope gives the same number in the LKjIP. */
    static final String SCOPE = "Indikator: seluruh indikator OPD yang bertarget atau terukur pada tahun ini. IKU: "
            + "seluruh indikator OPD kecuali indikator program, kegiatan dan sub kegiatan (cakupan ikhtisar LKjIP). "
            + "Realisasi terakhir dalam status apa pun, termasuk yang belum disetujui (seperti LKjIP draf).";
    private static final String[] IKU_COLUMNS = {"Tingkat", "Misi / Tujuan / Sasaran", "Indikator", "Satuan",
            "OPD pelapor", "Target", "Realisasi", "Periode", "Capaian (%)"};

    static byte[] of(CityReport report) {
        try (CityWorkbook book = new CityWorkbook()) {
            book.opd(report);
            book.pemdaIku(report);
            book.rulesNote(report.capaianRules());
            return book.bytes();
        }
    }

    private String heading(CityReport report) {
        return "Pemda " + report.pemdaCode() + " tahun " + report.year()
                + (report.quarter() == null ? "" : ", s.d. triwulan " + report.quarter());
    }

    private void opd(CityReport report) {
        Sheet sheet = workbook.createSheet("Kinerja OPD");
        cell(sheet.createRow(0), 0, "KINERJA DAN ANGGARAN PERANGKAT DAERAH", title);
        cell(sheet.createRow(1), 0, heading(report), null);
        cell(sheet.createRow(2), 0, SCOPE, null);
        headerRow(sheet, 3, OPD_COLUMNS);
        int r = 4;
        for (CityReport.OpdRow opd : report.opd()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, opd.opdCode(), text);
            cell(row, 1, opd.opdName(), text);
            cell(row, 2, (int) opd.indicators());
            cell(row, 3, (int) opd.measured());
            cell(row, 4, (int) opd.reached());
            cell(row, 5, opd.averageCapaian(), percent);
            count(row, 6, opd.rankByCapaian(), text);
            count(row, 7, opd.ikuIndicators(), text);
            count(row, 8, opd.ikuReached(), text);
            cell(row, 9, opd.ikuAverageCapaian(), percent);
            cell(row, 10, opd.pagu(), rupiah);
            cell(row, 11, opd.realized(), rupiah);
            cell(row, 12, opd.serapanPercent(), percent);
            count(row, 13, opd.rankBySerapan(), text);
        }
        CityReport.Totals totals = report.totals();
        Row total = sheet.createRow(r);
        cell(total, 0, "Jumlah", totalText);
        cell(total, 1, "", totalText);
        count(total, 2, totals.indicators(), totalText);
        count(total, 3, totals.measured(), totalText);
        count(total, 4, totals.reached(), totalText);
        cell(total, 5, totals.averageCapaian(), totalPercent);
        cell(total, 6, "", totalText);
        count(total, 7, totals.ikuIndicators(), totalText);
        count(total, 8, totals.ikuReached(), totalText);
        cell(total, 9, totals.ikuAverageCapaian(), totalPercent);
        cell(total, 10, totals.pagu(), totalRupiah);
        cell(total, 11, totals.realized(), totalRupiah);
        cell(total, 12, totals.serapanPercent(), totalPercent);
        cell(total, 13, "", totalText);
        widths(sheet, 16, 50, 12, 10, 12, 14, 12, 10, 12, 14, 18, 18, 12, 12);
    }

    private void pemdaIku(CityReport report) {
        Sheet sheet = workbook.createSheet("IKU Pemda");
        cell(sheet.createRow(0), 0, "INDIKATOR KINERJA UTAMA PEMERINTAH DAERAH", title);
        cell(sheet.createRow(1), 0, heading(report), null);
        headerRow(sheet, 3, IKU_COLUMNS);
        int r = 4;
        for (CityReport.PemdaIndicator iku : report.pemdaIku()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, iku.nodeKind().charAt(0) + iku.nodeKind().substring(1).toLowerCase(java.util.Locale.ROOT),
                    text);
            cell(row, 1, iku.node(), text);
            cell(row, 2, iku.name(), text);
            cell(row, 3, iku.unit(), text);
            cell(row, 4, iku.opdCode(), text);
            figure(row, 5, iku.target());
            figure(row, 6, iku.realisasi() == null ? Measure.words("belum diukur") : iku.realisasi());
            cell(row, 7, iku.period(), text);
            cell(row, 8, iku.capaianPercent(), percent);
        }
        widths(sheet, 10, 50, 50, 10, 16, 14, 14, 10, 12);
    }
}
