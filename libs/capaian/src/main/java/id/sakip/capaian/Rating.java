package id.sakip.capaian;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rating of a capaian (Permendagri 86/2017 by default): &gt; 90 Sangat Tinggi, &gt; 75 - 90 Tinggi,
 * &gt; 65 - 75 Sedang, &gt; 50 - 65 Rendah, &lt;= 50 Sangat Rendah. The bounds are a Pemda setting
 * ({@link RatingScale}).
 */
public enum Rating {
    SANGAT_TINGGI("Sangat Tinggi"),
    TINGGI("Tinggi"),
    SEDANG("Sedang"),
    RENDAH("Rendah"),
    SANGAT_RENDAH("Sangat Rendah");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rated below Tinggi: a deviation that needs faktor penghambat and a follow-up plan. */
    public boolean belowTinggi() {
        return compareTo(TINGGI) > 0;
    }

    /** The four lower bounds (exclusive) of Sangat Tinggi, Tinggi, Sedang and Rendah, highest first. */
    public record RatingScale(List<BigDecimal> bounds) {

        public static final RatingScale PERMENDAGRI_86_2017 = new RatingScale(List.of(BigDecimal.valueOf(90),
                BigDecimal.valueOf(75), BigDecimal.valueOf(65), BigDecimal.valueOf(50)));

        public RatingScale {
            bounds = List.copyOf(bounds);
            if (bounds.size() != 4) {
                throw new IllegalArgumentException("a rating scale has 4 bounds, not " + bounds.size());
            }
            for (int i = 1; i < bounds.size(); i++) {
                if (bounds.get(i).compareTo(bounds.get(i - 1)) >= 0) {
                    throw new IllegalArgumentException("rating bounds must fall: " + bounds);
                }
            }
        }

        /** The rating of a capaian percentage (unrounded: the bound itself belongs to the lower band). */
        public Rating rate(BigDecimal percent) {
            Rating[] bands = Rating.values();
            for (int i = 0; i < bounds.size(); i++) {
                if (percent.compareTo(bounds.get(i)) > 0) {
                    return bands[i];
                }
            }
            return SANGAT_RENDAH;
        }
    }
}
