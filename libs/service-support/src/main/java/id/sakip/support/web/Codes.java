package id.sakip.support.web;

/** The shapes of the codes every API takes, for {@code @Pattern}: one place, so every service reads them alike. */
public final class Codes {

    /** A Pemda by its BPS code (3574 = Kota Probolinggo). */
    public static final String PEMDA = "[0-9]{2,4}";
    /** An OPD (or bidang) code: capitals, digits and hyphens. */
    public static final String OPD = "[A-Z0-9][A-Z0-9-]{0,39}";
    /** A reporting period: a quarter (2024Q1..2024Q4) or a year (2024). */
    public static final String PERIOD = "(20[0-9]{2}|2100)(Q[1-4])?";

    private Codes() {
    }
}
