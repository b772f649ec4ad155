package id.sakip.capaian;

import java.math.BigDecimal;

/** The dashboard's light of a capaian: &gt;= 90 green, 70 - &lt; 90 yellow, &lt; 70 red. */
public enum TrafficLight {
    HIJAU,
    KUNING,
    MERAH;

    private static final BigDecimal GREEN = BigDecimal.valueOf(90);
    private static final BigDecimal YELLOW = BigDecimal.valueOf(70);

    public static TrafficLight of(BigDecimal percent) {
        if (percent.compareTo(GREEN) >= 0) {
            return HIJAU;
        }
        return percent.compareTo(YELLOW) >= 0 ? KUNING : MERAH;
    }
}
