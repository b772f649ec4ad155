package id.sakip.reporting.lkjip;

import id.sakip.capaian.Rules;
import id.sakip.capaian.SpmCapaian;
import id.sakip.documents.Measure;
import id.sakip.events.Aggregation;
import id.sakip.events.CapaianStatus;
import id.sakip.events.EventCodec;
import id.sakip.reporting.agreement.AgreementReports;
import id.sakip.reporting.agreement.SignedAgreement;
import id.sakip.reporting.history.Figures;
import id.sakip.reporting.history.IndicatorHistory.Justification;
import id.sakip.reporting.history.IndicatorHistory.TargetRow;
import id.sakip.reporting.history.IndicatorHistory;
import id.sakip.reporting.history.YearValue;
import id.sakip.reporting.lkjip.Lkjip.Basis;
import id.sakip.reporting.lkjip.Lkjip.EndTarget;
import id.sakip.reporting.lkjip.Lkjip.IndicatorResult;
import id.sakip.reporting.lkjip.Lkjip.Organisation;
import id.sakip.reporting.lkjip.Lkjip.SasaranResult;
import id.sakip.reporting.lkjip.Lkjip.Summary;
import id.sakip.reporting.lkjip.Lkjip.YearFigure;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;
import id.sakip.reporting.pelaporan.PelaporanKinerja;
import id.sakip.reporting.pelaporan.PelaporanQuery;
import id.sakip.reporting.projection.OpdProfile;
import id.sakip.reporting.projection.RuleBooks;
import id.sakip.support.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Assembles the LKjIP from the read models: the Pelaporan Kinerja of the year (approved realisations only for the
 * official report), the OPD profile, every year's targets around the year, the realisations of the four years before
 * and the justifications the operators gave. Computes no capaian of its own: it shows measurement's.
 */
@Service
public class LkjipQuery {

    /** How many earlier years Bab III compares with. */
    static final int PREVIOUS_YEARS = 4;
    /** How far from the year a Renstra may reach (a Renstra is five or six years). */
    private static final int RENSTRA_REACH = 5;

    private final JdbcClient jdbc;
    private final PelaporanQuery pelaporan;
    private final AgreementReports agreements;
    private final IndicatorHistory history;
    private final RuleBooks ruleBooks;

    LkjipQuery(JdbcClient jdbc, PelaporanQuery pelaporan, AgreementReports agreements, IndicatorHistory history,
            RuleBooks ruleBooks) {
        this.jdbc = jdbc;
        this.pelaporan = pelaporan;
        this.agreements = agreements;
        this.history = history;
        this.ruleBooks = ruleBooks;
    }

    /** The report with the Perjanjian Kinerja its Lampiran prints. */
    public record WithAgreement(Lkjip report, SignedAgreement agreement) {
    }

    /** The Pemda's lambang for a paper's cover, a PNG; null when none was set. Read only where it is printed. */
    @Transactional(readOnly = true)
    public byte[] emblem(String pemdaCode) {
        return jdbc.sql("SELECT png FROM rpt_pemda_emblem WHERE pemda_code = ?").param(pemdaCode)
                .query((rs, n) -> rs.getBytes("png")).optional().orElse(null);
    }

