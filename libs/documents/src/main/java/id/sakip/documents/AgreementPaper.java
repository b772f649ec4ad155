package id.sakip.documents;

import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.YearTarget;
import id.sakip.indonesian.Indonesian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Perjanjian Kinerja as its paper prints it (PermenPANRB 53/2014, Lampiran): the statement of the two parties
 * and, on the next page, the annex of sasaran, indicators and targets and of programs with their budget, each closed
 * by the signature blocks. Planning prints it from a draft (to be signed by hand, marked DRAF) or a signed version;
 * reporting from the signed versions it holds. One template, {@code perjanjian-kinerja.html}.
 */
public record AgreementPaper(
        int year,
        int versionNo,
        String revisionNote,
        String opdName,
        String pemdaName,
        Party first,
        Party second,
        String place,
        LocalDate signedOn,
        List<SasaranRow> sasaran,
        List<ProgramRow> programs,
        BigDecimal totalPagu,
        boolean draft) {

    /** The template, under {@code documents/}. */
    public static final String TEMPLATE = "perjanjian-kinerja";

    /** What a version of the agreement says of itself, apart from its content. */
    public record Facts(
            int year,
            int versionNo,
            String revisionReason,
            String decreeNumber,
            LocalDate revisionDate,
            String opdName,
            String pemdaName,
            String signatoryName,
            String signatoryNip,
            String signatoryTitle,
            String regionHeadTitle,
            String regionHeadName,
            String place,
            LocalDate signedOn,
            boolean draft) {
    }

    /** A signatory: name (null when it is to be written by hand), NIP, and the position printed. */
    public record Party(String name, String nip, String jabatan) {
    }

    /** A sasaran with its indicators: the sasaran's cells span its indicators' rows. */
    public record SasaranRow(int no, String text, List<IndicatorRow> indicators) {
        public int rows() {
            return Math.max(1, indicators.size());
        }
    }

    public record IndicatorRow(String name, String target) {
    }

    public record ProgramRow(int no, String text, BigDecimal pagu) {
    }

    public static AgreementPaper of(Facts facts, List<PerjanjianKinerjaSigned.Sasaran> sasaran,
            List<PerjanjianKinerjaSigned.Program> programs) {
        List<SasaranRow> sasaranRows = new ArrayList<>();
        for (PerjanjianKinerjaSigned.Sasaran s : sasaran) {
            sasaranRows.add(new SasaranRow(sasaranRows.size() + 1, s.text(), s.indicators().stream()
                    .map(i -> new IndicatorRow(i.name(), target(i))).toList()));
        }
        List<ProgramRow> programRows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PerjanjianKinerjaSigned.Program p : programs) {
            programRows.add(new ProgramRow(programRows.size() + 1,
                    (p.code() == null || p.code().isBlank() ? "" : p.code() + " ") + p.text(), p.pagu()));
            total = p.pagu() == null ? total : total.add(p.pagu());
        }
        String opdName = facts.opdName();
        String pemdaName = facts.pemdaName();
        Party first = new Party(facts.signatoryName(), facts.signatoryNip(),
                Jabatan.of(facts.signatoryTitle(), opdName, pemdaName));
        String headTitle = facts.regionHeadTitle() == null || facts.regionHeadTitle().isBlank()
                ? Jabatan.headOfRegion(pemdaName) : facts.regionHeadTitle().strip();
        Party second = new Party(facts.regionHeadName(), null, headTitle);
        String place = facts.place() == null || facts.place().isBlank() ? Jabatan.placeOf(pemdaName)
                : facts.place().strip();
        return new AgreementPaper(facts.year(), facts.versionNo(), revisionNote(facts), opdName, pemdaName, first,
                second, place, facts.signedOn(), List.copyOf(sasaranRows), List.copyOf(programRows), total,
                facts.draft());
    }

    /** The PDF: the statement and the annex, with the DRAF mark on every page of a draft. */
    public byte[] pdf(OfficialDocuments documents) {
        return documents.pdf(TEMPLATE, info(), Map.of("pk", this));
    }

    public DocumentInfo info() {
        return new DocumentInfo("Perjanjian Kinerja Tahun " + year + " " + opdName, opdName,
                "Perjanjian Kinerja " + opdName + " " + pemdaName + " tahun " + year
                        + (versionNo > 1 ? ", perubahan ke-" + (versionNo - 1) : ""),
                "SAKIP, Perjanjian Kinerja, " + year, draft);
    }

    private static String revisionNote(Facts facts) {
        if (facts.versionNo() <= 1) {
            return null;
        }
        return "Perubahan ke-" + (facts.versionNo() - 1) + (facts.revisionReason() == null ? ""
                : ": " + facts.revisionReason().strip())
                + (facts.decreeNumber() == null ? "" : ", Keputusan Nomor " + facts.decreeNumber().strip())
                + (facts.revisionDate() == null ? "" : " tanggal " + Indonesian.date(facts.revisionDate()));
    }

    /** The target as printed: 90%, 68,45 indeks, 80 - 90 %, Utama; "-" when the year has none. */
    public static String target(PerjanjianKinerjaSigned.Indicator indicator) {
        YearTarget target = indicator.target();
        if (target == null || target.isNotApplicable()) {
            return "-";
        }
        if (target.category() != null) {
            return target.category();
        }
        String number = target.value() != null ? Indonesian.decimal(target.value())
                : Indonesian.decimal(target.min()) + " - " + Indonesian.decimal(target.max());
        return Measure.withUnit(number, indicator.unit());
    }
}
