package id.sakip.reporting.projection;

import id.sakip.capaian.CapaianSettings;
import id.sakip.capaian.RuleBook;
import id.sakip.capaian.Rules;
import id.sakip.events.CapaianRulesChanged;
import id.sakip.support.capaian.RuleBookTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A Pemda's capaian rules as measurement set them (the replica of CapaianRulesChanged), over the installation's
 * defaults: every report computes, caps and footnotes a year's capaian with the rules in force for that year.
 */
@Component
public class RuleBooks {

    private final RuleBookTable table;
    private final CapaianSettings settings;

    RuleBooks(JdbcClient jdbc, CapaianSettings settings,
            @Value("${sakip.efficiency.minimum-ratio:#{null}}") String formerEfficiencySetting) {
        // an installation upgraded from the setting must not fall back to the default without a word
        if (formerEfficiencySetting != null) {
            throw new IllegalStateException("sakip.efficiency.minimum-ratio is no longer read: the efficiency rule "
                    + "is a Pemda's capaian rule now (efficiencyMinimumRatio, POST /api/v1/capaian-rules/{pemda}/"
                    + "changes; the installation's default is sakip.capaian.efficiency-minimum-ratio).");
        }
        this.table = new RuleBookTable(jdbc, "rpt_capaian_rule_change");
        this.settings = settings;
    }

    public Rules rulesFor(String pemdaCode, int year) {
        return book(pemdaCode).forYear(year);
    }

    public RuleBook book(String pemdaCode) {
        return table.read(pemdaCode, settings.defaults());
    }

    void apply(CapaianRulesChanged change) {
        table.insert(change);
    }
}
