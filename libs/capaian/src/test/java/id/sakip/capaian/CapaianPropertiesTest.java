package id.sakip.capaian;

import id.sakip.events.CapaianStatus;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.Polarity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the capaian formulas that must hold for every target and realisation, checked on many generated
 * cases. The generator is seeded, so a failure names a case that fails again on the next run.
 */
class CapaianPropertiesTest {

    private static final int CASES = 2_000;
    private static final long SEED = 20_241_231L;

    @Test
    void meetingTheTargetExactlyIsAlways100() {
        forAll((random, i) -> {
            BigDecimal target = positive(random);
            for (Polarity polarity : NUMERIC) {
                for (DecreasingFormula formula : DecreasingFormula.values()) {
                    assertThat(Capaian.of(polarity, target, target, formula).rounded())
                            .as("case %d: %s %s T=R=%s", i, polarity, formula, target)
                            .isEqualByComparingTo("100");
                }
            }
        });
    }

    @Test
    void increasingIsMonotoneInTheRealisation() {
        forAll((random, i) -> {
            BigDecimal target = positive(random);
            BigDecimal a = nonNegative(random);
            BigDecimal b = nonNegative(random);
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            assertThat(Capaian.of(Polarity.INCREASING, target, high, DecreasingFormula.TWO_T_MINUS_R).percent())
                    .as("case %d: T=%s R=%s vs %s", i, target, high, low)
                    .isGreaterThanOrEqualTo(
                            Capaian.of(Polarity.INCREASING, target, low, DecreasingFormula.TWO_T_MINUS_R).percent());
        });
    }

    @Test
    void decreasingRewardsLowerRealisations() {
        forAll((random, i) -> {
            BigDecimal target = positive(random);
            BigDecimal a = nonNegative(random);
            BigDecimal b = nonNegative(random);
            for (DecreasingFormula formula : DecreasingFormula.values()) {
                Capaian ofLow = Capaian.of(Polarity.DECREASING, target, a.min(b), formula);
                Capaian ofHigh = Capaian.of(Polarity.DECREASING, target, a.max(b), formula);
                if (ofLow.status() == CapaianStatus.COMPUTED && ofHigh.status() == CapaianStatus.COMPUTED) {
                    assertThat(ofLow.percent()).as("case %d: %s T=%s", i, formula, target)
                            .isGreaterThanOrEqualTo(ofHigh.percent());
                }
            }
        });
    }

    @Test
    void twoTMinusRMirrorsIncreasingAround100() {
        forAll((random, i) -> {
            BigDecimal target = positive(random);
            BigDecimal r = nonNegative(random);
            BigDecimal up = Capaian.of(Polarity.INCREASING, target, r, DecreasingFormula.TWO_T_MINUS_R).percent();
            BigDecimal down = Capaian.of(Polarity.DECREASING, target, r, DecreasingFormula.TWO_T_MINUS_R).percent();
            assertThat(up.add(down).setScale(8, RoundingMode.HALF_UP)).as("case %d: T=%s R=%s", i, target, r)
                    .isEqualByComparingTo("200");
        });
    }

    @Test
    void neverThrowsAndSaysExactlyWhenAndWhyThereIsNoPercent() {
        forAll((random, i) -> {
            int shape = random.nextInt(6);
            BigDecimal target = switch (shape) {
                case 0 -> null;                                     // N/A
                case 1 -> BigDecimal.ZERO;                          // T = 0
                case 2 -> BigDecimal.valueOf(1, 6);                 // the smallest target planning accepts
                default -> anyNumber(random);
            };
            BigDecimal r = switch (random.nextInt(5)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> new BigDecimal("999999999999999.999999"); // the largest value measurement accepts
                default -> anyNumber(random);
            };
            for (Polarity polarity : Polarity.values()) {
                for (DecreasingFormula formula : DecreasingFormula.values()) {
                    Capaian capaian = Capaian.of(polarity, target, r, formula);

                    CapaianStatus expected;
                    if (target == null) {
                        expected = CapaianStatus.NO_TARGET;
                    } else if (polarity == Polarity.ORDINAL || target.signum() < 0) {
                        expected = CapaianStatus.NOT_COMPUTABLE;
                    } else if (target.signum() == 0 && r.signum() != 0 && polarity == Polarity.INCREASING) {
                        expected = CapaianStatus.NOT_COMPUTABLE;
                    } else if (target.signum() != 0 && r.signum() == 0 && polarity == Polarity.DECREASING
                            && formula == DecreasingFormula.T_OVER_R) {
                        expected = CapaianStatus.NOT_COMPUTABLE;
                    } else {
                        expected = CapaianStatus.COMPUTED;
                    }
                    assertThat(capaian.status()).as("case %d: %s T=%s R=%s %s", i, polarity, target, r, formula)
                            .isEqualTo(expected);
                    if (capaian.percent() != null) {
                        assertThat(capaian.percent().scale()).isEqualTo(Capaian.SCALE);
                        assertThat(capaian.rounded().scale()).isEqualTo(2);
                    }
                }
            }
        });
    }

