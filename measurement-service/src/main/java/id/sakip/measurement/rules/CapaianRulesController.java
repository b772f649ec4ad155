package id.sakip.measurement.rules;

import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.ZoneId;

@RestController
@Validated
@RequestMapping("/api/v1/capaian-rules/{pemdaCode}")
@Tag(name = "Aturan capaian", description = "Aturan perhitungan capaian sebuah Pemda: rumus indikator penurunan, "
        + "batas kategori, batas tampilan, efisiensi; berlaku mulai suatu tahun")
class CapaianRulesController {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final CapaianRuleBooks books;
    private final Clock clock;

    CapaianRulesController(CapaianRuleBooks books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The rules a Pemda computes a year's capaian with (default: this year)",
            description = "source INSTALASI (the installation's defaults) or PEMDA (changeVersion names the change); "
                    + "footnote is the sentence every report prints. ETag: the Pemda's rules version, for If-Match.")
    ResponseEntity<CapaianRulesView> get(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam(required = false) @Min(value = 2000, message = "tahun 2000 - 2100") @Max(value = 2100, message = "tahun 2000 - 2100") Integer year) {
        CapaianRulesView view = books.view(pemdaCode, year == null ? clock.instant().atZone(JAKARTA).getYear() : year);
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/history")
    @Operation(summary = "The installation's defaults and every change of the Pemda's rules, with who, when and why")
    CapaianRulesView.History history(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode) {
        return books.history(pemdaCode);
    }

    @PostMapping("/changes")
    @Operation(summary = "Change the Pemda's rules from a year on (administrator of the Pemda), with a reason",
            description = "The whole set: decreasingFormula TWO_T_MINUS_R or T_OVER_R; ratingBounds four falling "
                    + "bounds; displayCap none, 100 or 120; efficiencyMinimumRatio (default 1). In force from "
                    + "effectiveFromYear until a change from a later year. Requires If-Match with the version read "
                    + "(428 if-match-required without it, 409 concurrent-modification when stale). 422 "
                    + "invalid-capaian-rules names every bad field; 409 rules-year-approved when an OPD has an "
                    + "approved period in a year it would reach (unlock it first, or start from the next year). The "
                    + "realisations of the years reached are computed again (RECOMPUTE in their audit trail). "
                    + "Publishes CapaianRulesChanged.")
    ResponseEntity<CapaianRulesView> change(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CapaianRulesRequest request) {
        CapaianRulesView view = books.change(pemdaCode, request, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + view.version() + "\"").body(view);
    }
}
