package id.sakip.measurement.rules;

import id.sakip.capaian.RuleBook;
import id.sakip.capaian.Rules;
import id.sakip.events.DecreasingFormula;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A Pemda's capaian rules for a year: what they are, where they come from, and the sentence reports print. */
public record CapaianRulesView(String pemdaCode, int year, long version, String source, Long changeVersion,
        RulesBody rules, String footnote) {

    /** The rules themselves, as the API reads and writes them. */
    public record RulesBody(DecreasingFormula decreasingFormula, List<BigDecimal> ratingBounds, BigDecimal displayCap,
            BigDecimal efficiencyMinimumRatio) {

        static RulesBody of(Rules rules) {
            return new RulesBody(rules.decreasingFormula(), rules.ratingScale().bounds(), rules.displayCap(),
                    rules.efficiencyMinimumRatio());
        }
    }

    /** One change of the history: the rules from its year on, with who, when and why. */
    public record Change(long version, int effectiveFromYear, RulesBody rules, String reason, String changedBy,
            Instant changedAt) {

        static Change of(RuleBook.Change change) {
            return new Change(change.version(), change.effectiveFromYear(), RulesBody.of(change.rules()),
                    change.reason(), change.changedBy(), change.changedAt());
        }
    }

    /** The installation's defaults, then every change in the order made. */
    public record History(String pemdaCode, long version, RulesBody defaults, List<Change> changes) {
    }

    static CapaianRulesView of(String pemdaCode, int year, RuleBook book) {
        RuleBook.Change change = book.changeFor(year);
        Rules rules = book.forYear(year);
        return new CapaianRulesView(pemdaCode, year, book.version(), change == null ? "INSTALASI" : "PEMDA",
                change == null ? null : change.version(), RulesBody.of(rules), rules.footnote());
    }
}
