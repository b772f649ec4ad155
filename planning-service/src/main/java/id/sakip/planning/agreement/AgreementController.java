package id.sakip.planning.agreement;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.planning.agreement.AgreementRequests.Content;
import id.sakip.planning.agreement.AgreementRequests.Draft;
import id.sakip.planning.agreement.AgreementRequests.Revision;
import id.sakip.planning.agreement.AgreementRequests.Signature;
import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import id.sakip.support.web.Downloads;
import id.sakip.support.web.IfMatch;
import id.sakip.documents.AgreementPaper;
import id.sakip.documents.OfficialDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
@RequestMapping("/api/v1/perjanjian-kinerja")
@Tag(name = "Perjanjian Kinerja", description = "Per OPD per tahun: draf, tanda tangan, revisi berversi")
class AgreementController {

    private final Agreements agreements;

    private final Access access;

    private final OfficialDocuments documents;

    AgreementController(Agreements agreements, Access access, OfficialDocuments documents) {
        this.agreements = agreements;
        this.access = access;
        this.documents = documents;
    }

    private void require(Permission permission, UUID id) {
        Agreement agreement = agreements.get(id);
        access.require(permission, Owner.opd(agreement.pemdaCode(), agreement.opdCode()));
    }

    @PostMapping
    @Operation(summary = "Draft the Perjanjian Kinerja of an OPD for a year (version 1)",
            description = "Sasaran of the OPD (or Pemda sasaran it shares) with their indicators' targets for the "
                    + "year (fitting each indicator's type) and programs with their pagu. 409 agreement-exists when "
                    + "the year has one already (change it by revision); 422 invalid-agreement with field errors.")
    ResponseEntity<Agreement> draft(@Valid @RequestBody Draft request) {
        access.require(Permission.PLAN_OPD, Owner.opd(request.pemdaCode(), request.opdCode()));
        Agreement agreement = agreements.draft(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/perjanjian-kinerja/" + agreement.id())).body(agreement);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft", description = "409 agreement-signed for a signed or superseded version: "
            + "those are never edited. Requires If-Match with the version edited (428 if-match-required, 409 "
            + "concurrent-modification when stale).")
    Agreement edit(@PathVariable UUID id, @Valid @RequestBody Content content,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        require(Permission.PLAN_OPD, id);
        return agreements.edit(id, content, IfMatch.version(ifMatch), Actors.current());
    }

    @PostMapping("/{id}/signature")
    @Operation(summary = "Sign a draft", description = "The draft becomes the version in force; a signed revision "
            + "supersedes the version it revises (which stays readable). Requires If-Match with the version "
            + "read (428 if-match-required, 409 concurrent-modification when stale): the head signs what they "
            + "read. signatoryTitle is the title held, without the OPD (\"Kepala Dinas\", \"Plt. Kepala Dinas\"): the "
            + "paper composes the position with the OPD's and the Pemda's names. The Pemda's head of region and "
            + "place are kept with the signed version. Publishes sakip.planning.PerjanjianKinerjaSigned.v1.")
    Agreement sign(@PathVariable UUID id, @Valid @RequestBody Signature signature,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        require(Permission.SIGN_AGREEMENT, id);
        return agreements.sign(id, signature, IfMatch.version(ifMatch), Actors.current());
    }

    @PostMapping("/{id}/revisions")
    @Operation(summary = "Revise the signed version: a new draft version with reason, decree number and date",
            description = "409 agreement-not-in-force unless {id} is the signed version in force; 409 revision-open "
                    + "when a revision is already being drafted.")
    ResponseEntity<Agreement> revise(@PathVariable UUID id, @Valid @RequestBody Revision revision) {
        require(Permission.PLAN_OPD, id);
        Agreement draft = agreements.revise(id, revision, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/perjanjian-kinerja/" + draft.id())).body(draft);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One version, as it was drafted or signed")
    Agreement get(@PathVariable UUID id) {
        Agreement agreement = agreements.get(id);
        access.require(Permission.READ_OPD, Owner.opd(agreement.pemdaCode(), agreement.opdCode()));
        return agreement;
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "One version as its paper (PDF): the statement and the annex, each with the signature blocks",
            description = "A draft is printed to be signed by hand: DRAF on every page, the Kepala OPD of the OPD's "
                    + "profile and the Pemda's head of region as they are now, the date left to be written. A signed "
                    + "or superseded version prints what was signed. The position is composed from the title held "
                    + "(\"Kepala Dinas\"), the OPD and the Pemda.")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        require(Permission.READ_OPD, id);
        AgreementPaper paper = agreements.paper(id);
        return Downloads.pdf("perjanjian-kinerja-" + agreements.get(id).opdCode() + "-" + paper.year() + "-v"
                + paper.versionNo() + (paper.draft() ? "-draf" : ""), paper.pdf(documents));
    }

    @GetMapping
    @Operation(summary = "Every version of an OPD's agreement for a year, newest first (the history)")
    List<Agreement> versions(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return agreements.versions(pemdaCode, opdCode, year);
    }
}