    @Test
    void aRangeIs100ExactlyInsideItAndElseMeasuredFromItsNearerBound() {
        forAll((random, i) -> {
            BigDecimal a = positive(random);
            BigDecimal b = positive(random);
            BigDecimal min = a.min(b);
            BigDecimal max = a.max(b);
            BigDecimal r = nonNegative(random);
            for (Polarity polarity : NUMERIC) {
                for (DecreasingFormula formula : DecreasingFormula.values()) {
                    Capaian capaian = Capaian.range(polarity, min, max, r, formula);
                    boolean inside = r.compareTo(min) >= 0 && r.compareTo(max) <= 0;
                    Capaian expected = inside ? Capaian.of(polarity, r, r, formula)
                            : Capaian.of(polarity, r.compareTo(min) < 0 ? min : max, r, formula);
                    assertThat(capaian).as("case %d: %s [%s, %s] R=%s %s", i, polarity, min, max, r, formula)
                            .isEqualTo(expected);
                    if (inside) {
                        assertThat(capaian.rounded()).isEqualByComparingTo("100");
                    } else if (capaian.status() == CapaianStatus.COMPUTED) {
                        // outside the range the result is never "exactly met"
                        boolean better = polarity == Polarity.INCREASING ? r.compareTo(max) > 0 : r.compareTo(min) < 0;
                        assertThat(capaian.percent().compareTo(BigDecimal.valueOf(100)))
                                .as("case %d: %s [%s, %s] R=%s", i, polarity, min, max, r).isEqualTo(better ? 1 : -1);
                    }
                }
            }
        });
    }

    @Test
    void aggregationsAgreeWithTheirDefinitions() {
        forAll((random, i) -> {
            java.util.List<BigDecimal> quarters = new java.util.ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int q = 0; q < n; q++) {
                quarters.add(random.nextInt(4) == 0 ? null : nonNegative(random));
            }
            java.util.List<BigDecimal> reported = quarters.stream().filter(java.util.Objects::nonNull).toList();
            BigDecimal sum = Cumulative.of(id.sakip.events.Aggregation.SUM, quarters);
            BigDecimal last = Cumulative.of(id.sakip.events.Aggregation.LAST, quarters);
            BigDecimal average = Cumulative.of(id.sakip.events.Aggregation.AVERAGE, quarters);
            if (reported.isEmpty()) {
                assertThat(sum).isNull();
                assertThat(last).isNull();
                assertThat(average).isNull();
                return;
            }
            BigDecimal max = reported.stream().max(BigDecimal::compareTo).orElseThrow();
            BigDecimal min = reported.stream().min(BigDecimal::compareTo).orElseThrow();
            assertThat(sum).as("case %d: %s", i, quarters).isGreaterThanOrEqualTo(max);
            assertThat(last).isEqualByComparingTo(reported.get(reported.size() - 1));
            assertThat(average).as("case %d: %s", i, quarters).isBetween(min, max);
            assertThat(average.multiply(BigDecimal.valueOf(reported.size())).setScale(6, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(sum.setScale(6, RoundingMode.HALF_UP));
        });
    }

    @Test
    void anOrdinalCapaianIsTheRatioOfRanksAndReachedExactlyAtOrAboveTheTarget() {
        List<String> scale = List.of("Pratama", "Madya", "Nindya", "Utama", "KLA");
        for (int t = 0; t < scale.size(); t++) {
            for (int r = 0; r < scale.size(); r++) {
                Capaian capaian = Capaian.ordinal(scale, scale.get(t), scale.get(r));
                BigDecimal expected = BigDecimal.valueOf((r + 1) * 100L)
                        .divide(BigDecimal.valueOf(t + 1), Capaian.SCALE, RoundingMode.HALF_UP);

                assertThat(capaian.percent()).isEqualByComparingTo(expected);
                assertThat(Capaian.ordinal(scale, scale.get(t), scale.get(r)).reached()).isEqualTo(r >= t);
                assertThat(capaian.percent().compareTo(BigDecimal.valueOf(100)) >= 0).isEqualTo(r >= t);
            }
        }
    }

    /** The polarities whose results are numbers; ORDINAL ranks categories (its own property below). */
    private static final List<Polarity> NUMERIC = List.of(Polarity.INCREASING, Polarity.DECREASING);

    private static void forAll(BiConsumer<Random, Integer> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            property.accept(random, i);
        }
    }

    private static BigDecimal positive(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(100_000_000), 2); // 0.01 .. 1,000,000.00
    }

    private static BigDecimal nonNegative(Random random) {
        return BigDecimal.valueOf(random.nextInt(1_000_000_000), 3); // 0 .. 999,999.999
    }

    private static BigDecimal anyNumber(Random random) {
        return BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, 4);
    }
}
