package id.sakip.reporting.city;

import id.sakip.events.CapaianStatus;
import id.sakip.reporting.history.Figures;
import id.sakip.reporting.history.IndicatorHistory.TargetRow;
import id.sakip.reporting.history.YearValue;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja;
import id.sakip.reporting.pelaporan.PelaporanQuery;
import id.sakip.reporting.projection.RuleBooks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every OPD's Pelaporan Kinerja of a year, reduced to its IKU and its programs, one list each for the Pemda. */
@Service
public class CityTablesQuery {

    private final JdbcClient jdbc;
    private final PelaporanQuery pelaporan;
    private final RuleBooks ruleBooks;

    CityTablesQuery(JdbcClient jdbc, PelaporanQuery pelaporan, RuleBooks ruleBooks) {
        this.jdbc = jdbc;
        this.pelaporan = pelaporan;
        this.ruleBooks = ruleBooks;
    }

    @Transactional(readOnly = true)
    public CityTables of(String pemdaCode, int year) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT opd_code, opd_name FROM rpt_opd WHERE pemda_code = ?").param(pemdaCode)
                .query(rs -> {
                    names.put(rs.getString("opd_code"), rs.getString("opd_name"));
                });
        List<String> opds = jdbc.sql("""
                SELECT opd_code FROM rpt_indicator WHERE pemda_code = ?
                UNION SELECT opd_code FROM rpt_budget_line WHERE pemda_code = ? AND year = ?
                ORDER BY 1""")
                .params(pemdaCode, pemdaCode, year).query(String.class).list();
        List<CityTables.IkuRow> iku = new ArrayList<>();
        List<CityTables.ProgramLine> programs = new ArrayList<>();
        for (String opd : opds) {
            PelaporanKinerja table = pelaporan.of(pemdaCode, opd, year);
            String name = names.get(opd);
            for (PelaporanKinerja.SasaranBlock block : table.table()) {
                for (IndicatorRow indicator : block.indicators()) {
                    var latest = indicator.latest();
                    iku.add(new CityTables.IkuRow(opd, name, block.sasaran(), indicator.name(), indicator.unit(),
                            Figures.target(new TargetRow(indicator.target(), indicator.targetMin(),
                                    indicator.targetMax(), indicator.targetCategory()), indicator.unit()),
                            latest == null ? null : Figures.year(YearValue.of(indicator.realizations(), year,
                                    indicator.aggregation()), indicator.unit()),
                            latest != null && latest.capaianStatus() == CapaianStatus.COMPUTED
                                    ? latest.capaianPercent() : null,
                            latest == null ? null : latest.status()));
                }
                for (PelaporanKinerja.ProgramRow program : block.programs()) {
                    programs.add(new CityTables.ProgramLine(opd, name, block.sasaran(), program.code(),
                            program.name(), program.pagu(), program.realized(), program.serapanPercent(),
                            program.efficiency() == null ? null : program.efficiency().capaianPercent(),
                            program.efficiency() == null ? null : program.efficiency().verdict()));
                }
            }
        }
        boolean empty = iku.isEmpty() && programs.isEmpty();
        return new CityTables(pemdaCode, year, empty, empty ? "Belum ada IKU maupun program OPD mana pun di Pemda "
                + pemdaCode + " tahun " + year + " yang terhubung ke pohon kinerja." : null, iku, programs,
                ruleBooks.rulesFor(pemdaCode, year).footnote());
    }
}
