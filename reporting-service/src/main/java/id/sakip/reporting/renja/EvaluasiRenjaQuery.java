package id.sakip.reporting.renja;

import id.sakip.capaian.CapaianSettings;
import id.sakip.capaian.Cumulative;
import id.sakip.capaian.Rules;
import id.sakip.events.Aggregation;
import id.sakip.events.CapaianStatus;
import id.sakip.events.EventCodec;
import id.sakip.events.Polarity;
import id.sakip.reporting.Indonesian;
import id.sakip.reporting.history.Figures;
import id.sakip.reporting.history.IndicatorHistory;
import id.sakip.reporting.history.IndicatorHistory.Justification;
import id.sakip.reporting.history.IndicatorHistory.TargetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;
import id.sakip.reporting.pelaporan.PelaporanQuery;
import id.sakip.reporting.renja.EvaluasiRenja.Closing;
import id.sakip.reporting.renja.EvaluasiRenja.Figure;
import id.sakip.reporting.renja.EvaluasiRenja.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

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
    private final CapaianSettings settings;

    EvaluasiRenjaQuery(JdbcClient jdbc, PelaporanQuery pelaporan, IndicatorHistory history,
            CapaianSettings settings) {
        this.jdbc = jdbc;
        this.pelaporan = pelaporan;
        this.history = history;
        this.settings = settings;
    }

    private record Meta(Polarity polarity, Aggregation aggregation, List<String> scale) {
    }

    /** A year's K: a number or a category. */
    private record Value(BigDecimal number, String category) {
        static final Value NONE = new Value(null, null);

        boolean present() {
            return number != null || category != null;
        }
    }

    private record CodeAmount(String code, BigDecimal amount) {
    }

    @Transactional(readOnly = true)
    public EvaluasiRenja of(String pemdaCode, String opdCode, int year) {
        PelaporanKinerja table = pelaporan.of(pemdaCode, opdCode, year);
        if (table.indicators().isEmpty() && table.budget().isEmpty()) {
            return new EvaluasiRenja(pemdaCode, opdCode, year, true, "Belum ada data kinerja maupun anggaran OPD "
                    + opdCode + " tahun " + year + " untuk dievaluasi.", null, null, List.of(),
                    new Closing(null, null, null, List.of(), List.of(), List.of(), List.of()));
        }
        Map<UUID, TreeMap<Integer, TargetRow>> targets = history.targets(pemdaCode, opdCode, year - RENSTRA_REACH,
                year + RENSTRA_REACH);
        int[] span = renstraSpan(table, targets, year);
        Form form = new Form(year, span[0], span[1], meta(pemdaCode, opdCode), targets,
                history.realisations(pemdaCode, opdCode, span[0], year, false),
                spentBefore(pemdaCode, opdCode, span[0], year), spentPerQuarter(pemdaCode, opdCode, year),
                settings.rulesOf(pemdaCode));
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
                span[0], span[1], rows, closing(rows, table, justifications, form.rules()));
    }

    /** The OPD's name as planning published it, for the form's heading. */
    @Transactional(readOnly = true)
    public String opdName(String pemdaCode, String opdCode) {
        return jdbc.sql("SELECT opd_name FROM rpt_opd WHERE pemda_code = ? AND opd_code = ?")
                .params(pemdaCode, opdCode).query(String.class).optional().orElse("OPD " + opdCode);
    }

    /** The Renstra's years: those the OPD's indicators have targets for, around the year. */
    private static int[] renstraSpan(PelaporanKinerja table, Map<UUID, TreeMap<Integer, TargetRow>> targets,
            int year) {
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

    private Map<UUID, Meta> meta(String pemdaCode, String opdCode) {
        Map<UUID, Meta> meta = new HashMap<>();
        jdbc.sql("SELECT id, polarity, aggregation, scale FROM rpt_indicator WHERE pemda_code = ? AND opd_code = ?")
                .params(pemdaCode, opdCode)
                .query(rs -> {
                    meta.put(rs.getObject("id", UUID.class), new Meta(Polarity.valueOf(rs.getString("polarity")),
                            Aggregation.valueOf(rs.getString("aggregation")), EventCodec.mapper().readValue(
                            rs.getString("scale"), new TypeReference<List<String>>() { })));
                });
        return meta;
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
        return new Closing(average, average == null ? null : rules.ratingScale().rate(average).label(),
                table.totals().serapanPercent(), List.copyOf(pendorong), List.copyOf(penghambat),
                List.copyOf(nextQuarter), List.copyOf(nextRenja));
    }

    private static void add(Set<String> into, String text) {
        if (text != null && !text.isBlank()) {
            into.add(text.strip());
        }
    }

    /** What one form needs to fill its rows. */
    private record Form(int year, int start, int end, Map<UUID, Meta> meta,
            Map<UUID, TreeMap<Integer, TargetRow>> targets,
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
                Value k = indicator == null ? Value.NONE : quarter(indicator, q + 1);
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
            Meta m = meta.getOrDefault(indicator.indicatorId(), new Meta(indicator.polarity(), Aggregation.LAST,
                    List.of()));
            TreeMap<Integer, TargetRow> byYear = targets.getOrDefault(indicator.indicatorId(), new TreeMap<>());
            Map.Entry<Integer, TargetRow> end = endTarget(byYear);
            List<Value> past = new ArrayList<>();
            for (int y = start; y < year; y++) {
                past.add(yearValue(indicator.indicatorId(), y, m.aggregation()));
            }
            Value before = combine(past, m.aggregation());
            Value realized = yearValue(indicator.indicatorId(), year, m.aggregation());
            List<Value> all = new ArrayList<>(past);
            all.add(realized);
            Value toDate = combine(all, m.aggregation());
            RealizationCell latest = indicator.latest();
            BigDecimal capaian = latest != null && latest.capaianStatus() == CapaianStatus.COMPUTED
                    ? latest.capaianPercent() : null;
            BigDecimal spentBefore = rp ? under(code, this.spentBefore) : null;
            return new Row(no, sasaran, level, code, name, indicator.name(), indicator.unit(),
                    end == null ? Figure.NONE : new Figure(end.getValue().value(),
                            Figures.target(end.getValue(), indicator.unit()) + " (" + end.getKey() + ")", null),
                    figure(before, indicator, spentBefore),
                    new Figure(indicator.target(), Figures.target(new TargetRow(indicator.target(),
                            indicator.targetMin(), indicator.targetMax(), indicator.targetCategory()),
                            indicator.unit()), rp ? money.pagu() : null),
                    quarters, figure(realized, indicator, rp ? money.realized() : null), capaian,
                    rp ? money.serapanPercent() : null,
                    figure(toDate, indicator, rp ? sum(spentBefore, money.realized()) : null),
                    end == null ? null : renstraLevel(m, end.getValue(), toDate), null);
        }

        /** (15): the capaian of the Renstra realisation so far against its end target, by the Pemda's rules. */
        private BigDecimal renstraLevel(Meta m, TargetRow end, Value toDate) {
            if (!toDate.present()) {
                return null;
            }
            try {
                return rules.evaluate(m.polarity(), m.scale(), end.toTarget(), toDate.number(), toDate.category())
                        .capaian().rounded();
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

        private Value quarter(IndicatorRow indicator, int quarter) {
            String period = year + "Q" + quarter;
            return indicator.realizations().stream().filter(c -> c.period().equals(period)).findFirst()
                    .map(c -> new Value(c.value(), c.category())).orElse(Value.NONE);
        }

        /** The year's own realisation, else its quarters aggregated as measurement does. */
        private Value yearValue(UUID indicator, int y, Aggregation aggregation) {
            List<RealizationCell> cells = realisations.getOrDefault(indicator, Map.of()).getOrDefault(y, List.of());
            for (RealizationCell cell : cells) {
                if (cell.period().length() == 4) {
                    return new Value(cell.value(), cell.category());
                }
            }
            List<BigDecimal> numbers = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                String period = y + "Q" + q;
                RealizationCell cell = cells.stream().filter(c -> c.period().equals(period)).findFirst().orElse(null);
                numbers.add(cell == null ? null : cell.value());
                categories.add(cell == null ? null : cell.category());
            }
            String category = Cumulative.lastCategory(categories);
            return category != null ? new Value(null, category) : new Value(Cumulative.of(aggregation, numbers), null);
        }

        /** Years together: SUM adds them; a level (LAST, AVERAGE) or a category is the latest year's. */
        private static Value combine(List<Value> years, Aggregation aggregation) {
            Value latest = Value.NONE;
            BigDecimal sum = null;
            for (Value value : years) {
                if (value.present()) {
                    latest = value;
                    if (value.number() != null) {
                        sum = sum == null ? value.number() : sum.add(value.number());
                    }
                }
            }
            return aggregation == Aggregation.SUM && latest.category() == null ? new Value(sum, null) : latest;
        }

        private static Figure figure(Value k, IndicatorRow indicator, BigDecimal rp) {
            String text = k.category() != null ? k.category() : k.number() == null ? null
                    : Figures.withUnit(Indonesian.decimal(k.number().setScale(2, RoundingMode.HALF_UP)),
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
