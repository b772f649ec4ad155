package id.sakip.planning.indicator;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Actors;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indikator", description = "Indikator kinerja dan target tahunannya")
class IndicatorController {

    private final IndicatorService indicators;

    private final Access access;

    IndicatorController(IndicatorService indicators, Access access) {
        this.indicators = indicators;
        this.access = access;
    }

    /** An OPD's perencana plans its indicators; Bappeda too where the indicator is one of the Pemda's (its IKU). */
    private void requirePlanning(String pemdaCode, String opdCode, boolean ofPemdaNode) {
        Owner owner = Owner.opd(pemdaCode, opdCode);
        if (ofPemdaNode) {
            access.requireAny(owner, Permission.PLAN_OPD, Permission.PLAN_PEMDA);
        } else {
            access.require(Permission.PLAN_OPD, owner);
        }
    }

    @PostMapping
    @Operation(summary = "Define an indicator with its yearly targets",
            description = "Publishes sakip.planning.IndicatorDefined.v1. Polarity is stated, never guessed. "
                    + "Targets fit the target type: value (NUMBER), min and max (RANGE), a category of the scale "
                    + "(CATEGORY, for ORDINAL indicators); all empty means N/A for that year. 422 "
                    + "target-type-mismatch with field errors targets[i]. The OPD (and bidang, when given) must be "
                    + "registered first: 422 unknown-opd / unknown-bidang. Stated, not guessed: decreasingFormula "
                    + "(DECREASING only; absent: the Pemda's rule), negativeAllowed and percentage (absent: what the "
                    + "name and unit suggest, kept as stated).")
    ResponseEntity<IndicatorView> define(@Valid @RequestBody IndicatorRequest request) {
        requirePlanning(request.pemdaCode(), request.opdCode(), indicators.isPemdaNode(request.planNodeId()));
        IndicatorView created = indicators.define(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id())).body(created);
    }

    @PutMapping("/{id}/targets/{year}")
    @Operation(summary = "Revise one year's target, with the reason",
            description = "The target must fit the indicator's type (422 target-type-mismatch); a reason is "
                    + "required. Requires If-Match with the version edited (428 if-match-required, 409 "
                    + "concurrent-modification when someone changed it first). Audited; publishes IndicatorDefined with the next version.")
    IndicatorView reviseTarget(@PathVariable UUID id, @PathVariable int year,
            @Valid @RequestBody TargetRevision revision,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        IndicatorView indicator = indicators.get(id);
        requirePlanning(indicator.org().pemdaCode(), indicator.org().opdCode(),
                indicators.isPemdaNode(indicator.planNodeId()));
        return indicators.reviseTarget(id, year, revision, IfMatch.version(ifMatch), Actors.current());
    }

    @PutMapping("/{id}/decreasing-formula")
    @Operation(summary = "Set a DECREASING indicator's own capaian formula, with the reason",
            description = "decreasingFormula TWO_T_MINUS_R ((2T - R) / T x 100) or T_OVER_R (T / R x 100); null "
                    + "returns it to the Pemda's rule. Requires If-Match with the version edited (428 "
                    + "if-match-required, 409 concurrent-modification); 422 formula-not-applicable for an indicator "
                    + "that is not DECREASING. Audited (rule-audit); publishes IndicatorDefined with the next version, "
                    + "and measurement computes the indicator's realisations again (approved periods keep theirs "
                    + "until unlocked).")
    IndicatorView reviseFormula(@PathVariable UUID id, @Valid @RequestBody FormulaRevision revision,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        IndicatorView indicator = indicators.get(id);
        requirePlanning(indicator.org().pemdaCode(), indicator.org().opdCode(),
                indicators.isPemdaNode(indicator.planNodeId()));
        return indicators.reviseFormula(id, revision, IfMatch.version(ifMatch), Actors.current());
    }

    @GetMapping("/{id}/rule-audit")
    @Operation(summary = "The audit trail of an indicator's stated rules (its own formula): who, when, old, new, why")
    List<RuleChange> ruleAudit(@PathVariable UUID id) {
        access.require(Permission.READ_OPD, Owner.of(indicators.get(id).org()));
        return indicators.ruleAuditOf(id);
    }

    @GetMapping("/{id}/target-audit")
    @Operation(summary = "The audit trail of an indicator's targets: who, when, old, new, why")
    List<TargetChange> audit(@PathVariable UUID id) {
        access.require(Permission.READ_OPD, Owner.of(indicators.get(id).org()));
        return indicators.auditOf(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One indicator with its targets")
    IndicatorView get(@PathVariable UUID id) {
        IndicatorView indicator = indicators.get(id);
        access.require(Permission.READ_OPD, Owner.of(indicator.org()));
        return indicator;
    }

    @GetMapping
    @Operation(summary = "The indicators of an OPD")
    List<IndicatorView> list(@RequestParam String pemdaCode, @RequestParam String opdCode) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return indicators.list(pemdaCode, opdCode);
    }
}
