package id.sakip.measurement.realization;

import id.sakip.capaian.Target;
import id.sakip.events.Aggregation;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.realization.RealizationRequest.Entry;
import id.sakip.support.web.ApiProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An entry fits its indicator by what the indicator states, never by what its name suggests. */
class EntryRulesTest {

    @Test
    void aNegativeValueOnlyWhereTheIndicatorSaysItMayBe() {
        Entry minus = new Entry(new BigDecimal("-1.5"), null, null, null);
        // named like a rate of change, but stated not to go below zero
        assertThatThrownBy(() -> EntryRules.checked(indicator("Laju pertumbuhan ekonomi", "%", false, true), minus))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.fieldErrors()).containsKey("value"));
        // named like a count, but stated to allow it
        assertThat(EntryRules.checked(indicator("Jumlah keluarga", "keluarga", true, false), minus).value())
                .isEqualByComparingTo("-1.5");
    }

    @Test
    void numeratorAndDenominatorOnlyForAStatedPercentage() {
        Entry ratio = new Entry(null, null, new BigDecimal("12566"), new BigDecimal("67681"));
        assertThat(EntryRules.checked(indicator("Cakupan keluarga", "keluarga", false, true), ratio).value())
                .isEqualByComparingTo("18.5665105421");
        assertThatThrownBy(() -> EntryRules.checked(indicator("Persentase PMKS", "%", false, false), ratio))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.fieldErrors()).containsKey("numerator"));
    }

    private static CatalogIndicator indicator(String name, String unit, boolean negativeAllowed, boolean percentage) {
        return new CatalogIndicator(UUID.randomUUID(), new OrgRef("3574", "DINSOS", null), name, unit,
                Polarity.INCREASING, TargetType.NUMBER, Aggregation.LAST, List.of(), 1, Map.of(2024, Target.number(
                BigDecimal.TEN)), Map.of(), null, negativeAllowed, percentage);
    }
}
