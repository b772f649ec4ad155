package id.sakip.planning.indicator;

import id.sakip.capaian.IndicatorDefaults;
import id.sakip.events.Aggregation;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;
import id.sakip.planning.organisation.Organisations;
import id.sakip.planning.plan.NodeKind;
import id.sakip.planning.plan.PlanNode;
import id.sakip.planning.plan.PlanNodes;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Defines indicators and revises their targets; publishes every state (IndicatorDefined, a higher version per
 * change) for the other services. Every target change is audited: who, when, old, new, why.
 */
@Service
public class IndicatorService {

    private final IndicatorRepository repository;
    private final PlanNodes nodes;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorService(IndicatorRepository repository, PlanNodes nodes, Organisations organisations,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.nodes = nodes;
        this.organisations = organisations;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public IndicatorView define(IndicatorRequest request, String actor) {
        organisations.requireOpd(request.pemdaCode(), request.opdCode());
        if (request.bidangCode() != null) {
            organisations.requireBidang(request.pemdaCode(), request.opdCode(), request.bidangCode());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TargetType type = TargetRules.typeFor(request.polarity(), request.targetType());
        List<String> scale = request.scale() == null ? List.of() : request.scale().stream().map(String::strip).toList();
        TargetRules.checkShape(request.polarity(), type, scale, errors);
        if (request.decreasingFormula() != null && request.polarity() != Polarity.DECREASING) {
            errors.put("decreasingFormula", "rumus sendiri hanya untuk indikator penurunan (DECREASING)");
        }
        if (request.planNodeId() != null) {
            PlanNode node = nodes.find(request.planNodeId()).orElse(null);
            if (node == null) {
                errors.put("planNodeId", "simpul pohon kinerja tidak ditemukan");
            } else if (node.kind() == NodeKind.VISI || node.kind() == NodeKind.MISI) {
                errors.put("planNodeId", "indikator diukur pada tujuan, sasaran, program, kegiatan, sub kegiatan "
                        + "atau aksi, bukan pada " + node.kind());
            } else if (!node.pemdaCode().equals(request.pemdaCode())
                    || (node.opdCode() != null && !node.opdCode().equals(request.opdCode()))) {
                errors.put("planNodeId", "simpul pohon kinerja milik Pemda atau OPD lain");
            }
        }
        List<YearTarget> targets = new ArrayList<>();
        if (errors.isEmpty()) {
            for (int i = 0; i < request.targets().size(); i++) {
                var t = request.targets().get(i);
                YearTarget target = TargetRules.check(t.year(), t.value(), t.min(), t.max(), t.category(), type, scale,
                        "targets[" + i + "]", errors);
                if (target != null) {
                    targets.add(target);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("target-type-mismatch", "Indikator atau targetnya tidak sesuai jenisnya: "
                    + String.join("; ", errors.values()) + ".", errors);
        }
        targets.sort(Comparator.comparingInt(YearTarget::year));
        Aggregation aggregation = TargetRules.aggregationFor(request.unit(), request.polarity(), request.aggregation());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var indicator = new IndicatorView(UUID.randomUUID(),
                new OrgRef(request.pemdaCode(), request.opdCode(), request.bidangCode()),
                request.name().strip(), request.unit().strip(), request.polarity(), type, aggregation, scale,
                request.planNodeId(), Boolean.TRUE.equals(request.iku()), blankToNull(request.definition()),
                blankToNull(request.dataSource()), blankToNull(request.numerator()),
                blankToNull(request.denominator()), List.copyOf(targets), 1, actor, now, request.decreasingFormula(),
                request.negativeAllowed() != null ? request.negativeAllowed()
                        : IndicatorDefaults.negativeAllowed(request.name(), request.unit()),
                request.percentage() != null ? request.percentage() : IndicatorDefaults.percentage(request.unit()));
        repository.insert(indicator);
        publish(indicator, now, actor);
        return indicator;
    }

    /**
     * Sets one year's target, audited, and publishes the indicator's new state.
     *
     * @param expectedVersion the version the user edited (If-Match), required
     */
    @Transactional
    public IndicatorView reviseTarget(UUID id, int year, TargetRevision revision, Long expectedVersion, String actor) {
        IndicatorView indicator = get(id);
        long version = IfMatch.require(expectedVersion, "indikator");
        if (year < 2000 || year > 2100) {
            throw ApiProblem.unprocessable("validation", "Tahun di luar rentang 2000-2100.",
                    Map.of("year", "tahun di luar rentang 2000-2100"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        YearTarget target = TargetRules.check(year, revision.value(), revision.min(), revision.max(),
                revision.category(), indicator.targetType(), indicator.scale(), "target", errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("target-type-mismatch", "Target tidak sesuai jenis indikator: "
                    + String.join("; ", errors.values()) + ".", errors);
        }
        if (!repository.bumpVersion(id, version)) {
            throw ApiProblem.conflict("concurrent-modification", "Indikator ini baru saja diubah pengguna lain "
                    + "(versi " + indicator.version() + "). Muat ulang lalu ulangi perubahan Anda.");
        }
        YearTarget old = indicator.targets().stream().filter(t -> t.year() == year).findFirst().orElse(null);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        repository.putTarget(id, target);
        repository.audit(id, new TargetChange(year, old, target, revision.reason().strip(), actor, now));
        IndicatorView revised = get(id);
        publish(revised, now, actor);
        return revised;
    }

    /**
     * Sets a DECREASING indicator's own capaian formula (null: the Pemda's rule), audited with the reason, and
     * publishes the indicator's new state; measurement computes its realisations again.
     *
     * @param expectedVersion the version the user edited (If-Match), required
     */
    @Transactional
    public IndicatorView reviseFormula(UUID id, FormulaRevision revision, Long expectedVersion, String actor) {
        IndicatorView indicator = get(id);
        if (indicator.polarity() != Polarity.DECREASING) {
            throw ApiProblem.unprocessable("formula-not-applicable", "Rumus sendiri hanya untuk indikator "
                    + "penurunan; '" + indicator.name() + "' berpolaritas " + indicator.polarity() + ".",
                    Map.of("decreasingFormula", "hanya untuk indikator penurunan (DECREASING)"));
        }
        IfMatch.require(expectedVersion, "indikator");
        if (!repository.bumpVersion(id, expectedVersion)) {
            throw ApiProblem.conflict("concurrent-modification", "Indikator ini baru saja diubah pengguna lain "
                    + "(versi " + indicator.version() + "). Muat ulang lalu ulangi perubahan Anda.");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        repository.setDecreasingFormula(id, revision.decreasingFormula());
        repository.auditRule(id, new RuleChange("DECREASING_FORMULA",
                indicator.decreasingFormula() == null ? null : indicator.decreasingFormula().name(),
                revision.decreasingFormula() == null ? null : revision.decreasingFormula().name(),
                revision.reason().strip(), actor, now));
        IndicatorView revised = get(id);
        publish(revised, now, actor);
        return revised;
    }

    @Transactional(readOnly = true)
    public List<RuleChange> ruleAuditOf(UUID id) {
        get(id);
        return repository.ruleAuditOf(id);
    }

    @Transactional(readOnly = true)
    public List<TargetChange> auditOf(UUID id) {
        get(id);
        return repository.auditOf(id);
    }

    /** Whether the node is one of the Pemda's own levels (no OPD): its indicators are the Pemda's IKU. */
    @Transactional(readOnly = true)
    public boolean isPemdaNode(UUID planNodeId) {
        return planNodeId != null && nodes.find(planNodeId).map(node -> node.opdCode() == null).orElse(false);
    }

    @Transactional(readOnly = true)
    public IndicatorView get(UUID id) {
        return repository.find(id).orElseThrow(() -> ApiProblem.notFound("indicator-not-found",
                "Indikator " + id + " tidak ditemukan."));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<IndicatorView> find(UUID id) {
        return repository.find(id);
    }

    /**
     * The target the user gave for one year, if it fits the indicator's type (as for the Renstra: a value, a range
     * or a category of its scale; all empty is N/A), else null with the problem put under {@code field}.
     */
    public YearTarget checkTarget(IndicatorView indicator, int year, java.math.BigDecimal value,
            java.math.BigDecimal min, java.math.BigDecimal max, String category, String field,
            Map<String, String> errors) {
        return TargetRules.check(year, value, min, max, category, indicator.targetType(), indicator.scale(), field,
                errors);
    }

    @Transactional(readOnly = true)
    public List<IndicatorView> list(String pemdaCode, String opdCode) {
        return repository.findAll(pemdaCode, opdCode);
    }

    /** Every indicator of a Pemda (all its OPD), with targets: for the tree and the Renstra matrix. */
    @Transactional(readOnly = true)
    public List<IndicatorView> allOf(String pemdaCode) {
        return repository.findAll(pemdaCode, null);
    }

    private void publish(IndicatorView indicator, Instant now, String actor) {
        events.publishEvent(new IndicatorDefined(UUID.randomUUID(), now, indicator.version(), indicator.id(),
                indicator.org(), indicator.name(), indicator.unit(), indicator.polarity(), indicator.targets(), actor,
                indicator.targetType(), indicator.aggregation(), indicator.scale(), indicator.planNodeId(),
                indicator.decreasingFormula(), indicator.negativeAllowed(), indicator.percentage()));
    }
}
