package id.sakip.budget.line;

import id.sakip.support.web.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/budget/lines")
@Tag(name = "Anggaran", description = "Pagu sub kegiatan, realisasi anggaran per triwulan dan serapan")
class BudgetLineController {

    private final BudgetLineService lines;

    BudgetLineController(BudgetLineService lines) {
        this.lines = lines;
    }

    @PostMapping
    @Operation(summary = "Set the pagu of a sub kegiatan for a fiscal year",
            description = "Code shape U.BB.PP.K.KK.SSSS is validated. One line per OPD, year and code (else 409). "
                    + "Publishes sakip.budget.PaguSet.v1.")
    ResponseEntity<BudgetLineView> create(@Valid @RequestBody BudgetLineRequest request) {
        BudgetLineView line = lines.create(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/budget/lines/" + line.id())).body(line);
    }

    @PutMapping("/{id}/realizations/{quarter}")
    @Operation(summary = "Set the spending of one quarter",
            description = "Cumulative spending above the pagu is refused (422 over-pagu). "
                    + "Publishes sakip.budget.BudgetRealizationRecorded.v1 with the serapan.")
    BudgetLineView spend(@PathVariable UUID id, @PathVariable int quarter,
            @Valid @RequestBody SpendingRequest request) {
        return lines.recordSpending(id, quarter, request, Actors.current());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One budget line with its spending and serapan")
    BudgetLineView get(@PathVariable UUID id) {
        return lines.get(id);
    }

    @GetMapping
    @Operation(summary = "The budget lines of an OPD for a year, by code")
    List<BudgetLineView> list(@RequestParam String pemdaCode, @RequestParam String opdCode, @RequestParam int year) {
        return lines.list(pemdaCode, opdCode, year);
    }
}
