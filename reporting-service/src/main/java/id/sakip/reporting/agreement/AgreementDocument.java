package id.sakip.reporting.agreement;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.YearTarget;
import id.sakip.indonesian.Indonesian;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Perjanjian Kinerja as a PDF ready to sign (PermenPANRB 53/2014): the statement of the two parties with their
 * signature blocks, then the annex with the sasaran, their indicators and targets, and the programs with their budget.
 * A revision says which change it is, why and by which decree.
 */
public final class AgreementDocument {

    private static final Locale INDONESIA = Indonesian.LOCALE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private AgreementDocument() {
    }

    static byte[] pdf(SignedAgreement agreement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Perjanjian Kinerja Tahun " + agreement.year() + " " + opdName(agreement));
            document.open();
            appendTo(document, agreement);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The statement and, on a new page, the annex, written into a document already open (the LKjIP's Lampiran). */
    public static void appendTo(Document document, SignedAgreement agreement) {
        statement(document, agreement);
        document.newPage();
        annex(document, agreement);
    }

    private static void statement(Document document, SignedAgreement agreement) {
        heading(document, "PERJANJIAN KINERJA TAHUN " + agreement.year(), agreement);
        if (agreement.versionNo() > 1) {
            document.add(centered("Perubahan ke-" + (agreement.versionNo() - 1) + ": " + agreement.revisionReason()
                    + (agreement.decreeNumber() == null ? "" : ", Keputusan Nomor " + agreement.decreeNumber())
                    + (agreement.revisionDate() == null ? "" : " tanggal " + DATE.format(agreement.revisionDate())),
                    SMALL));
        }
        document.add(paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan "
                + "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"));
        PdfPTable parties = new PdfPTable(new float[] {18, 3, 79});
        parties.setWidthPercentage(100);
        party(parties, "Nama", agreement.signatoryName());
        party(parties, "Jabatan", position(title(agreement), opdName(agreement)));
        document.add(parties);
        document.add(paragraph("selanjutnya disebut pihak pertama."));
        PdfPTable second = new PdfPTable(new float[] {18, 3, 79});
        second.setWidthPercentage(100);
        party(second, "Nama", "........................................");
        party(second, "Jabatan", headOf(pemdaName(agreement)));
        document.add(second);
        document.add(paragraph("selaku atasan pihak pertama, selanjutnya disebut pihak kedua."));
        document.add(paragraph("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
                + "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan "
                + "dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi "
                + "tanggung jawab kami."));
        document.add(paragraph("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
                + "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
                + "pemberian penghargaan dan sanksi."));
        signatures(document, agreement);
    }

    private static void annex(Document document, SignedAgreement agreement) {
        heading(document, "LAMPIRAN PERJANJIAN KINERJA TAHUN " + agreement.year(), agreement);
        PdfPTable targets = new PdfPTable(new float[] {6, 36, 40, 18});
        targets.setWidthPercentage(100);
        targets.setHeaderRows(1);
        for (String header : new String[] {"No", "Sasaran Strategis", "Indikator Kinerja", "Target"}) {
            targets.addCell(header(header));
        }
        int no = 1;
        for (PerjanjianKinerjaSigned.Sasaran sasaran : agreement.content().sasaran()) {
            boolean first = true;
            for (PerjanjianKinerjaSigned.Indicator indicator : sasaran.indicators().isEmpty()
                    ? java.util.List.<PerjanjianKinerjaSigned.Indicator>of() : sasaran.indicators()) {
                targets.addCell(cell(first ? String.valueOf(no) : "", Element.ALIGN_CENTER));
                targets.addCell(cell(first ? sasaran.text() : "", Element.ALIGN_LEFT));
                targets.addCell(cell(indicator.name(), Element.ALIGN_LEFT));
                targets.addCell(cell(target(indicator), Element.ALIGN_CENTER));
                first = false;
            }
            if (sasaran.indicators().isEmpty()) {
                targets.addCell(cell(String.valueOf(no), Element.ALIGN_CENTER));
                targets.addCell(cell(sasaran.text(), Element.ALIGN_LEFT));
                targets.addCell(cell("", Element.ALIGN_LEFT));
                targets.addCell(cell("", Element.ALIGN_CENTER));
            }
            no++;
        }
        document.add(targets);
        if (!agreement.content().programs().isEmpty()) {
            document.add(new Paragraph(" ", BODY));
            PdfPTable programs = new PdfPTable(new float[] {6, 64, 30});
            programs.setWidthPercentage(100);
            programs.setHeaderRows(1);
            for (String header : new String[] {"No", "Program", "Anggaran (Rp)"}) {
                programs.addCell(header(header));
            }
            BigDecimal total = BigDecimal.ZERO;
            no = 1;
            for (PerjanjianKinerjaSigned.Program program : agreement.content().programs()) {
                programs.addCell(cell(String.valueOf(no++), Element.ALIGN_CENTER));
                programs.addCell(cell((program.code() == null ? "" : program.code() + " ") + program.text(),
                        Element.ALIGN_LEFT));
                programs.addCell(cell(program.pagu() == null ? "" : rupiah(program.pagu()), Element.ALIGN_RIGHT));
                total = program.pagu() == null ? total : total.add(program.pagu());
            }
            PdfPCell label = new PdfPCell(new Phrase("Jumlah", BOLD));
            label.setColspan(2);
            label.setHorizontalAlignment(Element.ALIGN_RIGHT);
            programs.addCell(label);
            PdfPCell sum = new PdfPCell(new Phrase(rupiah(total), BOLD));
            sum.setHorizontalAlignment(Element.ALIGN_RIGHT);
            programs.addCell(sum);
            document.add(programs);
        }
        signatures(document, agreement);
    }

    private static void heading(Document document, String title, SignedAgreement agreement) {
        document.add(centered(title, TITLE));
        document.add(centered(opdName(agreement).toUpperCase(INDONESIA), BOLD));
        document.add(centered(pemdaName(agreement).toUpperCase(INDONESIA), BOLD));
        document.add(new Paragraph(" ", BODY));
    }

    /** The two signature blocks: pihak kedua left (signed by hand), pihak pertama right, with the date. */
    private static void signatures(Document document, SignedAgreement agreement) {
        document.add(new Paragraph(" ", BODY));
        PdfPTable blocks = new PdfPTable(2);
        blocks.setWidthPercentage(100);
        blocks.setKeepTogether(true);
        blocks.addCell(block("\nPihak Kedua,\n" + headOf(pemdaName(agreement)), "(........................................)",
                null));
        blocks.addCell(block("Ditandatangani " + DATE.format(agreement.signedOn()) + "\nPihak Pertama,\n"
                + title(agreement), agreement.signatoryName(), agreement.signatoryNip()));
        document.add(blocks);
    }

    private static PdfPCell block(String top, String name, String nip) {
        Paragraph text = new Paragraph(top + "\n\n\n\n", BODY);
        text.add(new Chunk(name, BOLD));
        if (nip != null && !nip.isBlank()) {
            text.add(new Chunk("\nNIP. " + nip, BODY));
        }
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        text.setAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static void party(PdfPTable table, String label, String value) {
        for (String text : new String[] {label, ":", value}) {
            PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
            cell.setBorder(PdfPCell.NO_BORDER);
            table.addCell(cell);
        }
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingBefore(4);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    /** The target as printed: 90%, 68,45 indeks, 80 - 90 %, Utama; "-" when the year has none. */
    static String target(PerjanjianKinerjaSigned.Indicator indicator) {
        YearTarget target = indicator.target();
        if (target == null || target.isNotApplicable()) {
            return "-";
        }
        if (target.category() != null) {
            return target.category();
        }
        String unit = indicator.unit() == null ? "" : indicator.unit().strip();
        String number = target.value() != null ? decimal(target.value())
                : decimal(target.min()) + " - " + decimal(target.max());
        return unit.equals("%") ? number + "%" : (number + " " + unit).strip();
    }

    static String decimal(BigDecimal value) {
        return Indonesian.decimal(value);
    }

    static String rupiah(BigDecimal value) {
        return Indonesian.rupiah(value);
    }

    /** The head of the region: Wali Kota of a Kota, Bupati of a Kabupaten, Gubernur of a Provinsi. */
    static String headOf(String pemdaName) {
        String name = pemdaName.strip();
        if (name.startsWith("Kota ")) {
            return "Wali Kota " + name.substring(5);
        }
        if (name.startsWith("Kabupaten ")) {
            return "Bupati " + name.substring(10);
        }
        if (name.startsWith("Provinsi ")) {
            return "Gubernur " + name.substring(9);
        }
        return "Kepala Daerah " + name;
    }

    /** "Kepala Dinas" of "Dinas Sosial ..." reads "Kepala Dinas Sosial ...", not "Kepala Dinas Dinas Sosial ...". */
    static String position(String title, String opdName) {
        String[] titleWords = title.strip().split("\\s+");
        String last = titleWords[titleWords.length - 1];
        String first = opdName.strip().split("\\s+")[0];
        if (titleWords.length > 1 && last.equalsIgnoreCase(first)) {
            return String.join(" ", java.util.Arrays.copyOf(titleWords, titleWords.length - 1)) + " " + opdName.strip();
        }
        return title.strip() + " " + opdName.strip();
    }

    private static String title(SignedAgreement agreement) {
        return agreement.signatoryTitle() == null || agreement.signatoryTitle().isBlank() ? "Kepala Perangkat Daerah"
                : agreement.signatoryTitle();
    }

    private static String opdName(SignedAgreement agreement) {
        return agreement.opdName() == null ? "Perangkat Daerah " + agreement.opdCode() : agreement.opdName();
    }

    private static String pemdaName(SignedAgreement agreement) {
        return agreement.pemdaName() == null ? "Pemerintah Daerah " + agreement.pemdaCode() : agreement.pemdaName();
    }
}
