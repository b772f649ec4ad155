package id.sakip.reporting.renja;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Evaluasi Renja form of an OPD for a year (Permendagri 86/2017, form E.81), kinerja (K) beside rupiah (Rp) in
 * every column: the Renstra end target (6), the realisation of the Renstra years before this one (7), this year's
 * target (8), the realisation of each triwulan (9-12) and of the year (13) with its capaian and serapan, the
 * realisation of the Renstra up to this year (14) and how far that is of the Renstra end target (15). Closing rows:
 * average capaian, its predikat, faktor pendorong and penghambat, and the follow-ups. Rp of the Renstra itself (its
 * pagu indikatif) is not in the platform: those cells stay empty.
 */
public record EvaluasiRenja(String pemdaCode, String opdCode, int year, boolean empty, String note,
        Integer renstraStart, Integer renstraEnd, List<Row> rows, Closing closing, String capaianRules) {

    /**
     * One line of the form: an IKU of a sasaran, or an indicator of a program, kegiatan or sub kegiatan (a row
     * without an indicator when it has money only). K as a number ({@code k}) where it is one, always as printed
     * ({@code kText}); {@code rp} in rupiah.
     */
    public record Row(int sasaranNo, String sasaran, String level, String code, String name, String indicator,
            String unit, Figure renstraTarget, Figure before, Figure target, List<Figure> quarters, Figure realized,
            BigDecimal capaianPercent, BigDecimal serapanPercent, Figure toDate, BigDecimal renstraKPercent,
            BigDecimal renstraRpPercent) {
    }

    /** A K and Rp pair; any side may be absent. */
    public record Figure(BigDecimal k, String kText, BigDecimal rp) {
        static final Figure NONE = new Figure(null, null, null);
    }

    /**
     * @param averageCapaian     over every indicator of the form with a capaian against its year's target (the IKU
     *                           and the programs', kegiatan's and sub kegiatan's alike), {@code averagedIndicators}
     *                           of them: a scope of its own, not the LKjIP's (its IKU, against the latest capaian)
     * @param followUpQuarter the tindak lanjut written with the quarters (for the next triwulan)
     * @param followUpRenja   the tindak lanjut written with the year (for the next Renja)
     */
    public record Closing(BigDecimal averageCapaian, int averagedIndicators, String predikat, BigDecimal serapanPercent,
            List<String> faktorPendorong, List<String> faktorPenghambat, List<String> followUpQuarter,
            List<String> followUpRenja) {
    }
}
