package id.sakip.reporting.city;

import id.sakip.documents.Measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every OPD of a Pemda for a year side by side, for the city's planning office and inspectorate: how many
 * indicators each plans or measures, their average capaian (the year's realisation, else the latest quarter's;
 * each within the Pemda's display cap for the year), how many reached their target, pagu, realisasi anggaran and serapan, and the OPD's rank by capaian and
 * by serapan (1 = highest; OPD without a figure come last, unranked). Percentages half-up to 2 decimals. With a
 * {@code quarter}, the state at the end of that triwulan: each indicator's latest quarter up to it, and the spending
 * up to it. {@code pemdaIku}: the Pemda's own indicators (of its misi, tujuan and sasaran) and the OPD reporting
 * each. {@code evaluations}: per OPD the internal SAKIP evaluation of the year made final (score, predikat) and its
 * recommendations still open, of any year, and how many of them are past their due date (Asia/Jakarta).
 */
public record CityReport(String pemdaCode, int year, Integer quarter, boolean empty, String note, List<OpdRow> opd,
        Totals totals, List<PemdaIndicator> pemdaIku, String capaianRules, List<OpdEvaluation> evaluations) {

    /** An OPD's SAKIP evaluation of the year (null score and predikat: none final) and its open recommendations. */
    public record OpdEvaluation(String opdCode, BigDecimal score, String predikat, String predikatMeaning,
            long openRecommendations, long overdueRecommendations) {
    }

    /**
     * {@code opdName} as planning published it (null until its profile event has arrived). {@code indicators},
     * {@code measured}, {@code reached} and {@code averageCapaian} count every indicator of the OPD with a target or
     * a realisation in the year; {@code ikuIndicators}, {@code ikuReached} and {@code ikuAverageCapaian} only its IKU
     * (every indicator but those of its programs, kegiatan and sub kegiatan), the scope of the LKjIP's headline.
     */
    public record OpdRow(String opdCode, String opdName, long indicators, long measured, long reached, BigDecimal averageCapaian,
            Integer rankByCapaian, long ikuIndicators, long ikuReached, BigDecimal ikuAverageCapaian, BigDecimal pagu,
            BigDecimal realized, BigDecimal serapanPercent, Integer rankBySerapan) {
    }

    /** An indicator of a Pemda-level node, its year's target and latest realisation as printed, and its capaian. */
    public record PemdaIndicator(String nodeKind, String node, java.util.UUID indicatorId, String name, String unit,
            String opdCode, Measure target, String period, Measure realisasi, String capaianStatus,
            BigDecimal capaianPercent) {
    }

    public record Totals(long indicators, long measured, long reached, BigDecimal averageCapaian, long ikuIndicators,
            long ikuReached, BigDecimal ikuAverageCapaian, BigDecimal pagu, BigDecimal realized,
            BigDecimal serapanPercent) {
    }
}
