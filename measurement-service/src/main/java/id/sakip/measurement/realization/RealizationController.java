package id.sakip.measurement.realization;

import id.sakip.support.web.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/realizations")
@Tag(name = "Realisasi", description = "Realisasi indikator per triwulan atau tahun, dengan capaiannya")
class RealizationController {

    private final RealizationService realizations;

    RealizationController(RealizationService realizations) {
        this.realizations = realizations;
    }

    @PostMapping
    @Operation(summary = "Record a realisation of an indicator for a period",
            description = "The indicator must be known from planning's events (else 422 unknown-indicator). "
                    + "Indicator x OPD x period is unique (else 409 realization-exists). Capaian follows SAKIP §4 "
                    + "and is published in sakip.measurement.RealizationRecorded.v1.")
    ResponseEntity<RealizationView> record(@Valid @RequestBody RealizationRequest request) {
        RealizationView view = realizations.record(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/realizations?indicatorId=" + view.indicatorId()))
                .body(view);
    }

    @GetMapping
    @Operation(summary = "The realisations of an indicator, by period")
    List<RealizationView> ofIndicator(@RequestParam UUID indicatorId) {
        return realizations.ofIndicator(indicatorId);
    }
}