    @Transactional(readOnly = true)
    public WithAgreement of(String pemdaCode, String opdCode, int year, Basis basis) {
        Organisation organisation = organisation(pemdaCode, opdCode);
        if (organisation == null && !knownOpd(pemdaCode, opdCode)) {
            throw ApiProblem.notFound("opd-not-found", "OPD " + opdCode + " pada Pemda " + pemdaCode
                    + " belum dikenal layanan laporan: belum ada profil, rencana, kinerja maupun anggarannya.");
        }
        boolean approvedOnly = basis == Basis.APPROVED;
        PelaporanKinerja table = pelaporan.of(pemdaCode, opdCode, year, approvedOnly);
        Map<UUID, TreeMap<Integer, TargetRow>> targets = history.targets(pemdaCode, opdCode, year - RENSTRA_REACH,
                year + RENSTRA_REACH);
        Map<UUID, Map<Integer, List<RealizationCell>>> past = history.realisations(pemdaCode, opdCode,
                year - PREVIOUS_YEARS, year - 1, approvedOnly);
        Map<UUID, List<Justification>> justifications = history.justifications(pemdaCode, opdCode, year,
                approvedOnly);
        Rules rules = ruleBooks.rulesFor(pemdaCode, year);
        Indicators results = new Indicators(year, targets, past, justifications, rules);

        List<SasaranResult> sasaran = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        for (PelaporanKinerja.SasaranBlock block : table.table()) {
            List<IndicatorResult> iku = block.indicators().stream()
                    .map(row -> results.of(row, block.renstraStart(), block.renstraEnd())).toList();
            iku.forEach(i -> placed.add(i.indicatorId()));
            sasaran.add(new SasaranResult(block.sasaranId(), block.misi(), block.tujuan(), block.sasaran(), iku,
                    block.programs()));
        }
        List<IndicatorResult> others = table.indicators().stream().filter(i -> !placed.contains(i.indicatorId()))
                .filter(i -> !linkedBelowSasaran(i, table)).map(row -> results.of(row, null, null)).toList();

        Set<Integer> renstraYears = new TreeSet<>();
        sasaran.forEach(s -> s.indicators().forEach(i -> i.renstraTargets().forEach(t -> renstraYears.add(t.year()))));

        List<IndicatorResult> all = new ArrayList<>();
        sasaran.forEach(s -> all.addAll(s.indicators()));
        all.addAll(others);
        Summary summary = summary(all, table.totals().serapanPercent(), justifications);
        Optional<SignedAgreement> agreement = agreements.latest(pemdaCode, opdCode, year);
        // any realisation of the year counts, also one of a program's indicator
        boolean empty = table.indicators().stream().allMatch(i -> i.realizations().isEmpty());
        boolean draft = table.indicators().stream().flatMap(i -> i.realizations().stream())
                .anyMatch(c -> !"APPROVED".equals(c.status()));
        String note = empty ? (approvedOnly
                ? "Belum ada realisasi kinerja tahun " + year + " yang disetujui Kepala OPD untuk OPD " + opdCode
                + ". LKjIP resmi hanya memuat data yang disetujui; basis=all menampilkan draf dari data yang ada."
                : "Belum ada realisasi kinerja tahun " + year + " untuk OPD " + opdCode + ".")
                : null;
        Lkjip report = new Lkjip(pemdaCode, opdCode, year, basis, empty, note, organisation,
                List.copyOf(renstraYears), sasaran, others, table.budget(), table.totals(), summary,
                agreement.map(a -> new Lkjip.Agreement(a.versionNo(), a.signedOn(), a.signatoryName())).orElse(null),
                draft, table.capaianRules(), rules.ratingScale().bounds(), spm(pemdaCode, opdCode, year),
                evaluation(pemdaCode, opdCode, year));
        return new WithAgreement(report, agreement.orElse(null));
    }

    /** The latest evaluation made final of a year up to this one, with its recommendations in their order. */
    private Lkjip.Evaluation evaluation(String pemdaCode, String opdCode, int year) {
        return jdbc.sql("""
                SELECT id, year, score, predikat, predikat_meaning FROM rpt_evaluation
                WHERE pemda_code = ? AND opd_code = ? AND year <= ? ORDER BY year DESC, version DESC LIMIT 1""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> new Lkjip.Evaluation(rs.getInt("year"), rs.getBigDecimal("score"),
                        rs.getString("predikat"), rs.getString("predikat_meaning"), jdbc.sql("""
                                SELECT area_name, text, owner, status FROM rpt_recommendation
                                WHERE evaluation_id = ? AND text IS NOT NULL ORDER BY due_date, area_name, text""")
                        .param(rs.getObject("id", UUID.class))
                        .query((r, m) -> new Lkjip.Recommendation(r.getString("area_name"), r.getString("text"),
                                r.getString("owner"), r.getString("status")))
                        .list()))
                .optional().orElse(null);
    }

    /** The year's SPM services that are not withdrawn, by code, each with its groups in their order. */
    private Lkjip.Spm spm(String pemdaCode, String opdCode, int year) {
        List<Lkjip.SpmService> services = jdbc.sql("""
                SELECT code, name, recipients, standard, indicator, groups FROM rpt_spm_service
                WHERE pemda_code = ? AND opd_code = ? AND year = ? AND NOT withdrawn ORDER BY code""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> {
                    List<Lkjip.SpmGroup> groups = new ArrayList<>();
                    for (var group : EventCodec.mapper().readTree(rs.getString("groups"))) {
                        groups.add(new Lkjip.SpmGroup(group.get("name").asString(), group.get("x").asLong(),
                                group.get("y").asLong()));
                    }
                    long x = groups.stream().mapToLong(Lkjip.SpmGroup::x).sum();
                    long y = groups.stream().mapToLong(Lkjip.SpmGroup::y).sum();
                    return new Lkjip.SpmService(rs.getString("code"), rs.getString("name"),
                            rs.getString("recipients"), rs.getString("standard"), rs.getString("indicator"),
                            List.copyOf(groups), x, y, SpmCapaian.percent(BigDecimal.valueOf(x), BigDecimal.valueOf(y)));
                })
                .list();
        long x = services.stream().mapToLong(Lkjip.SpmService::x).sum();
        long y = services.stream().mapToLong(Lkjip.SpmService::y).sum();
        return new Lkjip.Spm(services, x, y, SpmCapaian.percent(BigDecimal.valueOf(x), BigDecimal.valueOf(y)));
    }

