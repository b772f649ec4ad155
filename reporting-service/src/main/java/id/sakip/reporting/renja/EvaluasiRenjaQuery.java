package id.sakip.reporting.renja;

import id.sakip.capaian.Rules;
import id.sakip.documents.Jabatan;
import id.sakip.documents.Measure;
import id.sakip.events.Aggregation;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.EventCodec;
import id.sakip.events.CapaianStatus;
import id.sakip.events.Polarity;
import id.sakip.indonesian.Indonesian;
import id.sakip.reporting.history.Figures;
import id.sakip.reporting.history.IndicatorHistory.Justification;
import id.sakip.reporting.history.IndicatorHistory.TargetRow;
import id.sakip.reporting.history.IndicatorHistory;
import id.sakip.reporting.history.YearValue;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;
import id.sakip.reporting.pelaporan.PelaporanKinerja;
import id.sakip.reporting.pelaporan.PelaporanQuery;
import id.sakip.reporting.projection.OpdProfile;
import id.sakip.reporting.projection.RuleBooks;
import id.sakip.reporting.renja.EvaluasiRenja.Closing;
import id.sakip.reporting.renja.EvaluasiRenja.Figure;
import id.sakip.reporting.renja.EvaluasiRenja.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Fills the Evaluasi Renja form from the read models with measurement's own rules (libs/capaian, the Pemda's
 * settings): a year's K is the year's own realisation, else its quarters aggregated by the indicator's aggregation;
 * the Renstra up to a year adds the years for SUM indicators and takes the latest year otherwise; its level (15) is
 * the capaian of that against the Renstra end target. Rp comes from the budget lines under each code.
 */
@Service
public class EvaluasiRenjaQuery {

    private static final int RENSTRA_REACH = 5;

    private final JdbcClient jdbc;
    private final PelaporanQuery pelaporan;
    private final IndicatorHistory history;
    private final RuleBooks ruleBooks;

    EvaluasiRenjaQuery(JdbcClient jdbc, PelaporanQuery pelaporan, IndicatorHistory history,
            RuleBooks ruleBooks) {
        this.jdbc = jdbc;
        this.pelaporan = pelaporan;
        this.history = history;
        this.ruleBooks = ruleBooks;
    }

    private record Meta(Polarity polarity, Aggregation aggregation, List<String> scale,
            DecreasingFormula decreasingFormula) {
    }

    private record CodeAmount(String code, BigDecimal amount) {
    }

    @Transactional(readOnly = true)
    public EvaluasiRenja of(String pemdaCode, String opdCode, int year) {
        PelaporanKinerja table = pelaporan.of(pemdaCode, opdCode, year);
        if (table.indicators().isEmpty() && table.budget().isEmpty()) {
            return new EvaluasiRenja(pemdaCode, opdCode, year, true, "Belum ada data kinerja maupun anggaran OPD "
                    + opdCode + " tahun " + year + " untuk dievaluasi.", null, null, List.of(),
                    new Closing(null, 0, null, null, List.of(), List.of(), List.of(), List.of()), table.capaianRules());
        }
        Map<UUID, TreeMap<Integer, TargetRow>> targets = history.targets(pemdaCode, opdCode, year - RENSTRA_REACH,
                year + RENSTRA_REACH);
        int[] span = renstraSpan(table, targets, year);
        Form form = new Form(year, span[0], span[1], targets,
                history.realisations(pemdaCode, opdCode, span[0], year, false),
                spentBefore(pemdaCode, opdCode, span[0], year), spentPerQuarter(pemdaCode, opdCode, year),
                ruleBooks.rulesFor(pemdaCode, year));
        List<Row> rows = new ArrayList<>();
        int no = 0;
        for (PelaporanKinerja.SasaranBlock block : table.table()) {
            no++;
            for (IndicatorRow iku : block.indicators()) {
                rows.add(form.row(no, block.sasaran(), "SASARAN", null, block.sasaran(), iku, null, true));
            }
            form.programs(no, block.sasaran(), block.programs(), rows);
        }
        Map<UUID, List<Justification>> justifications = history.justifications(pemdaCode, opdCode, year, false);
        return new EvaluasiRenja(pemdaCode, opdCode, year, false, rows.isEmpty() ? "Indikator dan anggaran OPD "
                + opdCode + " belum terhubung ke pohon kinerja: form mengikuti sasaran, program dan kegiatan." : null,
                span[0], span[1], rows, closing(rows, table, justifications, form.rules()), table.capaianRules());
    }

