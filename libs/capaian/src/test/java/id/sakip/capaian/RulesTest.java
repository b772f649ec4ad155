package id.sakip.capaian;

import id.sakip.events.Aggregation;
import id.sakip.events.CapaianStatus;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ranges, aggregation over quarters, ratings and lights (SAKIP.md §3-4), with the seed's figures. */
class RulesTest {

    private static final List<String> KLA = List.of("Pratama", "Madya", "Nindya", "Utama", "KLA");

    @ParameterizedTest(name = "{0} [{1}, {2}] R={3} -> {4}")
    @CsvSource({
            "INCREASING, 80, 90, 85, 100.00",
            "INCREASING, 80, 90, 80, 100.00",
            "INCREASING, 80, 90, 90, 100.00",
            "INCREASING, 80, 90, 60, 75.00",
            "INCREASING, 80, 90, 99, 110.00",
            "DECREASING, 10, 20, 15, 100.00",
            "DECREASING, 10, 20, 25, 75.00",
            "DECREASING, 10, 20, 5, 150.00",
            "INCREASING, 0, 10, 12, 120.00",
            "DECREASING, 0, 10, 12, 80.00"
    })
    void aRangeTargetIsMetAnywhereInsideAndMeasuredFromTheNearerBound(Polarity polarity, String min, String max,
            String realization, String expected) {
        Capaian capaian = Capaian.range(polarity, bd(min), bd(max), bd(realization), DecreasingFormula.TWO_T_MINUS_R);

        assertThat(capaian.rounded()).isEqualByComparingTo(expected);
    }

