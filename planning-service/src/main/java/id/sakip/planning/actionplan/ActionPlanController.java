package id.sakip.planning.actionplan;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import id.sakip.support.web.Downloads;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


@RestController
@Tag(name = "Rencana Aksi", description = "Per OPD per tahun: indikator dan target, aksi dengan volume dan jadwal "
        + "triwulan, target triwulan kumulatif")
class ActionPlanController {


    private final ActionPlans plans;

    private final Access access;

    private final ActionPlanPapers papers;

    ActionPlanController(ActionPlans plans, Access access, ActionPlanPapers papers) {
        this.plans = plans;
        this.access = access;
        this.papers = papers;
    }

    @PutMapping("/api/v1/rencana-aksi/{pemdaCode}/{opdCode}/{year}")
    @Operation(summary = "Write the whole Rencana Aksi of an OPD for a year (201 created, 200 replaced)",
            description = "One line per tree node: the sasaran strategis with its indicator and cumulative quarter "
                    + "targets (4 values, never going down); program, kegiatan, sub kegiatan with indicator and "
                    + "target; each aksi with volume and schedule (4 booleans, TW I-IV). Targets as written (\"88%\", "
                    + "\"50 Orang\"). A line may name the plan's indicator (indicatorId): its quarter targets must fit "
                    + "it and are published (sakip.planning.QuarterTargetsSet.v1). 422 invalid-rencana-aksi with "
                    + "field errors lines[i]...; replacing an existing one requires If-Match with the version "
                    + "replaced (428 if-match-required, 409 concurrent-modification when stale) and a reason (422 reason-required); the replaced version is kept "
                    + "(GET .../history).")
    ResponseEntity<ActionPlanView> put(@PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable int year, @Valid @RequestBody ActionPlanRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        access.require(Permission.PLAN_OPD, Owner.opd(pemdaCode, opdCode));
        boolean created = plans.put(pemdaCode, opdCode, year, request, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(plans.get(pemdaCode, opdCode, year));
    }

    @GetMapping("/api/v1/rencana-aksi/{pemdaCode}/{opdCode}/{year}")
    @Operation(summary = "The Rencana Aksi as the agency's table: sasaran strategis, programs, kegiatan, sub kegiatan, "
            + "aksi")
    ActionPlanView get(@PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable int year) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return plans.get(pemdaCode, opdCode, year);
    }

    @GetMapping("/api/v1/rencana-aksi/{pemdaCode}/{opdCode}/{year}/document")
    @Operation(summary = "The Rencana Aksi as its paper: format=pdf (default) or xlsx, in the agency's signed layout",
            description = "Per sasaran strategis its indicator and quarter targets (columns 1-7), then programs, "
                    + "kegiatan, sub kegiatan and aksi with volume and schedule (columns 1-16), closed by the Kepala "
                    + "OPD's signature with place, date and NIP. A plan without its signature data is printed as DRAF "
                    + "with the date left to be written. 404 rencana-aksi-not-found; 422 format-not-offered.")
    ResponseEntity<byte[]> document(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable int year, @RequestParam(defaultValue = "pdf") String format) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        String wanted = Downloads.format(format.strip(), "Rencana Aksi", "pdf", "xlsx");
        RencanaAksiPaper paper = papers.paper(pemdaCode, opdCode, year);
        String name = "rencana-aksi-" + opdCode + "-" + year + (paper.draft() ? "-draf" : "");
        return wanted.equals("pdf") ? Downloads.pdf(name, papers.pdf(paper))
                : Downloads.xlsx(name, papers.workbook(paper));
    }

    @GetMapping("/api/v1/rencana-aksi/{pemdaCode}/{opdCode}/{year}/history")
    @Operation(summary = "The replaced versions of a Rencana Aksi, newest first: their lines as they were, who replaced "
            + "them, when and why")
    java.util.List<java.util.Map<String, Object>> history(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable int year) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return plans.history(pemdaCode, opdCode, year);
    }
}
