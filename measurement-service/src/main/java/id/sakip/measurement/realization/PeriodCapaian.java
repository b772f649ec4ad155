package id.sakip.measurement.realization;

import id.sakip.capaian.Capaian;
import id.sakip.capaian.Cumulative;
import id.sakip.capaian.RuleBook;
import id.sakip.capaian.Rules;
import id.sakip.capaian.Target;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.rules.CapaianRuleBooks;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The capaian of a realisation's period by the rules in force: the Pemda's for its year, the indicator's own formula,
 * a quarter compared through its cumulative value.
 */
@Component
class PeriodCapaian {

    private final CapaianRuleBooks ruleBooks;

    PeriodCapaian(CapaianRuleBooks ruleBooks) {
        this.ruleBooks = ruleBooks;
    }

    /** The rules an indicator's capaian of a year is computed with: the Pemda's for the year, its own formula. */
    Rules rules(CatalogIndicator indicator, int year) {
        return ruleBooks.rulesFor(indicator.org().pemdaCode(), year).forIndicator(indicator.decreasingFormula());
    }

    Rules.Evaluation evaluation(Realization r) {
        return ruleBooks.rulesFor(r.org().pemdaCode(), r.year())
                .describe(new Capaian(r.capaianStatus(), r.capaianPercent()));
    }

    RuleBook book(String pemdaCode) {
        return ruleBooks.book(pemdaCode);
    }

    /** The Pemda's rules for the realisation's year: its cap, bounds and efficiency (its rating of a stored capaian). */
    Rules pemdaRules(Realization r) {
        return ruleBooks.rulesFor(r.org().pemdaCode(), r.year());
    }

    /**
     * The realisation with the capaian of its period: a quarter is compared, by the indicator's aggregation, with
     * the quarter's cumulative target; a year with the year's target.
     */
    Realization evaluated(CatalogIndicator indicator, Realization r, List<Realization> sameYear) {
        Target target;
        BigDecimal compared;
        String category;
        if (r.quarter() == 0) {
            target = indicator.targetFor(r.year());
            compared = r.value();
            category = r.category();
        } else {
            target = indicator.targetFor(r.year(), r.quarter());
            List<BigDecimal> values = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            for (int q = 1; q <= r.quarter(); q++) {
                Realization quarter = q == r.quarter() ? r : quarter(sameYear, q);
                values.add(quarter == null ? null : quarter.value());
                categories.add(quarter == null ? null : quarter.category());
            }
            compared = indicator.isOrdinal() ? null : Cumulative.of(indicator.aggregation(), values);
            category = indicator.isOrdinal() ? Cumulative.lastCategory(categories) : null;
        }
        Rules.Evaluation evaluation = rules(indicator, r.year()).evaluate(indicator.polarity(),
                indicator.scale(), target, compared, category);
        return new Realization(r.id(), r.indicatorId(), r.org(), r.period(), r.value(), r.category(), r.numerator(),
                r.denominator(), target.value(), target.isNone() ? null : target.text(), compared,
                evaluation.capaian().status(), evaluation.capaian().percent(), r.status(), r.faktorPendorong(),
                r.faktorPenghambat(), r.tindakLanjut(), r.reviewNote(), r.version(), r.recordedBy(), r.recordedAt(),
                r.updatedBy(), r.updatedAt());
    }

    private static Realization quarter(List<Realization> sameYear, int quarter) {
        return sameYear.stream().filter(r -> r.quarter() == quarter).findFirst().orElse(null);
    }
}
