package id.sakip.reporting.city;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every OPD of a Pemda for a year side by side, for the city's planning office and inspectorate: how many
 * indicators each plans or measures, their average capaian (the year's realisation, else the latest quarter's;
 * uncapped), how many reached their target, pagu, realisasi anggaran and serapan, and the OPD's rank by capaian and
 * by serapan (1 = highest; OPD without a figure come last, unranked). Percentages half-up to 2 decimals.
 */
public record CityReport(String pemdaCode, int year, boolean empty, String note, List<OpdRow> opd, Totals totals) {

    public record OpdRow(String opdCode, long indicators, long measured, long reached, BigDecimal averageCapaian,
            Integer rankByCapaian, BigDecimal pagu, BigDecimal realized, BigDecimal serapanPercent,
            Integer rankBySerapan) {
    }

    public record Totals(long indicators, long measured, long reached, BigDecimal averageCapaian, BigDecimal pagu,
            BigDecimal realized, BigDecimal serapanPercent) {
    }
}