    /** Indicators of programs and kegiatan show under their sasaran's programs, not again as loose ones. */
    private static boolean linkedBelowSasaran(IndicatorRow indicator, PelaporanKinerja table) {
        if (indicator.planNodeId() == null) {
            return false;
        }
        for (PelaporanKinerja.SasaranBlock block : table.table()) {
            if (contains(block.programs(), indicator.planNodeId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<PelaporanKinerja.ProgramRow> rows, UUID nodeId) {
        for (PelaporanKinerja.ProgramRow row : rows) {
            if (row.nodeId().equals(nodeId) || contains(row.children(), nodeId)) {
                return true;
            }
        }
        return false;
    }

    private static Summary summary(List<IndicatorResult> all, BigDecimal serapan,
            Map<UUID, List<Justification>> justifications) {
        int measured = (int) all.stream().filter(i -> i.realisasi() != null).count();
        int reached = (int) all.stream().filter(IndicatorResult::reached).count();
        List<BigDecimal> capaian = all.stream().filter(i -> i.capaianStatus() == CapaianStatus.COMPUTED)
                .map(IndicatorResult::capaianPercent).toList();
        BigDecimal average = capaian.isEmpty() ? null : capaian.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(capaian.size()), 2, RoundingMode.HALF_UP);
        Set<String> followUps = new LinkedHashSet<>();
        for (IndicatorResult indicator : all) {
            for (Justification j : indicator.justifications()) {
                if (j.tindakLanjut() != null) {
                    followUps.add(j.tindakLanjut().strip());
                }
            }
        }
        return new Summary(all.size(), measured, reached, average, serapan, List.copyOf(followUps));
    }

    private Organisation organisation(String pemdaCode, String opdCode) {
        return jdbc.sql("SELECT * FROM rpt_opd WHERE pemda_code = ? AND opd_code = ?").params(pemdaCode, opdCode)
                .query((rs, n) -> new Organisation(rs.getString("opd_name"), rs.getString("short_name"),
                        rs.getString("pemda_name"), rs.getString("province"), rs.getString("visi"),
                        EventCodec.mapper().readValue(rs.getString("profile"), OpdProfile.class)))
                .optional().orElse(null);
    }

    private boolean knownOpd(String pemdaCode, String opdCode) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM rpt_indicator WHERE pemda_code = ? AND opd_code = ?)
                    OR EXISTS (SELECT 1 FROM rpt_budget_line WHERE pemda_code = ? AND opd_code = ?)
                    OR EXISTS (SELECT 1 FROM rpt_plan_node WHERE pemda_code = ? AND opd_code = ?)
                    OR EXISTS (SELECT 1 FROM rpt_perjanjian_kinerja WHERE pemda_code = ? AND opd_code = ?)""")
                .params(pemdaCode, opdCode, pemdaCode, opdCode, pemdaCode, opdCode, pemdaCode, opdCode)
                .query(Boolean.class).single();
    }

    /** Turns the year's rows into Bab III's results. */
    private record Indicators(int year, Map<UUID, TreeMap<Integer, TargetRow>> targets,
            Map<UUID, Map<Integer, List<RealizationCell>>> past, Map<UUID, List<Justification>> justifications,
            Rules rules) {

        /**
         * @param renstraStart the first year of the Renstra the indicator's sasaran belongs to, when planning said so
         *                     (else the Renstra is taken to be the years with targets near this one)
         */
        IndicatorResult of(IndicatorRow row, Integer renstraStart, Integer renstraEnd) {
            TreeMap<Integer, TargetRow> byYear = targets.getOrDefault(row.indicatorId(), new TreeMap<>());
            TreeMap<Integer, TargetRow> ofRenstra = renstraStart == null || renstraEnd == null ? byYear
                    : new TreeMap<>(byYear.subMap(renstraStart, true, renstraEnd, true));
            List<YearFigure> renstra = new ArrayList<>();
            ofRenstra.forEach((y, t) -> renstra.add(new YearFigure(y, Figures.target(t, row.unit()), null, null)));
            List<YearFigure> previous = new ArrayList<>();
            Map<Integer, YearValue> values = new TreeMap<>();
            Map<Integer, List<RealizationCell>> pastCells = past.getOrDefault(row.indicatorId(), Map.of());
            for (int y = year - PREVIOUS_YEARS; y < year; y++) {
                List<RealizationCell> cells = pastCells.getOrDefault(y, List.of());
                YearValue value = YearValue.of(cells, y, row.aggregation());
                values.put(y, value);
                TargetRow target = byYear.get(y);
                if (!value.present() && (target == null || !target.present())) {
                    continue;
                }
                RealizationCell latest = cells.isEmpty() ? null : PelaporanQuery.latest(cells);
                previous.add(new YearFigure(y, target == null ? Measure.NONE : Figures.target(target, row.unit()),
                        Figures.year(value, row.unit()),
                        latest == null || latest.capaianStatus() != CapaianStatus.COMPUTED ? null
                                : latest.capaianPercent()));
            }
            // the year as measurement counts it (a count adds its quarters), with measurement's capaian "up to TW n"
            YearValue now = YearValue.of(row.realizations(), year, row.aggregation());
            values.put(year, now);
            RealizationCell latest = row.latest();
            EndTarget end = endTarget(row, ofRenstra, values);
            boolean reached = latest != null && latest.capaianStatus() == CapaianStatus.COMPUTED
                    && latest.capaianPercent().compareTo(BigDecimal.valueOf(100)) >= 0;
            return new IndicatorResult(row.indicatorId(), row.name(), row.unit(), row.polarity(),
                    Figures.target(new TargetRow(row.target(), row.targetMin(), row.targetMax(),
                            row.targetCategory()), row.unit()),
                    now.present() ? Figures.year(now, row.unit()) : null,
                    latest == null ? null : latest.period(),
                    latest == null ? null : latest.capaianPercent(),
                    latest == null ? null : latest.capaianUncappedPercent(),
                    latest == null ? null : latest.capaianStatus(),
                    latest == null ? null : latest.status(), reached, renstra, previous, end,
                    justifications.getOrDefault(row.indicatorId(), List.of()));
        }

        /**
         * The Renstra end target and whether it is met, by the capaian rules (polarity, ranges, the ordinal scale): a
         * level (LAST, AVERAGE) or a category against the target of the Renstra's last year with one; a count (SUM)
         * adds up the years' targets and the years' realisations since the Renstra's first target year.
         */
        private EndTarget endTarget(IndicatorRow row, TreeMap<Integer, TargetRow> byYear,
                Map<Integer, YearValue> values) {
            Map.Entry<Integer, TargetRow> last = byYear.lastEntry();
            while (last != null && !last.getValue().present()) {
                last = byYear.lowerEntry(last.getKey());
            }
            if (last == null || last.getKey() < year) {
                return null;
            }
            TargetRow target = last.getValue();
            YearValue reachedSoFar = values.get(year);
            Measure text = Figures.target(target, row.unit());
            if (row.aggregation() == Aggregation.SUM && target.value() != null) {
                int first = byYear.entrySet().stream().filter(e -> e.getValue().present()).findFirst()
                        .map(Map.Entry::getKey).orElse(year);
                BigDecimal total = BigDecimal.ZERO;
                for (var entry : byYear.subMap(first, true, last.getKey(), true).entrySet()) {
                    total = entry.getValue().value() == null ? total : total.add(entry.getValue().value());
                }
                BigDecimal done = null;
                for (int y = first; y <= year; y++) {
                    YearValue value = values.get(y);
                    if (value != null && value.number() != null) {
                        done = done == null ? value.number() : done.add(value.number());
                    }
                }
                target = new TargetRow(total, null, null, null);
                reachedSoFar = new YearValue(done, null, null);
                text = Measure.of(total, row.unit(), first == last.getKey() ? null
                        : "(jumlah " + first + "-" + last.getKey() + ")");
            }
            Boolean reached = null;
            if (reachedSoFar != null && reachedSoFar.present()) {
                try {
                    reached = rules.forIndicator(row.decreasingFormula()).evaluate(row.polarity(), row.scale(), target.toTarget(), reachedSoFar.number(),
                            reachedSoFar.category()).reached();
                } catch (IllegalArgumentException notOnTheScale) {
                    reached = null;
                }
            }
            String verdict = reached == null ? "Belum dapat dinilai"
                    : reached ? "Target akhir Renstra sudah tercapai" : "Target akhir Renstra belum tercapai";
            return new EndTarget(last.getKey(), text, reached, verdict);
        }
    }
}
