package id.sakip.budget.line;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private final Access access;

    BudgetLineController(BudgetLineService lines, Access access) {
        this.lines = lines;
        this.access = access;
    }

    private BudgetLineView line(Permission permission, UUID id) {
        BudgetLineView line = lines.get(id);
        access.require(permission, Owner.opd(line.org().pemdaCode(), line.org().opdCode()));
        return line;
    }

    @PostMapping
    @Operation(summary = "Set the pagu of a sub kegiatan (or a program's / kegiatan's own line) for a fiscal year",
            description = "The code (U.BB.PP.K.KK.SSSS, or U.BB.PP.K.KK / U.BB.PP for a kegiatan's or program's own "
                    + "line, which needs a name) must be in the OPD's program tree from planning (else 422 "
                    + "unknown-plan-code). One line per OPD, year and code (else 409 budget-line-exists). A first pagu "
                    + "other than MURNI needs its legal reference. Publishes sakip.budget.PaguSet.v1.")
    ResponseEntity<BudgetLineView> create(@Valid @RequestBody BudgetLineRequest request) {
        access.require(Permission.MANAGE_BUDGET, Owner.opd(request.pemdaCode(), request.opdCode()));
        BudgetLineView line = lines.create(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/budget/lines/" + line.id())).body(line);
    }

    @PostMapping("/{id}/pagu-revisions")
    @Operation(summary = "Revise the pagu: APBD Perubahan or a pergeseran, with its legal reference and date",
            description = "Earlier versions stay in the history. 422 without legal reference, 422 "
                    + "pagu-below-realization below what was spent, 409 pagu-version-exists for a version already "
                    + "recorded. Requires If-Match with the line's version read (428 if-match-required, 409 "
                    + "concurrent-modification when stale). Publishes PaguSet with the next version.")
    BudgetLineView revise(@PathVariable UUID id, @Valid @RequestBody BudgetLineRequest.Revision revision,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        line(Permission.MANAGE_BUDGET, id);
        return lines.revise(id, revision, IfMatch.version(ifMatch), Actors.current());
    }

    @GetMapping("/{id}/pagu-history")
    @Operation(summary = "Every pagu the line has had, with its budget document, legal reference and who set it")
    BudgetLineView.History history(@PathVariable UUID id) {
        line(Permission.READ_OPD, id);
        return lines.history(id);
    }

    @PutMapping("/{id}/realizations/{quarter}")
    @Operation(summary = "Set the spending of one quarter",
            description = "Requires If-Match with the line's version read (428 if-match-required, 409 "
                    + "concurrent-modification when someone wrote the line since: of two writers of one version "
                    + "exactly one succeeds). Correcting an amount already recorded needs a reason (422 "
                    + "correction-reason-required); the same amount again changes nothing. Cumulative spending "
                    + "above the pagu in force is refused (422 over-pagu) until a revision allows it. Every write "
                    + "is kept in the spending history. Publishes sakip.budget.BudgetRealizationRecorded.v1 with "
                    + "the serapan.")
    BudgetLineView spend(@PathVariable UUID id, @PathVariable int quarter,
            @Valid @RequestBody SpendingRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        line(Permission.MANAGE_BUDGET, id);
        return lines.recordSpending(id, quarter, request, IfMatch.version(ifMatch), Actors.current());
    }

    @GetMapping("/{id}/spending-history")
    @Operation(summary = "Every amount the line's quarters have had: who (subject and name), when, before, after, why")
    BudgetLineView.SpendingHistory spendingHistory(@PathVariable UUID id) {
        line(Permission.READ_OPD, id);
        return lines.spendingHistory(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One budget line with its spending and serapan")
    BudgetLineView get(@PathVariable UUID id) {
        return line(Permission.READ_OPD, id);
    }

    @GetMapping
    @Operation(summary = "The budget lines of an OPD for a year, by code")
    List<BudgetLineView> list(@RequestParam String pemdaCode, @RequestParam String opdCode, @RequestParam int year) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return lines.list(pemdaCode, opdCode, year);
    }
}