    /**
     * Who the form names: the OPD as planning published it, and its Kepala who draws the form up, his position
     * composed as every document composes it, name and NIP as the profile has them (null where not entered: written
     * by hand).
     */
    public record Signatory(String opdName, String jabatan, String name, String nip) {
    }

    @Transactional(readOnly = true)
    public Signatory signatory(String pemdaCode, String opdCode) {
        return jdbc.sql("SELECT opd_name, pemda_name, profile FROM rpt_opd WHERE pemda_code = ? AND opd_code = ?")
                .params(pemdaCode, opdCode)
                .query((rs, n) -> {
                    OpdProfile profile = EventCodec.mapper().readValue(rs.getString("profile"), OpdProfile.class);
                    var head = profile == null ? null : profile.head();
                    String opdName = rs.getString("opd_name");
                    return new Signatory(opdName, Jabatan.of(head == null ? null : head.title(), opdName,
                            rs.getString("pemda_name")), head == null ? null : blankToNull(head.name()),
                            head == null ? null : blankToNull(head.nip()));
                })
                .optional()
                .orElse(new Signatory("OPD " + opdCode, Jabatan.of(null, "OPD " + opdCode, null), null, null));
    }


    /**
     * The Renstra's years: those planning gives for the tujuan above the sasaran (the Renstra that holds this year),
     * else the years the OPD's indicators have targets for, around the year.
     */
    private static int[] renstraSpan(PelaporanKinerja table, Map<UUID, TreeMap<Integer, TargetRow>> targets,
            int year) {
        Integer known = null;
        Integer knownEnd = null;
        for (PelaporanKinerja.SasaranBlock block : table.table()) {
            if (block.renstraStart() != null && block.renstraStart() <= year && year <= block.renstraEnd()) {
                known = known == null ? block.renstraStart() : Math.min(known, block.renstraStart());
                knownEnd = knownEnd == null ? block.renstraEnd() : Math.max(knownEnd, block.renstraEnd());
            }
        }
        if (known != null) {
            return new int[] {known, knownEnd};
        }
        int start = year;
        int end = year;
        for (IndicatorRow indicator : table.indicators()) {
            for (Map.Entry<Integer, TargetRow> target : targets.getOrDefault(indicator.indicatorId(), new TreeMap<>())
                    .entrySet()) {
                if (target.getValue().present()) {
                    start = Math.min(start, target.getKey());
                    end = Math.max(end, target.getKey());
                }
            }
        }
        return new int[] {start, end};
    }

    /** Spending of the Renstra years before the year, per budget line code. */
    private List<CodeAmount> spentBefore(String pemdaCode, String opdCode, int from, int year) {
        return jdbc.sql("""
                SELECT sub_kegiatan_code, sum(realized) AS amount FROM rpt_budget_line
                WHERE pemda_code = ? AND opd_code = ? AND year >= ? AND year < ?
                GROUP BY sub_kegiatan_code""")
                .params(pemdaCode, opdCode, from, year)
                .query((rs, n) -> new CodeAmount(rs.getString("sub_kegiatan_code"), rs.getBigDecimal("amount")))
                .list();
    }

