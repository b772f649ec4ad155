package id.sakip.reporting.lkjip;

import id.sakip.documents.AgreementPaper;
import id.sakip.documents.DocumentInfo;
import id.sakip.documents.Jabatan;
import id.sakip.documents.Measure;
import id.sakip.events.CapaianStatus;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.indonesian.Indonesian;
import id.sakip.reporting.agreement.SignedAgreement;
import id.sakip.reporting.history.Figures;
import id.sakip.reporting.history.IndicatorHistory.Justification;
import id.sakip.reporting.history.IndicatorHistory.TargetRow;
import id.sakip.reporting.history.YearValue;
import id.sakip.reporting.lkjip.Lkjip.IndicatorResult;
import id.sakip.reporting.lkjip.Lkjip.SasaranResult;
import id.sakip.reporting.lkjip.Lkjip.YearFigure;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The LKjIP as its paper prints it, in the outline of PermenPANRB 53/2014: cover, kata pengantar, ikhtisar
 * eksekutif, daftar isi / tabel / grafik, Bab I-IV, the Lampiran (the Perjanjian Kinerja, the Pelaporan Kinerja,
 * the SPM) and the Kepala OPD's
 * signature. Everything it says comes from the report's data and the operators' own words (faktor, tindak lanjut);
 * what is missing is named once in {@link #checklist()} for the operator, never printed. Its template is
 * {@code lkjip.html}.
 *
 * @param emblem the Pemda's lambang for the cover, a {@code data:} URI (null: none uploaded)
 * @param targets Tabel 2.2: the sasaran and their IKU's targets, the signed agreement's or else the Renstra's
 * @param dated the day the paper is made: the date it is signed on and the month on its cover
 */
public record LkjipPaper(
        Lkjip report,
        String emblem,
        String opdName,
        String shortName,
        String pemdaName,
        Head head,
        String place,
        LocalDate dated,
        List<Part> sasaran,
        List<Line> capaian,
        List<Bar> capaianChart,
        List<Bar> serapanChart,
        List<Caption> tables,
        List<Caption> charts,
        AgreementPaper agreement,
        boolean agreementSigned,
        List<AgreementPaper.SasaranRow> targets,
        List<Reported> pelaporan,
        List<SpmRow> spm,
        List<String> checklist) {

    public static final String TEMPLATE = "lkjip";

    /** The Kepala OPD who signs: name, NIP and the position composed from the title held. */
    public record Head(String name, String nip, String jabatan) {
    }

    /** A numbered table or chart: its anchor in the document and its caption, for the lists at the front. */
    public record Caption(String id, String label) {
    }

    /**
     * A row of the capaian table (Tabel 3.1) and of the ikhtisar; {@code sasaranRows} is how many rows its sasaran's
     * cell spans on its first row, 0 on the others.
     */
    public record Line(int no, String sasaran, int sasaranRows, String indicator, String target, String targetSource,
            String realisasi, String capaian, String keterangan) {
    }

    /** A bar: its label, the value printed, and its length in percent of the chart's width. */
    public record Bar(String label, String value, BigDecimal length, boolean belowTarget) {
    }

    /** A sasaran of Bab III with its IKU's analyses and the programs behind them. */
    public record Part(int no, String sasaran, String tujuan, List<Iku> indicators, List<Program> programs,
            Caption programsTable) {
    }

    /**
     * One IKU's analysis (PermenPANRB 53/2014, Bab III): target and realisation, the years before, the Renstra end
     * target, the causes the operators wrote and what follows, in sentences made from the figures.
     */
    public record Iku(String name, String unit, String target, String targetSource, String realisasi, String capaian,
            List<YearFigure> years, String endTarget, String endVerdict, List<String> analysis,
            List<String> pendorong, List<String> penghambat, List<String> tindakLanjut, Caption table) {
    }

    /**
     * A sasaran of the Lampiran's Pelaporan Kinerja, as the agency's table has it: its IKU with the year's target (the
     * same as Tabel 3.1's) and realisation, then its programs, kegiatan and sub kegiatan with their indicators and
     * their money.
     */
    public record Reported(int no, String misi, String tujuan, String sasaran, List<ReportedRow> rows) {
    }

    /**
     * A line of it: an IKU ({@code level} IKU, no name) or one indicator of a program, kegiatan or sub kegiatan;
     * {@code name} and the money only on a program's first line, {@code indicator} null for one without any.
     */
    public record ReportedRow(String level, int depth, String name, String indicator, String unit, String target,
            String realisasi, String pagu, String realized) {
    }

    /**
     * A row of the Lampiran's SPM table, the agency's "penghitungan kebutuhan pemenuhan pelayanan dasar": the jenis
     * layanan, its recipients and standard ({@code null} where not entered), its indicator, and the calculation as
     * the table writes it: X per group, Y per group, then (X / Y) x 100% = the capaian.
     */
    public record SpmRow(int no, String name, String recipients, String standard, String indicator, String needsMet,
            String inNeed, String calculation) {
    }

    /** A program, kegiatan or sub kegiatan behind a sasaran, with its money and efficiency. */
    public record Program(int depth, String name, String pagu, String realized, String serapan, String efficiency) {
    }

    /** @param emblem the Pemda's lambang, a PNG; null when none was set */
    public static LkjipPaper of(Lkjip report, SignedAgreement signed, byte[] emblem, LocalDate dated) {
        Lkjip.Organisation organisation = report.organisation();
        String opdName = organisation == null ? null : organisation.opdName();
        String pemdaName = organisation == null ? null : organisation.pemdaName();
        List<String> checklist = new ArrayList<>();
        if (organisation == null) {
            checklist.add("Profil OPD belum dikirim layanan perencanaan: nama, alamat, tugas dan fungsi.");
            opdName = signed != null && signed.opdName() != null ? signed.opdName() : "OPD " + report.opdCode();
            pemdaName = signed != null && signed.pemdaName() != null ? signed.pemdaName()
                    : "Pemda " + report.pemdaCode();
        }
        if (emblem == null) {
            checklist.add("Lambang Pemda belum diunggah oleh admin Pemda: sampul tanpa lambang.");
        }
        var profile = organisation == null ? null : organisation.profile();
        var profileHead = profile == null ? null : profile.head();
        if (profileHead == null || profileHead.name() == null) {
            checklist.add("Kepala OPD (nama, NIP, jabatan) belum diisi pada profil OPD: blok tanda tangan kosong.");
        }
        Head head = new Head(profileHead == null ? null : profileHead.name(),
                profileHead == null || profileHead.nip() == null || profileHead.nip().isBlank() ? null
                        : profileHead.nip(),
                Jabatan.of(profileHead == null ? null : profileHead.title(), opdName, pemdaName));
        if (profile != null) {
            if (profile.task() == null || profile.task().isBlank()) {
                checklist.add("Tugas pokok OPD belum diisi pada profil OPD (Bab I).");
            }
            if (profile.strategicIssues().isEmpty()) {
                checklist.add("Isu strategis belum diisi pada profil OPD (Bab I).");
            }
            if (profile.staff().isEmpty()) {
                checklist.add("Data pegawai belum diisi pada profil OPD (Bab I).");
            }
        }
        AgreementPaper agreement = signed == null ? null : signed.paper();
        if (signed == null) {
            checklist.add("Perjanjian Kinerja tahun " + report.year() + " belum ditandatangani: Bab II dan Bab III "
                    + "memakai target tahunan Renstra, dan Lampiran tanpa Perjanjian Kinerja.");
        }
        Map<UUID, String> agreed = new HashMap<>();
        if (signed != null) {
            for (PerjanjianKinerjaSigned.Sasaran s : signed.content().sasaran()) {
                for (PerjanjianKinerjaSigned.Indicator i : s.indicators()) {
                    agreed.put(i.indicatorId(), AgreementPaper.target(i));
                }
            }
        }

        List<Caption> tables = new ArrayList<>();
        List<Caption> charts = new ArrayList<>();
        tables.add(new Caption("tabel-1-1", "Tabel 1.1 Sumber daya manusia"));
        tables.add(new Caption("tabel-2-1", "Tabel 2.1 Tujuan, sasaran, indikator dan target Renstra"));
        tables.add(new Caption("tabel-2-2", signed == null ? "Tabel 2.2 Sasaran, indikator dan target tahun "
                + report.year() : "Tabel 2.2 Perjanjian Kinerja tahun " + report.year()));
        tables.add(new Caption("tabel-3-1", "Tabel 3.1 Capaian indikator kinerja utama tahun " + report.year()));
        charts.add(new Caption("grafik-3-1", "Grafik 3.1 Capaian indikator kinerja utama tahun " + report.year()));

        List<Line> lines = new ArrayList<>();
        List<Bar> capaianBars = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<Reported> pelaporan = new ArrayList<>();
        int table = 2;
        int no = 0;
        for (SasaranResult s : report.sasaran()) {
            no++;
            List<Iku> ikus = new ArrayList<>();
            List<ReportedRow> reported = new ArrayList<>();
            boolean first = true;
            for (IndicatorResult indicator : s.indicators()) {
                String pk = agreed.get(indicator.indicatorId());
                String target = pk != null ? pk : indicator.target().text();
                String source = pk != null ? "Perjanjian Kinerja" : "Renstra";
                String capaian = capaian(indicator);
                lines.add(new Line(lines.size() + 1, s.sasaran(), first ? s.indicators().size() : 0,
                        indicator.name(), target, source,
                        indicator.realisasi() == null ? "-" : indicator.realisasi().text(), capaian,
                        keterangan(indicator)));
                first = false;
                if (indicator.capaianStatus() == CapaianStatus.COMPUTED) {
                    capaianBars.add(bar(indicator.name(), indicator.capaianPercent()));
                }
                Caption caption = new Caption("tabel-3-" + table, "Tabel 3." + table++ + " " + indicator.name());
                tables.add(caption);
                ikus.add(iku(report.year(), indicator, target, source, capaian, caption, checklist));
                reported.add(new ReportedRow("IKU", 0, null, indicator.name(), indicator.unit(), target,
                        indicator.realisasi() == null ? "-" : indicator.realisasi().text(), null, null));
            }
            reported(s.programs(), 0, report.year(), reported);
            pelaporan.add(new Reported(no, s.misi(), s.tujuan(), s.sasaran(), List.copyOf(reported)));
            List<Program> programs = new ArrayList<>();
            flatten(s.programs(), 0, programs);
            Caption programsTable = null;
            if (!programs.isEmpty()) {
                programsTable = new Caption("tabel-3-" + table, "Tabel 3." + table++ + " Program pendukung sasaran "
                        + no + " dan efisiensinya");
                tables.add(programsTable);
            }
            parts.add(new Part(no, s.sasaran(), s.tujuan(), ikus, programs, programsTable));
        }
        tables.add(new Caption("tabel-3-" + table, "Tabel 3." + table + " Realisasi anggaran tahun "
                + report.year()));
        List<Bar> serapanBars = new ArrayList<>();
        for (var line : report.budget()) {
            if (line.serapanPercent() != null && "SUB_KEGIATAN".equals(line.level())) {
                serapanBars.add(bar(line.subKegiatanName() == null ? line.subKegiatanCode()
                        : line.subKegiatanName(), line.serapanPercent()));
            }
        }
        if (!serapanBars.isEmpty()) {
            charts.add(new Caption("grafik-3-2", "Grafik 3.2 Serapan anggaran per sub kegiatan tahun "
                    + report.year()));
        }
        // Tabel 2.2: what the signed agreement promises, else the year's targets of the Renstra
        List<AgreementPaper.SasaranRow> targets = agreement != null ? agreement.sasaran() : parts.stream()
                .map(part -> new AgreementPaper.SasaranRow(part.no(), part.sasaran(), part.indicators().stream()
                        .map(iku -> new AgreementPaper.IndicatorRow(iku.name(), iku.target())).toList()))
                .toList();
        List<SpmRow> spm = spm(report.spm(), checklist);
        String emblemUri = emblem == null ? null
                : "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(emblem);
        return new LkjipPaper(report, emblemUri, opdName, organisation == null || organisation.shortName() == null
                ? opdName : organisation.shortName(), pemdaName, head, Jabatan.placeOf(pemdaName), dated, parts,
                lines, capaianBars, serapanBars, tables, charts, agreement, signed != null, targets,
                List.copyOf(pelaporan), spm, List.copyOf(checklist));
    }

    private static List<SpmRow> spm(Lkjip.Spm spm, List<String> checklist) {
        List<SpmRow> rows = new ArrayList<>();
        for (Lkjip.SpmService service : spm.services()) {
            if (service.recipients() == null || service.standard() == null) {
                checklist.add("Layanan SPM " + service.code() + ": " + (service.recipients() == null
                        ? service.standard() == null ? "penerima layanan dan standar layanan" : "penerima layanan"
                        : "standar layanan") + " belum diisi (Lampiran SPM).");
            }
            String calculation = service.percent() == null
                    ? "Tidak ada penerima yang membutuhkan layanan (Y = 0): capaian tidak dihitung."
                    : "(" + count(service.x()) + " / " + count(service.y()) + ") \u00d7 100% = "
                    + Indonesian.percent(service.percent());
            rows.add(new SpmRow(rows.size() + 1, service.name(), service.recipients(), service.standard(),
                    service.indicator(), "X = " + groups(service.groups(), true), "Y = " + groups(service.groups(),
                    false), calculation));
        }
        return List.copyOf(rows);
    }

    /** "Disabilitas 150, anak terlantar 49": each group with its X or its Y, as the agency's table writes them. */
    private static String groups(List<Lkjip.SpmGroup> groups, boolean met) {
        List<String> parts = new ArrayList<>();
        for (Lkjip.SpmGroup group : groups) {
            String name = parts.isEmpty() ? group.name() : lower(group.name());
            parts.add(name + " " + count(met ? group.x() : group.y()));
        }
        return String.join(", ", parts);
    }

    private static String count(long value) {
        return Indonesian.decimal(BigDecimal.valueOf(value));
    }

    public DocumentInfo info() {
        return new DocumentInfo("Laporan Kinerja Instansi Pemerintah Tahun " + report.year() + " " + opdName,
                opdName, "LKjIP " + opdName + " " + pemdaName + " tahun " + report.year()
                        + " (PermenPANRB 53/2014)", "SAKIP, LKjIP, " + report.year(), report.draft());
    }

    private static Iku iku(int year, IndicatorResult indicator, String target, String source, String capaian,
            Caption table, List<String> checklist) {
        List<String> analysis = new ArrayList<>();
        String name = indicator.name();
        if (indicator.realisasi() == null) {
            analysis.add("Indikator ini belum diukur pada tahun " + year + ".");
            checklist.add("Realisasi " + name + " tahun " + year + " belum ada.");
        } else {
            analysis.add("Dari target " + target + " (" + source + "), realisasi tahun " + year + " sebesar "
                    + indicator.realisasi().text() + (indicator.capaianStatus() == CapaianStatus.COMPUTED
                    ? ", capaian " + capaian + "; target " + (indicator.reached() ? "tercapai." : "belum tercapai.")
                    : "."));
        }
        YearFigure last = indicator.previousYears().isEmpty() ? null
                : indicator.previousYears().get(indicator.previousYears().size() - 1);
        if (last != null && !"-".equals(last.realisasi().text())) {
            String trend = "";
            if (last.capaianPercent() != null && indicator.capaianPercent() != null
                    && indicator.capaianStatus() == CapaianStatus.COMPUTED) {
                int compared = indicator.capaianPercent().compareTo(last.capaianPercent());
                trend = compared > 0 ? ", capaian meningkat dari " + Indonesian.percent(last.capaianPercent())
                        : compared < 0 ? ", capaian menurun dari " + Indonesian.percent(last.capaianPercent())
                        : ", capaian sama dengan tahun itu";
            }
            analysis.add("Pada tahun " + last.year() + " realisasinya " + last.realisasi().text() + " dari target "
                    + last.target().text() + trend + ".");
        }
        String endTarget = null;
        String endVerdict = null;
        if (indicator.endTarget() != null) {
            // a count's end target already says the years it adds up
            Measure end = indicator.endTarget().target();
            endTarget = end.note() != null ? end.text() : end.text() + " (" + indicator.endTarget().year() + ")";
            endVerdict = indicator.endTarget().verdict();
            analysis.add("Terhadap target akhir Renstra " + endTarget + ": " + lower(endVerdict) + ".");
        }
        Set<String> pendorong = new LinkedHashSet<>();
        Set<String> penghambat = new LinkedHashSet<>();
        Set<String> tindakLanjut = new LinkedHashSet<>();
        for (Justification j : indicator.justifications()) {
            add(pendorong, j.faktorPendorong());
            add(penghambat, j.faktorPenghambat());
            add(tindakLanjut, j.tindakLanjut());
        }
        if (indicator.realisasi() != null && pendorong.isEmpty() && penghambat.isEmpty()) {
            checklist.add("Faktor pendorong dan penghambat " + name + " belum diisi operator (analisis Bab III).");
        }
        return new Iku(name, indicator.unit(), target, source, indicator.realisasi() == null ? "-"
                : indicator.realisasi().text(), capaian, indicator.previousYears(), endTarget, endVerdict,
                List.copyOf(analysis), List.copyOf(pendorong), List.copyOf(penghambat), List.copyOf(tindakLanjut),
                table);
    }

    private static void add(Set<String> into, String text) {
        if (text != null && !text.isBlank()) {
            into.add(text.strip());
        }
    }

    private static String lower(String sentence) {
        // one that starts with an abbreviation (PMKS, ODGJ) keeps its capitals
        return sentence.isEmpty() || sentence.length() > 1 && Character.isUpperCase(sentence.charAt(1)) ? sentence
                : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    static String capaian(IndicatorResult indicator) {
        if (indicator.capaianStatus() == null) {
            return "-";
        }
        return switch (indicator.capaianStatus()) {
            case COMPUTED -> Indonesian.percent(indicator.capaianPercent());
            case NOT_COMPUTABLE -> "tidak dapat dihitung";
            case NO_TARGET -> "tanpa target";
        };
    }

    private static String keterangan(IndicatorResult indicator) {
        if (indicator.realisasi() == null) {
            return "Belum diukur";
        }
        if (indicator.capaianStatus() != CapaianStatus.COMPUTED) {
            return "-";
        }
        return indicator.reached() ? "Tercapai" : "Belum tercapai";
    }

    /** A bar as long as its value on a scale to 150% (longer values end at the edge, their number printed). */
    private static Bar bar(String label, BigDecimal percent) {
        BigDecimal length = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(150)).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(150), 1, java.math.RoundingMode.HALF_UP);
        return new Bar(label, Indonesian.percent(percent), length, percent.compareTo(BigDecimal.valueOf(100)) < 0);
    }

    private static void flatten(List<ProgramRow> rows, int depth, List<Program> into) {
        for (ProgramRow row : rows) {
            if (row.pagu() != null || row.efficiency() != null) {
                into.add(new Program(depth, (row.code() == null ? "" : row.code() + " ") + row.name(),
                        Indonesian.rupiah(row.pagu()), Indonesian.rupiah(row.realized()),
                        Indonesian.percent(row.serapanPercent()), row.efficiency() == null ? "-"
                        : row.efficiency().verdict() + " (capaian " + Indonesian.percent(
                        row.efficiency().capaianPercent()) + ", serapan " + Indonesian.percent(
                        row.efficiency().serapanPercent()) + ")"));
            }
            flatten(row.children(), depth + 1, into);
        }
    }

    /** The Pelaporan Kinerja's lines of programs, kegiatan and sub kegiatan: one per indicator, the money once. */
    private static void reported(List<ProgramRow> programs, int depth, int year, List<ReportedRow> into) {
        for (ProgramRow program : programs) {
            String name = (program.code() == null ? "" : program.code() + " ") + program.name();
            String pagu = program.pagu() == null ? null : Indonesian.rupiah(program.pagu());
            String realized = program.realized() == null ? null : Indonesian.rupiah(program.realized());
            if (program.indicators().isEmpty()) {
                into.add(new ReportedRow(program.kind(), depth, name, null, null, null, null, pagu, realized));
            }
            boolean first = true;
            for (IndicatorRow indicator : program.indicators()) {
                Measure target = Figures.target(new TargetRow(indicator.target(), indicator.targetMin(),
                        indicator.targetMax(), indicator.targetCategory()), indicator.unit());
                Measure realisasi = Figures.year(YearValue.of(indicator.realizations(), year,
                        indicator.aggregation()), indicator.unit());
                into.add(new ReportedRow(program.kind(), depth, first ? name : null, indicator.name(),
                        indicator.unit(), target.text(), realisasi.text(), first ? pagu : null,
                        first ? realized : null));
                first = false;
            }
            reported(program.children(), depth + 1, year, into);
        }
    }

    /** Programs (and staff breakdowns) indented by their level. */
    public String indent(int depth) {
        return "\u00a0\u00a0\u00a0".repeat(depth);
    }

    /** Money in a sentence: "Rp 1.325.359.814". */
    public String rupiah(BigDecimal value) {
        return "Rp " + Indonesian.rupiah(value);
    }

    /** An IKU's Renstra target of a year, "-" where the Renstra has none. */
    public String renstraTarget(IndicatorResult indicator, int year) {
        return indicator.renstraTargets().stream().filter(t -> t.year() == year).map(t -> t.target().text())
                .findFirst().orElse("-");
    }

    /** What the paper says when the year has nothing to report, in place of its chapters. */
    public String emptyNote() {
        return report.printedNote();
    }

    /** The paper with its template's variables. */
    public Map<String, Object> model() {
        return Map.of("p", this, "r", report);
    }
}
