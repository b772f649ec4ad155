package id.sakip.measurement.realization;

import id.sakip.support.web.Actors;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@Validated
@RequestMapping("/api/v1/realizations")
@Tag(name = "Realisasi", description = "Realisasi indikator per triwulan atau tahun, capaiannya, dan alur "
        + "pengajuan - verifikasi - persetujuan")
class RealizationController {

    private final Realizations realizations;

    RealizationController(Realizations realizations) {
        this.realizations = realizations;
    }

    @PostMapping
    @Operation(summary = "Record a realisation of an indicator for a period (as a draft)",
            description = "The indicator must be known from planning's events (else 422 unknown-indicator). "
                    + "Indicator x OPD x period is unique (else 409 realization-exists). A number, a category of an "
                    + "ORDINAL indicator's scale, or numerator with denominator for a percentage (else 422 "
                    + "invalid-realization-value); no period that has not begun (422 period-in-future), none in a "
                    + "locked period (409 period-locked). A quarter is compared with its cumulative target by the "
                    + "indicator's aggregation (SAKIP §4). Publishes sakip.measurement.RealizationRecorded.v1.")
    ResponseEntity<RealizationView> record(@Valid @RequestBody RealizationRequest request) {
        RealizationView view = realizations.record(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/realizations/" + view.id())).eTag(etag(view)).body(view);
    }

    @GetMapping
    @Operation(summary = "The realisations of an indicator, by period")
    List<RealizationView> ofIndicator(@RequestParam UUID indicatorId) {
        return realizations.ofIndicator(indicatorId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One realisation; its ETag is the version If-Match names")
    ResponseEntity<RealizationView> get(@PathVariable UUID id) {
        RealizationView view = realizations.get(id);
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the value of a draft or returned realisation, with a reason",
            description = "If-Match with the version read is required (428 if-match-required); a stale version gets "
                    + "409 concurrent-modification, never a lost update. A realisation under review or approved "
                    + "gets 409 transition-not-allowed. The change returns it to draft and is kept in the audit "
                    + "trail with the reason.")
    ResponseEntity<RealizationView> change(@PathVariable UUID id, @Valid @RequestBody RealizationRequest.Change change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RealizationView view = realizations.change(id, change, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit for verification (the bidang's operator)",
            description = "From draft or returned. Below target or rated below Tinggi needs faktorPenghambat and "
                    + "tindakLanjut, above target faktorPendorong (else 422 justification-required). Publishes "
                    + "sakip.measurement.RealizationStatusChanged.v1 (SUBMITTED). Requires If-Match with the version "
                    + "read (428 if-match-required).")
    ResponseEntity<RealizationView> submit(@PathVariable UUID id,
            @Valid @RequestBody RealizationRequest.Submission submission,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RealizationView view = realizations.submit(id, submission, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Verify a submitted realisation (Kepala Bidang), with an optional note",
            description = "409 transition-not-allowed unless submitted. Requires If-Match with the version read (428 "
                    + "if-match-required, 409 concurrent-modification when stale). Publishes RealizationStatusChanged "
                    + "(VERIFIED).")
    ResponseEntity<RealizationView> verify(@PathVariable UUID id, @Valid @RequestBody RealizationRequest.Review review,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RealizationView view = realizations.verify(id, review, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Return a submitted or verified realisation to the operator, with a note",
            description = "Requires If-Match with the version read (428 if-match-required, 409 "
                    + "concurrent-modification when stale). Publishes RealizationStatusChanged (REJECTED).")
    ResponseEntity<RealizationView> reject(@PathVariable UUID id, @Valid @RequestBody RealizationRequest.Review review,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RealizationView view = realizations.reject(id, review, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The audit trail of a realisation: who, when, before, after, why")
    List<AuditEntry> history(@PathVariable UUID id) {
        return realizations.history(id);
    }

    @GetMapping("/indicators/{indicatorId}/years/{year}")
    @Operation(summary = "An indicator's year: its quarters with cumulative capaian, and the year by its aggregation")
    YearView year(@PathVariable UUID indicatorId, @PathVariable @jakarta.validation.constraints.Min(2000)
            @jakarta.validation.constraints.Max(2100) int year) {
        return realizations.year(indicatorId, year);
    }

    private static String etag(RealizationView view) {
        return "\"" + view.version() + "\"";
    }
}