    /** The year's spending per triwulan (index 0-3), per budget line code. */
    private Map<Integer, List<CodeAmount>> spentPerQuarter(String pemdaCode, String opdCode, int year) {
        Map<Integer, List<CodeAmount>> quarters = new HashMap<>();
        jdbc.sql("""
                SELECT l.sub_kegiatan_code, s.quarter, s.amount FROM rpt_budget_spending s
                JOIN rpt_budget_line l ON l.id = s.budget_line_id
                WHERE l.pemda_code = ? AND l.opd_code = ? AND l.year = ?""")
                .params(pemdaCode, opdCode, year)
                .query(rs -> {
                    quarters.computeIfAbsent(rs.getInt("quarter") - 1, k -> new ArrayList<>())
                            .add(new CodeAmount(rs.getString("sub_kegiatan_code"), rs.getBigDecimal("amount")));
                });
        return quarters;
    }

    private static Closing closing(List<Row> rows, PelaporanKinerja table, Map<UUID, List<Justification>> notes,
            Rules rules) {
        List<BigDecimal> capaian = rows.stream().map(Row::capaianPercent).filter(c -> c != null).toList();
        BigDecimal average = capaian.isEmpty() ? null : capaian.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(capaian.size()), 2, RoundingMode.HALF_UP);
        Set<String> pendorong = new LinkedHashSet<>();
        Set<String> penghambat = new LinkedHashSet<>();
        Set<String> nextQuarter = new LinkedHashSet<>();
        Set<String> nextRenja = new LinkedHashSet<>();
        notes.values().forEach(list -> list.forEach(j -> {
            add(pendorong, j.faktorPendorong());
            add(penghambat, j.faktorPenghambat());
            add(j.period().length() == 4 ? nextRenja : nextQuarter, j.tindakLanjut());
        }));
        return new Closing(average, capaian.size(), average == null ? null : rules.ratingScale().rate(average).label(),
                table.totals().serapanPercent(), List.copyOf(pendorong), List.copyOf(penghambat),
                List.copyOf(nextQuarter), List.copyOf(nextRenja));
    }

    private static void add(Set<String> into, String text) {
        if (text != null && !text.isBlank()) {
            into.add(text.strip());
        }
    }

    /** What one form needs to fill its rows. */
    private record Form(int year, int start, int end, Map<UUID, TreeMap<Integer, TargetRow>> targets,
            Map<UUID, Map<Integer, List<RealizationCell>>> realisations, List<CodeAmount> spentBefore,
            Map<Integer, List<CodeAmount>> spentPerQuarter, Rules rules) {

        void programs(int no, String sasaran, List<ProgramRow> programs, List<Row> rows) {
            for (ProgramRow program : programs) {
                if (program.indicators().isEmpty()) {
                    rows.add(row(no, sasaran, program.kind(), program.code(), program.name(), null, program, true));
                }
                boolean first = true;
                for (IndicatorRow indicator : program.indicators()) {
                    // the money once per program, on its first indicator's line
                    rows.add(row(no, sasaran, program.kind(), program.code(), program.name(), indicator, program,
                            first));
                    first = false;
                }
                programs(no, sasaran, program.children(), rows);
            }
        }

        Row row(int no, String sasaran, String level, String code, String name, IndicatorRow indicator,
                ProgramRow money, boolean withMoney) {
            boolean rp = withMoney && money != null && money.pagu() != null;
            List<Figure> quarters = new ArrayList<>();
            for (int q = 0; q < 4; q++) {
                YearValue k = indicator == null ? YearValue.NONE : quarter(indicator, q + 1);
                quarters.add(figure(k, indicator, rp ? under(code, spentPerQuarter.getOrDefault(q, List.of()))
                        : null));
            }
            if (indicator == null) {
                BigDecimal before = rp ? under(code, spentBefore) : null;
                return new Row(no, sasaran, level, code, name, null, null, Figure.NONE, new Figure(null, null, before),
                        new Figure(null, null, rp ? money.pagu() : null), quarters,
                        new Figure(null, null, rp ? money.realized() : null), null,
                        rp ? money.serapanPercent() : null,
                        new Figure(null, null, rp ? sum(before, money.realized()) : null), null, null);
            }
            Meta m = new Meta(indicator.polarity(), indicator.aggregation(), indicator.scale(),
                    indicator.decreasingFormula());
            TreeMap<Integer, TargetRow> byYear = targets.getOrDefault(indicator.indicatorId(), new TreeMap<>());
            List<YearValue> past = new ArrayList<>();
            for (int y = start; y < year; y++) {
                past.add(yearValue(indicator.indicatorId(), y, m.aggregation()));
            }
            YearValue before = combine(past, m.aggregation());
            YearValue realized = yearValue(indicator.indicatorId(), year, m.aggregation());
            List<YearValue> all = new ArrayList<>(past);
            all.add(realized);
            YearValue toDate = combine(all, m.aggregation());
            TargetRow yearTarget = new TargetRow(indicator.target(), indicator.targetMin(), indicator.targetMax(),
                    indicator.targetCategory());
            // (13) against the year's target (SAKIP.md §7), not the latest quarter's cumulative target
            BigDecimal capaian = capaian(m, yearTarget, realized);
            RenstraTarget end = renstraTarget(m, byYear, indicator.unit());
            BigDecimal spentBefore = rp ? under(code, this.spentBefore) : null;
            return new Row(no, sasaran, level, code, name, indicator.name(), indicator.unit(),
                    end == null ? Figure.NONE : new Figure(end.target().value(), end.text(), null),
                    figure(before, indicator, spentBefore),
                    new Figure(indicator.target(), Figures.target(yearTarget, indicator.unit()).text(),
                            rp ? money.pagu() : null),
                    quarters, figure(realized, indicator, rp ? money.realized() : null), capaian,
                    rp ? money.serapanPercent() : null,
                    figure(toDate, indicator, rp ? sum(spentBefore, money.realized()) : null),
                    end == null ? null : capaian(m, end.target(), toDate), null);
        }

        /** The Renstra end target, and what it is printed as. */
        private record RenstraTarget(TargetRow target, String text) {
        }

        /**
         * (6): a level (LAST, AVERAGE) or a category is the target of the Renstra's last year with one; a count
         * (SUM) adds up the yearly targets of the Renstra, as its realisation (14) adds up the years.
         */
        private RenstraTarget renstraTarget(Meta m, TreeMap<Integer, TargetRow> byYear, String unit) {
            if (m.aggregation() == Aggregation.SUM) {
                BigDecimal total = null;
                for (Map.Entry<Integer, TargetRow> entry : byYear.subMap(start, true, end, true).entrySet()) {
                    if (entry.getValue().value() != null) {
                        total = total == null ? entry.getValue().value() : total.add(entry.getValue().value());
                    }
                }
                return total == null ? null : new RenstraTarget(new TargetRow(total, null, null, null),
                        Measure.withUnit(Indonesian.decimal(total), unit) + " (jumlah " + start + "-" + end + ")");
            }
            Map.Entry<Integer, TargetRow> last = endTarget(byYear);
            return last == null ? null : new RenstraTarget(last.getValue(),
                    Figures.target(last.getValue(), unit).text() + " (" + last.getKey() + ")");
        }

        /** A capaian by the Pemda's rules, as shown (within its cap); none when it cannot be computed. */
        private BigDecimal capaian(Meta m, TargetRow target, YearValue value) {
            if (!value.present() || !target.present()) {
                return null;
            }
            try {
                var capaian = rules.forIndicator(m.decreasingFormula()).evaluate(m.polarity(), m.scale(), target.toTarget(), value.number(),
                        value.category()).capaian();
                return capaian.status() == CapaianStatus.COMPUTED ? rules.shown(capaian.rounded()) : null;
            } catch (IllegalArgumentException notOnTheScale) {
                return null;
            }
        }

        private Map.Entry<Integer, TargetRow> endTarget(TreeMap<Integer, TargetRow> byYear) {
            for (Map.Entry<Integer, TargetRow> entry : byYear.descendingMap().entrySet()) {
                if (entry.getKey() <= end && entry.getKey() >= year && entry.getValue().present()) {
                    return entry;
                }
            }
            return null;
        }

        private YearValue quarter(IndicatorRow indicator, int quarter) {
            RealizationCell own = cell(indicator, year + "Q" + quarter);
            if (own != null) {
                return new YearValue(own.value(), own.category(), quarter);
            }
            return quarter == 4 ? fourthFromTheYear(indicator) : YearValue.NONE;
        }

        /**
         * TW IV of a year the operator entered as the year, not by triwulan: where the year ended for a level (LAST)
         * or a category; for a count (SUM) what the year adds to TW I-III when those three are there. An average, or
         * a count without its quarters, does not say what TW IV was: left empty.
         */
        private YearValue fourthFromTheYear(IndicatorRow indicator) {
            RealizationCell whole = cell(indicator, String.valueOf(year));
            if (whole == null) {
                return YearValue.NONE;
            }
            if (whole.category() != null || indicator.aggregation() == Aggregation.LAST) {
                return new YearValue(whole.value(), whole.category(), 4);
            }
            if (indicator.aggregation() != Aggregation.SUM || whole.value() == null) {
                return YearValue.NONE;
            }
            BigDecimal before = BigDecimal.ZERO;
            for (int q = 1; q <= 3; q++) {
                RealizationCell earlier = cell(indicator, year + "Q" + q);
                if (earlier == null || earlier.value() == null) {
                    return YearValue.NONE;
                }
                before = before.add(earlier.value());
            }
            return new YearValue(whole.value().subtract(before), null, 4);
        }

        private static RealizationCell cell(IndicatorRow indicator, String period) {
            return indicator.realizations().stream().filter(c -> c.period().equals(period)).findFirst().orElse(null);
        }

        /** The year's own realisation, else its quarters aggregated as measurement does. */
        private YearValue yearValue(UUID indicator, int y, Aggregation aggregation) {
            return YearValue.of(realisations.getOrDefault(indicator, Map.of()).getOrDefault(y, List.of()), y,
                    aggregation);
        }

        /** Years together: SUM adds them; a level (LAST, AVERAGE) or a category is the latest year's. */
        private static YearValue combine(List<YearValue> years, Aggregation aggregation) {
            YearValue latest = YearValue.NONE;
            BigDecimal sum = null;
            for (YearValue value : years) {
                if (value.present()) {
                    latest = value;
                    if (value.number() != null) {
                        sum = sum == null ? value.number() : sum.add(value.number());
                    }
                }
            }
            return aggregation == Aggregation.SUM && latest.category() == null ? new YearValue(sum, null, null)
                    : latest;
        }

        private static Figure figure(YearValue k, IndicatorRow indicator, BigDecimal rp) {
            String text = k.category() != null ? k.category() : k.number() == null ? null
                    : Measure.withUnit(Indonesian.decimal(k.number().setScale(2, RoundingMode.HALF_UP)),
                    indicator == null ? null : indicator.unit());
            return new Figure(k.number(), text, rp);
        }

        /** The money under a code: its own lines and every line whose code continues it. */
        private static BigDecimal under(String code, List<CodeAmount> amounts) {
            if (code == null) {
                return null;
            }
            BigDecimal total = null;
            for (CodeAmount amount : amounts) {
                if (amount.code() != null && (amount.code().equals(code) || amount.code().startsWith(code + "."))) {
                    total = total == null ? amount.amount() : total.add(amount.amount());
                }
            }
            return total;
        }

        private static BigDecimal sum(BigDecimal a, BigDecimal b) {
            if (a == null) {
                return b;
            }
            return b == null ? a : a.add(b);
        }
    }
}