    @Test
    void aRangeBelowAZeroLowerBoundFollowsTheZeroTargetRules() {
        assertThat(Capaian.range(Polarity.INCREASING, bd("0"), bd("5"), bd("-1"), DecreasingFormula.TWO_T_MINUS_R)
                .status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
        assertThatThrownBy(() -> Capaian.range(Polarity.INCREASING, bd("9"), bd("5"), bd("7"),
                DecreasingFormula.TWO_T_MINUS_R)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeedsFiguresThroughTheRules() {
        Rules rules = Rules.DEFAULT;
        var iku = rules.evaluate(Polarity.INCREASING, List.of(), Target.number(bd("90")), bd("97.64"), null);
        assertThat(iku.capaian().rounded()).isEqualByComparingTo("108.49");
        assertThat(iku.reached()).isTrue();
        assertThat(iku.rating()).isEqualTo(Rating.SANGAT_TINGGI);
        assertThat(iku.light()).isEqualTo(TrafficLight.HIJAU);
        assertThat(iku.isAboveTarget()).isTrue();
        assertThat(iku.isDeviation()).isFalse();

        var pmks = rules.evaluate(Polarity.DECREASING, List.of(), Target.number(bd("33")), bd("35"), null);
        assertThat(pmks.capaian().rounded()).isEqualByComparingTo("93.94");
        assertThat(pmks.reached()).isFalse();
        assertThat(pmks.isDeviation()).isTrue();

        var kla = rules.evaluate(Polarity.ORDINAL, KLA, Target.category("Utama"), null, "Nindya");
        assertThat(kla.capaian().rounded()).isEqualByComparingTo("75.00");
        assertThat(kla.reached()).isFalse();
        assertThat(kla.rating()).isEqualTo(Rating.SEDANG);
        assertThat(kla.light()).isEqualTo(TrafficLight.KUNING);
        assertThat(rules.evaluate(Polarity.ORDINAL, KLA, Target.category("Utama"), null, "Utama").reached())
                .isTrue();
    }

    @Test
    void noTargetOrNothingComparableGivesNoRatingAtAll() {
        var none = Rules.DEFAULT.evaluate(Polarity.INCREASING, List.of(), Target.NONE, bd("5"), null);
        assertThat(none.capaian().status()).isEqualTo(CapaianStatus.NO_TARGET);
        assertThat(none.reached()).isNull();
        assertThat(none.rating()).isNull();
        assertThat(none.light()).isNull();
        assertThat(none.isDeviation()).isFalse();
        assertThat(Rules.DEFAULT.evaluate(Polarity.INCREASING, List.of(), Target.number(bd("0")), bd("5"), null)
                .capaian().status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    }

    @Test
    void reachedFollowsTheFigurePeopleSee() {
        // 89.996 of 90 shows as 100,00%: reached, and nothing to explain
        var almost = Rules.DEFAULT.evaluate(Polarity.INCREASING, List.of(), Target.number(bd("90")), bd("89.996"), null);
        assertThat(almost.capaian().rounded()).isEqualByComparingTo("100.00");
        assertThat(almost.reached()).isTrue();
        assertThat(almost.isAboveTarget()).isFalse();
        assertThat(almost.isDeviation()).isFalse();
        var justAbove = Rules.DEFAULT.evaluate(Polarity.INCREASING, List.of(), Target.number(bd("90")), bd("90.001"),
                null);
        assertThat(justAbove.isAboveTarget()).as("100.00 shown: not above target").isFalse();
        assertThat(Rules.DEFAULT.evaluate(Polarity.INCREASING, List.of(), Target.number(bd("-2")), bd("-1"), null)
                .capaian().status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "100, SANGAT_TINGGI", "90.01, SANGAT_TINGGI", "90, TINGGI", "75.01, TINGGI", "75, SEDANG",
            "65.01, SEDANG", "65, RENDAH", "50.01, RENDAH", "50, SANGAT_RENDAH", "0, SANGAT_RENDAH",
            "-20, SANGAT_RENDAH"
    })
    void thePermendagriRatingBands(String percent, Rating expected) {
        assertThat(Rating.RatingScale.PERMENDAGRI_86_2017.rate(bd(percent))).isEqualTo(expected);
    }

    @Test
    void aPemdaCanChooseItsOwnBandsAndFormula() {
        Rules probolinggo = new Rules(DecreasingFormula.T_OVER_R,
                new Rating.RatingScale(List.of(bd("95"), bd("85"), bd("70"), bd("55"))));
        assertThat(probolinggo.ratingScale().rate(bd("92"))).isEqualTo(Rating.TINGGI);
        assertThat(probolinggo.evaluate(Polarity.DECREASING, List.of(), Target.number(bd("33")), bd("32"), null)
                .capaian().rounded()).isEqualByComparingTo("103.13");
        assertThat(new CapaianSettings(null, null, null, null, null).defaults()).isEqualTo(Rules.DEFAULT);
        assertThatThrownBy(() -> new Rating.RatingScale(List.of(bd("50"), bd("75"), bd("65"), bd("90"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapaianSettings(null, null, bd("110"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapaianSettings(null, null, null, null, Map.of("3574", Map.of())))
                .hasMessageContaining("sakip.capaian.pemda.3574 is no longer read");
    }

    @Test
    void anIndicatorsOwnFormulaOverridesThePemdasForItAlone() {
        // a decreasing indicator 8 -> 10: T / R gives 80.00 where the Pemda's (2T - R) / T gives 75.00
        Rules pemda = Rules.DEFAULT;
        var own = pemda.forIndicator(DecreasingFormula.T_OVER_R)
                .evaluate(Polarity.DECREASING, List.of(), Target.number(bd("8")), bd("10"), null);
        var neighbour = pemda.forIndicator(null)
                .evaluate(Polarity.DECREASING, List.of(), Target.number(bd("8")), bd("10"), null);
        assertThat(own.capaian().rounded()).isEqualByComparingTo("80.00");
        assertThat(neighbour.capaian().rounded()).isEqualByComparingTo("75.00");
    }

    @Test
    void aCapLimitsWhatIsShownAndKeepsTheValue() {
        Rules capped = new Rules(DecreasingFormula.TWO_T_MINUS_R, Rating.RatingScale.PERMENDAGRI_86_2017, bd("100"),
                null);
        var evaluation = capped.evaluate(Polarity.INCREASING, List.of(), Target.number(bd("40")), bd("52"), null);
        assertThat(evaluation.capaian().rounded()).isEqualByComparingTo("130.00");
        assertThat(capped.shown(evaluation.capaian().rounded())).isEqualByComparingTo("100");
        assertThat(capped.shown(bd("97.5"))).isEqualByComparingTo("97.5");
        assertThat(capped.shown(null)).isNull();
        assertThat(Rules.DEFAULT.shown(bd("130"))).isEqualByComparingTo("130");
        assertThat(capped.footnote()).contains("(2T - R) / T", "paling tinggi 100%", "> 90 Sangat Tinggi");
        assertThatThrownBy(() -> new Rules(DecreasingFormula.T_OVER_R, Rating.RatingScale.PERMENDAGRI_86_2017,
                bd("110"), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void efficiencyComparesCapaianWithSerapanByThePemdasRatio() {
        assertThat(Rules.DEFAULT.efficient(bd("100"), bd("97.25"))).isTrue();
        assertThat(Rules.DEFAULT.efficient(bd("85"), bd("97.25"))).isFalse();
        Rules strict = new Rules(DecreasingFormula.TWO_T_MINUS_R, Rating.RatingScale.PERMENDAGRI_86_2017, null,
                bd("1.05"));
        assertThat(strict.efficient(bd("100"), bd("97.25"))).isFalse();
        assertThat(Rules.DEFAULT.efficient(null, bd("97.25"))).isNull();
    }

    @Test
    void aChangeRulesFromItsYearUntilALaterYearsChange() {
        Rules t = new Rules(DecreasingFormula.T_OVER_R, Rating.RatingScale.PERMENDAGRI_86_2017);
        Rules capped = new Rules(DecreasingFormula.TWO_T_MINUS_R, Rating.RatingScale.PERMENDAGRI_86_2017, bd("120"),
                null);
        var book = new RuleBook(Rules.DEFAULT, List.of(
                new RuleBook.Change(1, 2024, t, "a", "admin", null),
                new RuleBook.Change(2, 2026, capped, "b", "admin", null),
                new RuleBook.Change(3, 2025, Rules.DEFAULT, "c", "admin", null)));
        assertThat(book.forYear(2023)).isEqualTo(Rules.DEFAULT);
        assertThat(book.changeFor(2023)).isNull();
        assertThat(book.forYear(2024)).isEqualTo(t);
        assertThat(book.changeFor(2025).version()).isEqualTo(3);
        assertThat(book.forYear(2026)).isEqualTo(capped);
        assertThat(book.forYear(2030)).isEqualTo(capped);
        assertThat(book.version()).isEqualTo(3);
        // what each change governs: 2024 only (2025's follows), 2025 only, 2026 and after
        assertThat(book.lastYearFrom(2024)).isEqualTo(2024);
        assertThat(book.lastYearFrom(2025)).isEqualTo(2025);
        assertThat(book.lastYearFrom(2026)).isNull();
        // a second change from the same year replaces the first for that year
        var again = new RuleBook(Rules.DEFAULT, List.of(new RuleBook.Change(1, 2024, t, "a", "admin", null),
                new RuleBook.Change(2, 2024, capped, "b", "admin", null)));
        assertThat(again.forYear(2024)).isEqualTo(capped);
        assertThat(new RuleBook(Rules.DEFAULT, List.of()).version()).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"90, HIJAU", "89.99, KUNING", "70, KUNING", "69.99, MERAH", "120, HIJAU"})
    void theTrafficLight(String percent, TrafficLight expected) {
        assertThat(TrafficLight.of(bd(percent))).isEqualTo(expected);
    }

    @Test
    void quartersMakeTheYearByTheIndicatorsAggregation() {
        List<BigDecimal> quarters = Arrays.asList(bd("10"), null, bd("30"), bd("20"));
        assertThat(Cumulative.of(Aggregation.SUM, quarters)).isEqualByComparingTo("60");
        assertThat(Cumulative.of(Aggregation.LAST, quarters)).isEqualByComparingTo("20");
        assertThat(Cumulative.of(Aggregation.AVERAGE, quarters)).isEqualByComparingTo("20");
        assertThat(Cumulative.of(Aggregation.AVERAGE, List.of(bd("1"), bd("0"), bd("0"))).toPlainString())
                .startsWith("0.3333333333");
        assertThat(Cumulative.of(Aggregation.SUM, Arrays.asList(null, null))).isNull();
        assertThat(Cumulative.lastCategory(Arrays.asList("Madya", "Nindya", null))).isEqualTo("Nindya");
    }

    @Test
    void targetsReadAsWritten() {
        assertThat(Target.range(bd("80.0"), bd("90")).text()).isEqualTo("80 - 90");
        assertThat(Target.number(bd("88.50")).text()).isEqualTo("88.5");
        assertThat(Target.category("Utama").text()).isEqualTo("Utama");
        assertThat(Target.number(null)).isEqualTo(Target.NONE);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
