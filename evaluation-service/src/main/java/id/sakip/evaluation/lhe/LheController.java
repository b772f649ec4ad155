package id.sakip.evaluation.lhe;

import id.sakip.documents.OfficialDocuments;
import id.sakip.evaluation.evaluation.EvaluationView;
import id.sakip.evaluation.evaluation.Evaluations;
import id.sakip.evaluation.organisation.Organisations;
import id.sakip.evaluation.recommendation.Recommendations;
import id.sakip.support.web.Actors;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Validated
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "LHE", description = "Laporan Hasil Evaluasi SAKIP: data surat dan dokumen PDF")
class LheController {

    private final Letters letters;
    private final Evaluations evaluations;
    private final Recommendations recommendations;
    private final Organisations organisations;
    private final OfficialDocuments documents;

    LheController(Letters letters, Evaluations evaluations, Recommendations recommendations,
            Organisations organisations, OfficialDocuments documents) {
        this.letters = letters;
        this.evaluations = evaluations;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.documents = documents;
    }

    @PutMapping("/letter")
    @Operation(summary = "The result letter's facts, written whole by the evaluator (EVALUATE_SAKIP)",
            description = "Number, date, nature, sender, the decree the team works under, the day of the "
                    + "evaluation, the aspects it looked at, the signer (name, rank, NIP, position) and the day "
                    + "signed. The LHE prints them. Audited; refused (409 transition-not-allowed) once the "
                    + "evaluation is final, so a final LHE stays as it was signed.")
    Letter putLetter(@PathVariable UUID id, @Valid @RequestBody Letter letter) {
        return letters.put(id, letter, Actors.current());
    }

    @GetMapping("/letter")
    @Operation(summary = "The result letter's facts (404 letter-not-found before the evaluator wrote them)")
    Letter letter(@PathVariable UUID id) {
        evaluations.get(id);
        return letters.find(id).orElseThrow(() -> ApiProblem.notFound("letter-not-found", "Data surat hasil "
                + "evaluasi ini belum diisi evaluator."));
    }

    @GetMapping("/lhe")
    @Operation(summary = "The Laporan Hasil Evaluasi as a PDF (DRAF until the evaluation is final), or its "
            + "content with the checklist of what is missing as JSON")
    ResponseEntity<?> lhe(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        String wanted = Downloads.format(format, "LHE", "pdf", "json");
        // reading the evaluation is what lets the person read its letter
        EvaluationView evaluation = evaluations.get(id);
        LhePaper paper = LhePaper.of(evaluation,
                organisations.profile(evaluation.pemdaCode(), evaluation.opdCode()).orElse(null),
                organisations.emblem(evaluation.pemdaCode()).orElse(null), letters.find(id).orElse(null),
                recommendations.of(id));
        if ("json".equals(wanted)) {
            return ResponseEntity.ok(paper);
        }
        return Downloads.pdf("lhe-" + evaluation.opdCode().toLowerCase(java.util.Locale.ROOT) + "-"
                + evaluation.year(), documents.pdf(LhePaper.TEMPLATE, paper.info(), paper.model()));
    }
}
