package id.sakip.events;

/** How the capaian of a DECREASING indicator is computed; published reports use both. */
public enum DecreasingFormula {
    /** (2T - R) / T x 100 = (1 + (1 - R/T)) x 100, PermenPANRB 6/2022. The default. */
    TWO_T_MINUS_R,
    /** T / R x 100. */
    T_OVER_R
}
