package id.sakip.evaluation.evaluation;

import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
@RequestMapping("/api/v1/evaluations")
@Tag(name = "Evaluasi SAKIP", description = "Evaluasi internal SAKIP OPD (LKE PermenPANRB 88/2021): penilaian "
        + "mandiri, penilaian evaluator, nilai dan predikat")
class EvaluationController {

    private static final String CRITERION = "[0-9A-Za-z][0-9A-Za-z.-]{0,19}";
    private static final String CRITERION_MESSAGE = "kode kriteria seperti 1.a.1";

    private final Evaluations evaluations;

    EvaluationController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping
    @Operation(summary = "Open the evaluation of an OPD for a year",
            description = "By the Inspektorat (EVALUATE_SAKIP) or the OPD starting its self-assessment "
                    + "(SELF_ASSESS_SAKIP). frameworkCode defaults to PERMENPANRB-88-2021; one evaluation per OPD "
                    + "and year (409 evaluation-exists). ETag: the version for If-Match.")
    ResponseEntity<EvaluationView> open(@Valid @RequestBody EvaluationRequests.Open request) {
        EvaluationView view = evaluations.open(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + view.id())).eTag(etag(view)).body(view);
    }

    @GetMapping
    @Operation(summary = "The evaluations of an OPD, newest year first")
    List<EvaluationView.Summary> list(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam(required = false) @Min(value = 2000, message = "tahun 2000-2100") @Max(value = 2100, message = "tahun 2000-2100") Integer year) {
        return evaluations.list(pemdaCode, opdCode, year);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One evaluation: its state, every criterion with both answers, both scorecards")
    ResponseEntity<EvaluationView> get(@PathVariable UUID id) {
        EvaluationView view = evaluations.get(id);
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The evaluation's audit trail: every answer and step with who and when")
    List<EvaluationView.AuditRow> history(@PathVariable UUID id) {
        return evaluations.history(id);
    }

    @PutMapping("/{id}/criteria/{criterion}/self-assessment")
    @Operation(summary = "The OPD's answer to a criterion (grade, note, evidence) while the evaluation is a draft",
            description = "SELF_ASSESS_SAKIP; If-Match required. A grade not on the framework's scale: 422 "
                    + "invalid-grade; a criterion not of the framework: 404 criterion-not-found; after submission: "
                    + "409 transition-not-allowed.")
    ResponseEntity<EvaluationView> selfAssess(@PathVariable UUID id,
            @PathVariable @Pattern(regexp = CRITERION, message = CRITERION_MESSAGE) String criterion,
            @Valid @RequestBody EvaluationRequests.SelfAssessment answer,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(evaluations.selfAssess(id, criterion, answer, IfMatch.version(ifMatch), Actors.current()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Hand the self-assessment to the evaluator",
            description = "Every criterion must have the OPD's grade (else 422 self-assessment-incomplete naming "
                    + "each, as errors['criteria.<code>']).")
    ResponseEntity<EvaluationView> submit(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(evaluations.submit(id, IfMatch.version(ifMatch), Actors.current()));
    }

    @PutMapping("/{id}/criteria/{criterion}/grade")
    @Operation(summary = "The evaluator's grade of a criterion, after the self-assessment was submitted",
            description = "EVALUATE_SAKIP; If-Match required; never by the person who submitted the "
                    + "self-assessment (409 same-person).")
    ResponseEntity<EvaluationView> grade(@PathVariable UUID id,
            @PathVariable @Pattern(regexp = CRITERION, message = CRITERION_MESSAGE) String criterion,
            @Valid @RequestBody EvaluationRequests.Grade grade,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(evaluations.grade(id, criterion, grade, IfMatch.version(ifMatch), Actors.current()));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "End the grading: every criterion graded (else 422 evaluation-incomplete); keeps the "
            + "score and predikat", description = "Never by the person who submitted the self-assessment (409 "
            + "same-person), as for grading and finalising.")
    ResponseEntity<EvaluationView> complete(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(evaluations.complete(id, IfMatch.version(ifMatch), Actors.current()));
    }

    @PostMapping("/{id}/finalise")
    @Operation(summary = "Make the evaluation final; publishes EvaluationFinalised. Nothing of it changes afterwards")
    ResponseEntity<EvaluationView> finalise(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(evaluations.finalise(id, IfMatch.version(ifMatch), Actors.current()));
    }

    private static ResponseEntity<EvaluationView> answer(EvaluationView view) {
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    private static String etag(EvaluationView view) {
        return "\"" + view.version() + "\"";
    }
}
