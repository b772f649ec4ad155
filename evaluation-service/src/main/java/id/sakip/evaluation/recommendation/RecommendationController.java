package id.sakip.evaluation.recommendation;

import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Validated
@Tag(name = "Rekomendasi evaluasi", description = "Rekomendasi hasil evaluasi SAKIP dan tindak lanjutnya per triwulan")
class RecommendationController {

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @PostMapping("/api/v1/evaluations/{evaluationId}/recommendations")
    @Operation(summary = "The evaluator writes a recommendation of the evaluation",
            description = "EVALUATE_SAKIP, while the evaluation is submitted or graded and not final (409 "
                    + "transition-not-allowed). area: a component of the framework or CAPAIAN (422 unknown-area "
                    + "otherwise); owner and dueDate are required. Publishes RecommendationStatusChanged.")
    ResponseEntity<RecommendationView> write(@PathVariable UUID evaluationId,
            @Valid @RequestBody RecommendationRequests.Write request) {
        RecommendationView view = recommendations.write(evaluationId, request, Actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/api/v1/recommendations")
    @Operation(summary = "Recommendations of an OPD (READ_OPD), or of every OPD of the Pemda without opdCode "
            + "(READ_CITY)", description = "open=true leaves closed ones out; overdue=true keeps those past their "
            + "due date (Asia/Jakarta) and not closed.")
    List<RecommendationView> list(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam(required = false) @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam(required = false) UUID evaluationId,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return recommendations.list(pemdaCode, opdCode, evaluationId, open, overdue);
    }

    @GetMapping("/api/v1/recommendations/{id}")
    @Operation(summary = "One recommendation with its follow-ups; its ETag is the version If-Match names")
    ResponseEntity<RecommendationView> get(@PathVariable UUID id) {
        RecommendationView view = recommendations.get(id);
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @PostMapping("/api/v1/recommendations/{id}/follow-ups")
    @Operation(summary = "The OPD's follow-up of a quarter; done=true closes the recommendation",
            description = "SELF_ASSESS_SAKIP; If-Match required; once the evaluation is final. A note is required "
                    + "(a closing without one is refused); a closed recommendation takes none (409).")
    ResponseEntity<RecommendationView> followUp(@PathVariable UUID id,
            @Valid @RequestBody RecommendationRequests.FollowUp request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RecommendationView view = recommendations.followUp(id, request, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
