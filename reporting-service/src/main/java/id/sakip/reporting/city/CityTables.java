package id.sakip.reporting.city;

import id.sakip.documents.Measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * The agencies' own tables side by side for the whole Pemda: every OPD's IKU (per sasaran, with target, realisasi
 * and capaian) and every OPD's programs (pagu, realisasi, serapan, and the efficiency verdict where the program has
 * both a capaian and a serapan). Every state of the realisations, as the Pelaporan Kinerja shows them.
 */
public record CityTables(String pemdaCode, int year, boolean empty, String note, List<IkuRow> iku,
        List<ProgramLine> programs, String capaianRules) {

    public record IkuRow(String opdCode, String opdName, String sasaran, String indicator, String unit, Measure target,
            Measure realisasi, BigDecimal capaianPercent, String status) {
    }

    public record ProgramLine(String opdCode, String opdName, String sasaran, String code, String name,
            BigDecimal pagu, BigDecimal realized, BigDecimal serapanPercent, BigDecimal capaianPercent,
            String efficiency) {
    }
}
