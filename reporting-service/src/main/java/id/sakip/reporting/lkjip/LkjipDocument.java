package id.sakip.reporting.lkjip;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.sakip.events.CapaianStatus;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.indonesian.Indonesian;
import id.sakip.reporting.agreement.AgreementDocument;
import id.sakip.reporting.agreement.SignedAgreement;
import id.sakip.reporting.lkjip.Lkjip.IndicatorResult;
import id.sakip.reporting.history.IndicatorHistory.Justification;
import id.sakip.reporting.lkjip.Lkjip.SasaranResult;
import id.sakip.reporting.lkjip.Lkjip.YearFigure;
import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import id.sakip.reporting.projection.OpdProfile;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The LKjIP as a PDF in Indonesian (PermenPANRB 53/2014): cover, Bab I Pendahuluan, Bab II Perencanaan Kinerja,
 * Bab III Akuntabilitas Kinerja (capaian per sasaran with the previous years, the Renstra end target, the faktor
 * pendorong / penghambat and tindak lanjut, the programs behind it; charts of capaian and of capaian beside serapan;
 * the budget), Bab IV Penutup and the Perjanjian Kinerja as Lampiran, ready to sign. A report built from data not yet
 * approved says so on every page.
 */
final class LkjipDocument {

    /** Above this many IKU the capaian chart shows how many fall in each band instead of one bar each. */
    static final int MAX_BARS = 30;
    private static final Font COVER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
    private static final Font FOOTER = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL, Color.GRAY);
    private static final Font DRAFT = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Font.NORMAL,
            new Color(0xc0, 0x39, 0x2b));

    private final Lkjip report;
    private final SignedAgreement agreement;
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    private final Charts charts = new Charts();
    private PdfWriter writer;

    private LkjipDocument(Lkjip report, SignedAgreement agreement) {
        this.report = report;
        this.agreement = agreement;
    }

    static byte[] pdf(Lkjip report, SignedAgreement agreement) {
        return new LkjipDocument(report, agreement).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            document.addTitle("Laporan Kinerja Instansi Pemerintah Tahun " + report.year() + " " + opdName());
            document.open();
            cover();
            if (report.empty()) {
                document.add(paragraph(report.note()));
            } else {
                document.newPage();
                babI();
                document.newPage();
                babII();
                document.newPage();
                babIII();
                document.newPage();
                babIV();
                document.newPage();
                lampiran();
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void cover() {
        for (int i = 0; i < 6; i++) {
            document.add(new Paragraph(" ", BODY));
        }
        document.add(centered("LAPORAN KINERJA INSTANSI PEMERINTAH", COVER));
        document.add(centered("(LKjIP)", COVER));
        document.add(centered("TAHUN " + report.year(), COVER));
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph(" ", BODY));
        document.add(centered(opdName().toUpperCase(Indonesian.LOCALE), TITLE));
        document.add(centered(pemdaName().toUpperCase(Indonesian.LOCALE), TITLE));
        document.add(new Paragraph(" ", BODY));
        if (report.draft()) {
            document.add(centered("DRAF: memuat realisasi yang belum disetujui Kepala OPD", DRAFT));
        } else if (!report.empty()) {
            document.add(centered("Disusun dari realisasi kinerja yang telah disetujui Kepala OPD", SMALL));
        }
        document.add(new Paragraph(" ", BODY));
    }

    private void babI() {
        chapter("BAB I", "PENDAHULUAN");
        Lkjip.Organisation organisation = report.organisation();
        if (organisation == null) {
            document.add(paragraph("Profil OPD belum tersedia: layanan perencanaan belum mengirimkan profil "
                    + opdName() + "."));
            return;
        }
        OpdProfile profile = organisation.profile();
        section("1.1 Gambaran Umum Organisasi");
        document.add(paragraph(organisation.opdName() + (organisation.shortName() == null ? ""
                : " (" + organisation.shortName() + ")") + " adalah perangkat daerah " + organisation.pemdaName()
                + (organisation.province() == null ? "" : ", Provinsi " + organisation.province()) + "."));
        PdfPTable contact = keyValues();
        row(contact, "Alamat", profile.address());
        row(contact, "Telepon / Faks", join(profile.phone(), profile.fax()));
        row(contact, "Surel / Situs", join(profile.email(), profile.website()));
        if (profile.head() != null && profile.head().name() != null) {
            row(contact, "Kepala", profile.head().name() + (profile.head().nip() == null ? ""
                    : " (NIP " + profile.head().nip() + ")"));
        }
        document.add(contact);
        if (!profile.legalBasis().isEmpty()) {
            document.add(paragraph("Dasar hukum pembentukan dan kedudukan organisasi:"));
            list(profile.legalBasis());
        }
        section("1.2 Tugas dan Fungsi");
        document.add(paragraph(profile.task() == null ? "Tugas pokok belum diisi pada profil OPD."
                : "Tugas: " + profile.task() + "."));
        if (!profile.functions().isEmpty()) {
            document.add(paragraph("Dalam melaksanakan tugas tersebut, " + shortName() + " menyelenggarakan fungsi:"));
            list(profile.functions());
        }
        if (!profile.processesUtama().isEmpty() || !profile.processesManajerial().isEmpty()) {
            section("1.3 Proses Bisnis");
            processes("Proses manajerial", profile.processesManajerial());
            processes("Proses utama", profile.processesUtama());
            processes("Proses pendukung", profile.processesPendukung());
        }
        section("1.4 Sumber Daya Manusia");
        if (profile.staff().isEmpty()) {
            document.add(paragraph("Data pegawai belum diisi pada profil OPD."));
        } else {
            document.add(paragraph("Keadaan pegawai per " + Indonesian.date(profile.staffAsOf()) + ":"));
            PdfPTable staff = table(new float[] {46, 18, 18, 18}, "Status", "Laki-laki", "Perempuan", "Jumlah");
            int male = 0;
            int female = 0;
            int total = 0;
            for (OpdProfileChanged.StaffCount row : profile.staff()) {
                staffRow(staff, row, "", SMALL_BOLD);
                row.breakdown().forEach(b -> staffRow(staff, b, "   ", SMALL));
                male += row.male();
                female += row.female();
                total += row.total();
            }
            staffRow(staff, new OpdProfileChanged.StaffCount("Jumlah", male, female, total, List.of()), "",
                    SMALL_BOLD);
            document.add(staff);
        }
        section("1.5 Isu Strategis");
        if (profile.strategicIssues().isEmpty()) {
            document.add(paragraph("Isu strategis belum diisi pada profil OPD."));
        } else {
            list(profile.strategicIssues());
        }
    }

    private void babII() {
        chapter("BAB II", "PERENCANAAN KINERJA");
        section("2.1 Rencana Strategis");
        if (report.organisation() != null && report.organisation().visi() != null) {
            document.add(paragraph("Visi daerah: " + report.organisation().visi() + "."));
        }
        List<Integer> years = report.renstraYears();
        if (report.sasaran().isEmpty() || years.isEmpty()) {
            document.add(paragraph("Belum ada sasaran dengan indikator kinerja utama yang bertarget di Renstra."));
        } else {
            document.add(paragraph("Tujuan, sasaran, indikator kinerja utama dan targetnya dalam Renstra "
                    + years.get(0) + "-" + years.get(years.size() - 1) + ":"));
            float[] widths = new float[3 + years.size()];
            widths[0] = 4;
            widths[1] = 22;
            widths[2] = 26;
            for (int i = 0; i < years.size(); i++) {
                widths[3 + i] = 48f / years.size();
            }
            List<String> headers = new ArrayList<>(List.of("No", "Sasaran", "Indikator"));
            years.forEach(y -> headers.add(String.valueOf(y)));
            PdfPTable renstra = table(widths, headers.toArray(String[]::new));
            int no = 1;
            for (SasaranResult sasaran : report.sasaran()) {
                boolean first = true;
                for (IndicatorResult indicator : sasaran.indicators()) {
                    renstra.addCell(cell(first ? String.valueOf(no) : "", Element.ALIGN_CENTER));
                    renstra.addCell(cell(first ? sasaran.sasaran() : "", Element.ALIGN_LEFT));
                    renstra.addCell(cell(indicator.name(), Element.ALIGN_LEFT));
                    for (Integer year : years) {
                        renstra.addCell(cell(indicator.renstraTargets().stream().filter(t -> t.year() == year)
                                .map(YearFigure::target).findFirst().orElse("-"), Element.ALIGN_CENTER));
                    }
                    first = false;
                }
                no++;
            }
            document.add(renstra);
        }
        section("2.2 Perjanjian Kinerja Tahun " + report.year());
        if (agreement == null) {
            document.add(paragraph("Belum ada Perjanjian Kinerja tahun " + report.year() + " yang ditandatangani."));
            return;
        }
        document.add(paragraph("Perjanjian Kinerja tahun " + report.year() + (agreement.versionNo() > 1
                ? " (perubahan ke-" + (agreement.versionNo() - 1) + ")" : "") + " ditandatangani "
                + agreement.signatoryName() + " pada " + Indonesian.date(agreement.signedOn())
                + ". Sasaran, indikator dan targetnya:"));
        PdfPTable pk = table(new float[] {5, 40, 40, 15}, "No", "Sasaran Strategis", "Indikator Kinerja", "Target");
        int no = 1;
        for (PerjanjianKinerjaSigned.Sasaran sasaran : agreement.content().sasaran()) {
            boolean first = true;
            for (PerjanjianKinerjaSigned.Indicator indicator : sasaran.indicators()) {
                pk.addCell(cell(first ? String.valueOf(no) : "", Element.ALIGN_CENTER));
                pk.addCell(cell(first ? sasaran.text() : "", Element.ALIGN_LEFT));
                pk.addCell(cell(indicator.name(), Element.ALIGN_LEFT));
                pk.addCell(cell(agreementTarget(indicator), Element.ALIGN_CENTER));
                first = false;
            }
            no++;
        }
        document.add(pk);
        BigDecimal money = agreement.content().programs().stream().map(PerjanjianKinerjaSigned.Program::pagu)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!agreement.content().programs().isEmpty()) {
            document.add(paragraph("Untuk mencapainya dialokasikan anggaran Rp " + Indonesian.rupiah(money)
                    + " pada " + agreement.content().programs().size() + " program."));
        }
    }

    private void babIII() {
        chapter("BAB III", "AKUNTABILITAS KINERJA");
        section("A. Capaian Kinerja Organisasi");
        List<IndicatorResult> all = new ArrayList<>();
        report.sasaran().forEach(s -> all.addAll(s.indicators()));
        all.addAll(report.otherIndicators());
        Lkjip.Summary summary = report.summary();
        document.add(paragraph("Pada tahun " + report.year() + " " + shortName() + " mengukur " + summary.measured()
                + " dari " + summary.indicators() + " indikator; " + summary.reached() + " di antaranya mencapai "
                + "target (capaian 100% atau lebih)" + (summary.averageCapaian() == null ? "."
                : ", dengan rata-rata capaian " + Indonesian.percent(summary.averageCapaian()) + ".")));
        if (report.capaianRules() != null) {
            document.add(small("Aturan capaian yang dipakai: " + report.capaianRules()));
        }
        document.add(capaianChart(all));

        int no = 1;
        for (SasaranResult sasaran : report.sasaran()) {
            subsection("Sasaran " + no++ + ": " + sasaran.sasaran());
            if (sasaran.tujuan() != null) {
                document.add(small("Tujuan: " + sasaran.tujuan() + (sasaran.misi() == null ? ""
                        : ". Misi: " + sasaran.misi()) + "."));
            }
            indicators(sasaran.indicators());
            programs(sasaran);
        }
        if (!report.otherIndicators().isEmpty()) {
            subsection("Indikator lain (belum terhubung ke pohon kinerja)");
            indicators(report.otherIndicators());
        }
        section("B. Realisasi Anggaran");
        budget();
    }

    private Element capaianChart(List<IndicatorResult> all) {
        List<IndicatorResult> computed = all.stream().filter(i -> i.capaianStatus() == CapaianStatus.COMPUTED)
                .toList();
        if (computed.size() <= MAX_BARS) {
            List<Charts.Row> rows = computed.stream().map(i -> new Charts.Row(i.name(),
                    List.of(i.capaianPercent()))).toList();
            return charts.bars(writer, "Grafik 3.1 Capaian indikator kinerja tahun " + report.year()
                    + " (garis merah: 100%)", List.of(new Charts.Series("Capaian", Charts.CAPAIAN)), rows, true,
                    BigDecimal.valueOf(100));
        }
        // many indicators: how many fall in each band of the Pemda's rating scale (Permendagri 86/2017 by default)
        List<BigDecimal> bounds = report.ratingBounds();
        String[] bands = new String[bounds.size() + 1];
        for (int i = 0; i < bounds.size(); i++) {
            String above = "lebih dari " + Indonesian.decimal(bounds.get(i)) + "%";
            bands[i] = i == 0 ? above : above + " s.d. " + Indonesian.decimal(bounds.get(i - 1)) + "%";
        }
        bands[bounds.size()] = Indonesian.decimal(bounds.get(bounds.size() - 1)) + "% atau kurang";
        int[] counts = new int[bands.length];
        for (IndicatorResult indicator : computed) {
            BigDecimal c = indicator.capaianPercent();
            int band = bounds.size();
            for (int i = bounds.size() - 1; i >= 0; i--) {
                if (c.compareTo(bounds.get(i)) > 0) {
                    band = i;
                }
            }
            counts[band]++;
        }
        List<Charts.Row> rows = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            rows.add(new Charts.Row("Capaian " + bands[i], List.of(BigDecimal.valueOf(counts[i]))));
        }
        return charts.bars(writer, "Grafik 3.1 Jumlah indikator menurut capaian tahun " + report.year(),
                List.of(new Charts.Series("Jumlah indikator", Charts.COUNT)), rows, false, null);
    }

    private void indicators(List<IndicatorResult> indicators) {
        PdfPTable year = table(new float[] {34, 16, 16, 14, 20}, "Indikator", "Target " + report.year(),
                "Realisasi", "Capaian", "Target akhir Renstra");
        for (IndicatorResult indicator : indicators) {
            year.addCell(cell(indicator.name(), Element.ALIGN_LEFT));
            year.addCell(cell(indicator.target(), Element.ALIGN_CENTER));
            year.addCell(cell(indicator.realisasi() == null ? "belum diukur" : indicator.realisasi(),
                    Element.ALIGN_CENTER));
            year.addCell(cell(capaian(indicator), Element.ALIGN_CENTER));
            Lkjip.EndTarget end = indicator.endTarget();
            year.addCell(cell(end == null ? "-" : end.target() + " (" + end.year() + "): " + end.verdict(),
                    Element.ALIGN_LEFT));
        }
        document.add(year);
        for (IndicatorResult indicator : indicators) {
            if (!indicator.previousYears().isEmpty()) {
                document.add(small("Perbandingan dengan tahun sebelumnya, " + indicator.name() + ":"));
                PdfPTable past = table(new float[] {16, 28, 28, 28}, "Tahun", "Target", "Realisasi", "Capaian");
                for (YearFigure figure : indicator.previousYears()) {
                    past.addCell(cell(String.valueOf(figure.year()), Element.ALIGN_CENTER));
                    past.addCell(cell(figure.target(), Element.ALIGN_CENTER));
                    past.addCell(cell(figure.realisasi(), Element.ALIGN_CENTER));
                    past.addCell(cell(Indonesian.percent(figure.capaianPercent()), Element.ALIGN_CENTER));
                }
                past.addCell(cell(report.year() + "", Element.ALIGN_CENTER));
                past.addCell(cell(indicator.target(), Element.ALIGN_CENTER));
                past.addCell(cell(indicator.realisasi() == null ? "-" : indicator.realisasi(), Element.ALIGN_CENTER));
                past.addCell(cell(capaian(indicator), Element.ALIGN_CENTER));
                document.add(past);
            }
            for (Justification j : indicator.justifications()) {
                String period = j.period().length() > 4 ? "TW " + j.period().substring(5) : "tahun " + j.period();
                if (j.faktorPendorong() != null) {
                    document.add(small("Faktor pendorong (" + period + "), " + indicator.name() + ": "
                            + j.faktorPendorong()));
                }
                if (j.faktorPenghambat() != null) {
                    document.add(small("Faktor penghambat (" + period + "), " + indicator.name() + ": "
                            + j.faktorPenghambat()));
                }
                if (j.tindakLanjut() != null) {
                    document.add(small("Tindak lanjut / solusi (" + period + "): " + j.tindakLanjut()));
                }
            }
        }
    }

    /** The programs behind the sasaran: their serapan and efficiency, and a chart of capaian beside serapan. */
    private void programs(SasaranResult sasaran) {
        List<ProgramRow> rows = new ArrayList<>();
        flatten(sasaran.programs(), rows);
        if (rows.isEmpty()) {
            return;
        }
        document.add(small("Program, kegiatan dan sub kegiatan yang mendukung sasaran ini, dengan efisiensi "
                + "penggunaan sumber daya (capaian kinerja dibandingkan serapan anggaran):"));
        PdfPTable table = table(new float[] {40, 17, 17, 10, 16}, "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)",
                "Realisasi (Rp)", "Serapan", "Efisiensi");
        List<Charts.Row> chart = new ArrayList<>();
        for (ProgramRow row : rows) {
            String indent = row.kind().equals("PROGRAM") ? "" : row.kind().equals("KEGIATAN") ? "   " : "      ";
            table.addCell(cell(indent + (row.code() == null ? "" : row.code() + " ") + row.name(), Element.ALIGN_LEFT));
            table.addCell(cell(Indonesian.rupiah(row.pagu()), Element.ALIGN_RIGHT));
            table.addCell(cell(Indonesian.rupiah(row.realized()), Element.ALIGN_RIGHT));
            table.addCell(cell(Indonesian.percent(row.serapanPercent()), Element.ALIGN_CENTER));
            table.addCell(cell(row.efficiency() == null ? "-" : row.efficiency().verdict() + " ("
                    + Indonesian.percent(row.efficiency().capaianPercent()) + " : "
                    + Indonesian.percent(row.efficiency().serapanPercent()) + ")", Element.ALIGN_CENTER));
            if (row.efficiency() != null && chart.size() < MAX_BARS) {
                chart.add(new Charts.Row(row.name(), List.of(row.efficiency().capaianPercent(),
                        row.efficiency().serapanPercent())));
            }
        }
        document.add(table);
        if (!chart.isEmpty()) {
            document.add(charts.bars(writer, "Capaian kinerja dan serapan anggaran", List.of(
                    new Charts.Series("Capaian kinerja", Charts.CAPAIAN),
                    new Charts.Series("Serapan anggaran", Charts.SERAPAN)), chart, true, BigDecimal.valueOf(100)));
        }
    }

    private static void flatten(List<ProgramRow> rows, List<ProgramRow> into) {
        for (ProgramRow row : rows) {
            if (row.pagu() != null || row.efficiency() != null) {
                into.add(row);
            }
            flatten(row.children(), into);
        }
    }

    private void budget() {
        if (report.budget().isEmpty()) {
            document.add(paragraph("Belum ada data anggaran tahun " + report.year() + "."));
            return;
        }
        var totals = report.budgetTotals();
        document.add(paragraph("Pagu anggaran tahun " + report.year() + " sebesar Rp "
                + Indonesian.rupiah(totals.pagu()) + " terealisasi Rp " + Indonesian.rupiah(totals.realized())
                + " atau " + Indonesian.percent(totals.serapanPercent()) + "."));
        PdfPTable table = table(new float[] {18, 36, 16, 16, 14}, "Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)",
                "Serapan");
        List<Charts.Row> chart = new ArrayList<>();
        for (BudgetRow line : report.budget()) {
            table.addCell(cell(line.subKegiatanCode(), Element.ALIGN_LEFT));
            table.addCell(cell((line.subKegiatanName() == null ? "" : line.subKegiatanName())
                    + (line.level().equals("SUB_KEGIATAN") ? "" : " (belanja " + line.level().toLowerCase(
                    Indonesian.LOCALE).replace('_', ' ') + ")"), Element.ALIGN_LEFT));
            table.addCell(cell(Indonesian.rupiah(line.pagu()), Element.ALIGN_RIGHT));
            table.addCell(cell(Indonesian.rupiah(line.realized()), Element.ALIGN_RIGHT));
            table.addCell(cell(Indonesian.percent(line.serapanPercent()), Element.ALIGN_CENTER));
            if (chart.size() < MAX_BARS && line.serapanPercent() != null) {
                chart.add(new Charts.Row(line.subKegiatanName() == null ? line.subKegiatanCode()
                        : line.subKegiatanName(), List.of(line.serapanPercent())));
            }
        }
        PdfPCell label = new PdfPCell(new Phrase("Jumlah", SMALL_BOLD));
        label.setColspan(2);
        label.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(label);
        table.addCell(boldCell(Indonesian.rupiah(totals.pagu()), Element.ALIGN_RIGHT));
        table.addCell(boldCell(Indonesian.rupiah(totals.realized()), Element.ALIGN_RIGHT));
        table.addCell(boldCell(Indonesian.percent(totals.serapanPercent()), Element.ALIGN_CENTER));
        document.add(table);
        if (!chart.isEmpty()) {
            document.add(charts.bars(writer, "Grafik 3.2 Serapan anggaran tahun " + report.year()
                            + (report.budget().size() > MAX_BARS ? " (" + MAX_BARS + " baris pertama)" : ""),
                    List.of(new Charts.Series("Serapan", Charts.SERAPAN)), chart, true, null));
        }
    }

    private void babIV() {
        chapter("BAB IV", "PENUTUP");
        Lkjip.Summary summary = report.summary();
        document.add(paragraph("Laporan Kinerja Instansi Pemerintah " + opdName() + " tahun " + report.year()
                + " menyajikan capaian kinerja dan penggunaan anggaran sebagai wujud pertanggungjawaban atas "
                + "pelaksanaan Perjanjian Kinerja tahun " + report.year() + "."));
        document.add(paragraph("Dari " + summary.indicators() + " indikator, " + summary.measured() + " telah diukur "
                + "dan " + summary.reached() + " mencapai target" + (summary.averageCapaian() == null ? ""
                : "; rata-rata capaian " + Indonesian.percent(summary.averageCapaian())) + ". Serapan anggaran "
                + Indonesian.percent(summary.serapanPercent()) + "."));
        if (summary.followUps().isEmpty()) {
            document.add(paragraph("Tidak ada tindak lanjut yang dicatat pada realisasi tahun ini."));
        } else {
            document.add(paragraph("Langkah perbaikan yang akan dilakukan:"));
            list(summary.followUps());
        }
    }

    private void lampiran() {
        chapter("LAMPIRAN", "PERJANJIAN KINERJA TAHUN " + report.year());
        if (agreement == null) {
            document.add(paragraph("Belum ada Perjanjian Kinerja tahun " + report.year() + " yang ditandatangani."));
            return;
        }
        document.newPage();
        AgreementDocument.appendTo(document, agreement);
    }

    // --- building blocks ---

    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter pdf, Document doc) {
            String text = "LKjIP " + report.year() + " " + shortName() + (report.draft() ? " - DRAF" : "")
                    + " - halaman " + pdf.getPageNumber();
            ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text, report.draft() ? DRAFT : FOOTER), (doc.left() + doc.right()) / 2,
                    doc.bottom() - 24, 0);
        }
    }

    private void chapter(String number, String title) {
        document.add(centered(number, TITLE));
        document.add(centered(title, TITLE));
        document.add(new Paragraph(" ", BODY));
    }

    private void section(String title) {
        Paragraph paragraph = new Paragraph(title, HEADING);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private void subsection(String title) {
        Paragraph paragraph = new Paragraph(title, BOLD);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(3);
        document.add(paragraph);
    }

    private void processes(String label, List<String> items) {
        if (!items.isEmpty()) {
            document.add(paragraph(label + ": " + String.join(", ", items) + "."));
        }
    }

    private void list(List<String> items) {
        com.lowagie.text.List list = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
        list.setIndentationLeft(12);
        items.forEach(item -> list.add(new com.lowagie.text.ListItem(item, BODY)));
        document.add(list);
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingBefore(3);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    private static Paragraph small(String text) {
        Paragraph paragraph = new Paragraph(text, SMALL);
        paragraph.setSpacingBefore(3);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfPTable keyValues() {
        PdfPTable table = new PdfPTable(new float[] {22, 3, 75});
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (String text : new String[] {label, ":", value}) {
            PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
            cell.setBorder(PdfPCell.NO_BORDER);
            table.addCell(cell);
        }
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, SMALL_BOLD));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf4));
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "-" : text, SMALL));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell boldCell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL_BOLD));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static void staffRow(PdfPTable table, OpdProfileChanged.StaffCount row, String indent, Font font) {
        PdfPCell status = new PdfPCell(new Phrase(indent + (row.status() == null ? "-" : row.status()), font));
        status.setPadding(3);
        table.addCell(status);
        for (int value : new int[] {row.male(), row.female(), row.total()}) {
            PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), font));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    private static String capaian(IndicatorResult indicator) {
        if (indicator.capaianStatus() == null) {
            return "-";
        }
        return switch (indicator.capaianStatus()) {
            case COMPUTED -> Indonesian.percent(indicator.capaianPercent());
            case NOT_COMPUTABLE -> "tidak dapat dihitung (target 0)";
            case NO_TARGET -> "tanpa target";
        };
    }

    private static String agreementTarget(PerjanjianKinerjaSigned.Indicator indicator) {
        var target = indicator.target();
        if (target == null || target.isNotApplicable()) {
            return "-";
        }
        if (target.category() != null) {
            return target.category();
        }
        String number = target.value() != null ? Indonesian.decimal(target.value())
                : Indonesian.decimal(target.min()) + " - " + Indonesian.decimal(target.max());
        return id.sakip.reporting.history.Figures.withUnit(number, indicator.unit());
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + " / " + second;
    }

    private String opdName() {
        if (report.organisation() != null) {
            return report.organisation().opdName();
        }
        return agreement != null && agreement.opdName() != null ? agreement.opdName()
                : "Perangkat Daerah " + report.opdCode();
    }

    private String shortName() {
        return report.organisation() != null && report.organisation().shortName() != null
                ? report.organisation().shortName() : opdName();
    }

    private String pemdaName() {
        if (report.organisation() != null) {
            return report.organisation().pemdaName();
        }
        return agreement != null && agreement.pemdaName() != null ? agreement.pemdaName()
                : "Pemerintah Daerah " + report.pemdaCode();
    }
}
