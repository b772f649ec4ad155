package id.sakip.capaian;

import id.sakip.events.CapaianStatus;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The capaian rules of SAKIP.md §4, with the seed's published figures. */
class CapaianTest {

    @ParameterizedTest(name = "{0} T={1} R={2} -> {3}")
    @CsvSource({
            // seed: IKU PMKS target 90, realisasi 97.64
            "INCREASING, 90, 97.64, 108.49",
            // seed: PMKS (Penurunan) target 33
            "DECREASING, 33, 32, 103.03",
            "DECREASING, 33, 35, 93.94",
            // seed: every program and sub kegiatan of Pelaporan Kinerja 2024 met its target
            "INCREASING, 80, 80, 100.00",
            "INCREASING, 29, 29, 100.00",
            "INCREASING, 3, 1, 33.33",
            "INCREASING, 3, 2, 66.67",
            "DECREASING, 10, 25, -50.00",
            "DECREASING, 10, 0, 200.00"
    })
    void computesAndRoundsHalfUp(Polarity polarity, String target, String realization, String expected) {
        Capaian capaian = Capaian.of(polarity, new BigDecimal(target), new BigDecimal(realization),
                DecreasingFormula.TWO_T_MINUS_R);

        assertThat(capaian.status()).isEqualTo(CapaianStatus.COMPUTED);
        assertThat(capaian.rounded()).isEqualByComparingTo(expected);
    }

    @Test
    void theAlternativeDecreasingFormulaIsTargetOverRealisation() {
        assertThat(Capaian.of(Polarity.DECREASING, bd("33"), bd("32"), DecreasingFormula.T_OVER_R).rounded())
                .isEqualByComparingTo("103.13");
        assertThat(Capaian.of(Polarity.DECREASING, bd("33"), bd("35"), DecreasingFormula.T_OVER_R).rounded())
                .isEqualByComparingTo("94.29");
        assertThat(Capaian.of(Polarity.DECREASING, bd("33"), bd("0"), DecreasingFormula.T_OVER_R).status())
                .isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    }

    @Test
    void aZeroTarget() {
        for (Polarity polarity : java.util.List.of(Polarity.INCREASING, Polarity.DECREASING)) {
            assertThat(Capaian.of(polarity, bd("0"), bd("0"), DecreasingFormula.TWO_T_MINUS_R).rounded())
                    .isEqualByComparingTo("100");
        }
        Capaian increasing = Capaian.of(Polarity.INCREASING, bd("0"), bd("4"), DecreasingFormula.TWO_T_MINUS_R);
        assertThat(increasing.status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
        assertThat(increasing.percent()).isNull();
        assertThat(Capaian.of(Polarity.DECREASING, bd("0"), bd("4"), DecreasingFormula.TWO_T_MINUS_R).rounded())
                .isEqualByComparingTo("0");
    }

    @Test
    void noTargetMeansNoCapaian() {
        Capaian capaian = Capaian.of(Polarity.INCREASING, null, bd("12"), DecreasingFormula.TWO_T_MINUS_R);

        assertThat(capaian.status()).isEqualTo(CapaianStatus.NO_TARGET);
        assertThat(capaian.rounded()).isNull();
    }

    @Test
    void roundingIsOfTheUnroundedRatio() {
        // 12.566 of 67.681 families against a target of 18.5 %: the published capaian uses the unrounded ratio
        BigDecimal ratio = bd("12566").multiply(bd("100")).divide(bd("67681"), 20, java.math.RoundingMode.HALF_UP);
        Capaian capaian = Capaian.of(Polarity.INCREASING, bd("18.5"), ratio, DecreasingFormula.TWO_T_MINUS_R);

        assertThat(capaian.rounded()).isEqualByComparingTo("100.36");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void kotaLayakAnakTargetUtamaWithNindyaIs75AndNotReached() {
        var scale = java.util.List.of("Pratama", "Madya", "Nindya", "Utama", "KLA");

        assertThat(Capaian.ordinal(scale, "Utama", "Nindya").rounded()).isEqualByComparingTo("75.00");
        assertThat(Capaian.ordinal(scale, "Utama", "Nindya").reached()).isFalse();
        assertThat(Capaian.ordinal(scale, null, "Nindya").status()).isEqualTo(CapaianStatus.NO_TARGET);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Capaian.ordinal(scale, "Utama", "Mentor"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
