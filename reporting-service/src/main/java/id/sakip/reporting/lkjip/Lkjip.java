package id.sakip.reporting.lkjip;

import id.sakip.documents.Measure;
import id.sakip.events.CapaianStatus;
import id.sakip.events.Polarity;
import id.sakip.reporting.history.IndicatorHistory.Justification;
import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.Totals;
import id.sakip.reporting.projection.OpdProfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The LKjIP of an OPD for a year (PermenPANRB 53/2014), as the read models hold it: Bab I the organisation, Bab II
 * the Renstra targets and the Perjanjian Kinerja, Bab III A the capaian per sasaran (this year, previous years, the
 * Renstra end target, faktor pendorong / penghambat and tindak lanjut, the programs behind it with their efficiency)
 * and B the budget, Bab IV the summary. {@code basis} APPROVED takes only realisations the Kepala OPD approved (the
 * official report); ALL every state (a draft). {@code empty} with a {@code note} when the year has no such
 * realisation: an explicit empty report, not an error. {@code capaianRules}: the sentence naming the rules its
 * capaian were computed, capped and rated with (the Pemda's for the year), printed under its tables;
 * {@code ratingBounds} the lower bounds of its bands (Sangat Tinggi, Tinggi, Sedang, Rendah); {@code spm} the
 * Standar Pelayanan Minimal the OPD reported for the year, printed as a Lampiran.
 */
public record Lkjip(String pemdaCode, String opdCode, int year, Basis basis, boolean empty, String note,
        Organisation organisation, List<Integer> renstraYears, List<SasaranResult> sasaran,
        List<IndicatorResult> otherIndicators, List<BudgetRow> budget, Totals budgetTotals, Summary summary,
        Agreement agreement, boolean draft, String capaianRules, List<BigDecimal> ratingBounds, Spm spm,
        Evaluation evaluation) {

    /**
     * What a printed page says when the year has nothing to report: the note without its advice to the caller of the
     * API (no parameter names on an official page).
     */
    public String printedNote() {
        return "Belum ada realisasi kinerja tahun " + year + (basis == Basis.APPROVED ? " yang disetujui Kepala OPD."
                : " yang tercatat.");
    }

    /** Which realisations the report is built from. */
    public enum Basis {
        APPROVED, ALL
    }

    /** Bab I: names and the profile planning published; null when planning has sent none yet. */
    public record Organisation(String opdName, String shortName, String pemdaName, String province, String visi,
            OpdProfile profile) {
    }

    /** A sasaran of the OPD with its IKU and the programs behind them. */
    public record SasaranResult(UUID sasaranId, String misi, String tujuan, String sasaran,
            List<IndicatorResult> indicators, List<ProgramRow> programs) {
    }

    /**
     * One indicator's year: its target and realisation as printed (Indonesian numbers with the unit, or the
     * category), the capaian measurement computed, the Renstra targets, the previous years, the Renstra end target
     * and the operators' justification per period. {@code capaianPercent} is within the Pemda's display cap,
     * {@code capaianUncappedPercent} the value itself.
     */
    public record IndicatorResult(UUID indicatorId, String name, String unit, Polarity polarity, Measure target,
            Measure realisasi, String period, BigDecimal capaianPercent, BigDecimal capaianUncappedPercent,
            CapaianStatus capaianStatus, String status,
            boolean reached, List<YearFigure> renstraTargets, List<YearFigure> previousYears, EndTarget endTarget,
            List<Justification> justifications) {
    }

    /** A year's target and (for past years) realisation and capaian; "-" where there is none. */
    public record YearFigure(int year, Measure target, Measure realisasi, BigDecimal capaianPercent) {
    }

    /**
     * The Renstra end target (the last year of the Renstra with a target) and whether this year's realisation
     * already meets it; {@code reached} null when it cannot be judged (no number, an ordinal scale). A count's end
     * target is the sum of the Renstra's yearly targets, its text saying so ("100 orang (jumlah 2020-2024)").
     */
    public record EndTarget(int year, Measure target, Boolean reached, String verdict) {
    }

    /** Bab IV. {@code averageCapaian} over the measured indicators whose capaian could be computed. */
    public record Summary(int indicators, int measured, int reached, BigDecimal averageCapaian,
            BigDecimal serapanPercent, List<String> followUps) {
    }

    /**
     * The SPM of the year (Permendagri 59/2021), as measurement holds it: per service (jenis layanan) its recipients,
     * standard and indicator, and X of Y per group of recipients; {@code percent} X / Y x 100 (null when Y is 0),
     * per service and over every service. No service: an OPD without an SPM duty, or none entered yet.
     */
    public record Spm(List<SpmService> services, long totalX, long totalY, BigDecimal percent) {
    }

    public record SpmService(String code, String name, String recipients, String standard, String indicator,
            List<SpmGroup> groups, long x, long y, BigDecimal percent) {
    }

    public record SpmGroup(String name, long x, long y) {
    }

    /**
     * Bab IV: the latest internal SAKIP evaluation made final up to the report's year, its score and predikat, and
     * its recommendations with where their follow-up stands (null: none final yet).
     */
    public record Evaluation(int year, BigDecimal score, String predikat, String predikatMeaning,
            List<Recommendation> recommendations) {

        public long closed() {
            return recommendations.stream().filter(r -> "CLOSED".equals(r.status())).count();
        }
    }

    public record Recommendation(String area, String text, String owner, String status) {

        /** The status as the report says it. */
        public String label() {
            return switch (status) {
                case "CLOSED" -> "selesai ditindaklanjuti";
                case "IN_PROGRESS" -> "dalam tindak lanjut";
                default -> "belum ditindaklanjuti";
            };
        }
    }

    /** The Perjanjian Kinerja the Lampiran holds: the latest signed version of the year. */
    public record Agreement(int versionNo, LocalDate signedOn, String signatoryName) {
    }
}
