package id.sakip.reporting.projection;

import id.sakip.capaian.CapaianSettings;
import id.sakip.capaian.RuleBook;
import id.sakip.capaian.Rules;
import id.sakip.events.CapaianRulesChanged;
import id.sakip.support.capaian.RuleBookTable;
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

    RuleBooks(JdbcClient jdbc, CapaianSettings settings) {
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
