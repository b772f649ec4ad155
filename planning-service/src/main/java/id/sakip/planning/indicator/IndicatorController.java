package id.sakip.planning.indicator;

import id.sakip.support.web.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
                    + "A target value may be null for a year without a target (N/A).")
    ResponseEntity<IndicatorView> define(@Valid @RequestBody IndicatorRequest request) {
        IndicatorView created = indicators.define(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id())).body(created);
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
