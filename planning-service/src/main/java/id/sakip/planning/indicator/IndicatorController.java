package id.sakip.planning.indicator;

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

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @PostMapping
    @Operation(summary = "Define an indicator with its yearly targets",
            description = "Publishes sakip.planning.IndicatorDefined.v1. Polarity is stated, never guessed. "
                    + "Targets fit the target type: value (NUMBER), min and max (RANGE), a category of the scale "
                    + "(CATEGORY, for ORDINAL indicators); all empty means N/A for that year. 422 "
                    + "target-type-mismatch with field errors targets[i]. The OPD (and bidang, when given) must be "
                    + "registered first: 422 unknown-opd / unknown-bidang.")
    ResponseEntity<IndicatorView> define(@Valid @RequestBody IndicatorRequest request) {
        IndicatorView created = indicators.define(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id())).body(created);
    }

    @PutMapping("/{id}/targets/{year}")
    @Operation(summary = "Revise one year's target, with the reason",
            description = "The target must fit the indicator's type (422 target-type-mismatch); a reason is "
                    + "required. If-Match carries the version edited (409 concurrent-modification when someone "
                    + "changed it first). Audited; publishes IndicatorDefined with the next version.")
    IndicatorView reviseTarget(@PathVariable UUID id, @PathVariable int year,
            @Valid @RequestBody TargetRevision revision,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return indicators.reviseTarget(id, year, revision, IfMatch.version(ifMatch), Actors.current());
    }

    @GetMapping("/{id}/target-audit")
    @Operation(summary = "The audit trail of an indicator's targets: who, when, old, new, why")
    List<TargetChange> audit(@PathVariable UUID id) {
        return indicators.auditOf(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One indicator with its targets")
    IndicatorView get(@PathVariable UUID id) {
        return indicators.get(id);
    }

    @GetMapping
    @Operation(summary = "The indicators of an OPD")
    List<IndicatorView> list(@RequestParam String pemdaCode, @RequestParam String opdCode) {
        return indicators.list(pemdaCode, opdCode);
    }
}
