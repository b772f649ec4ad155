package id.sakip.planning.organisation;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.planning.organisation.OrganisationRequests.BidangRequest;
import id.sakip.planning.organisation.OrganisationRequests.OpdRequest;
import id.sakip.planning.organisation.OrganisationRequests.PemdaRequest;
import id.sakip.planning.organisation.OrganisationViews.OpdView;
import id.sakip.planning.organisation.OrganisationViews.PemdaView;
import id.sakip.support.security.Access;
import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisasi", description = "Pemda, OPD (dengan profilnya) dan bidang")
class OrganisationController {

    static final String CODE = "[A-Z0-9][A-Z0-9-]{0,39}";
    private static final String PEMDA_MESSAGE = "kode Pemda berupa 2-4 angka (kode BPS)";
    private static final String CODE_MESSAGE = "kode berupa huruf besar, angka dan tanda hubung (paling panjang 40)";

    private final Organisations organisations;
    private final Emblems emblems;
    private final Access access;

    OrganisationController(Organisations organisations, Emblems emblems, Access access) {
        this.organisations = organisations;
        this.emblems = emblems;
        this.access = access;
    }

    @PutMapping("/{pemdaCode}")
    @Operation(summary = "Create or update a Pemda (its BPS code, name, province, visi, head of region, place)",
            description = "201 when created, 200 when updated. Updating needs If-Match with the version read "
                    + "(428 if-match-required, 409 concurrent-modification when stale). headTitle (\"Wali Kota "
                    + "Probolinggo\"), headName and place (\"Probolinggo\") are what its documents print: the "
                    + "second party of a Perjanjian Kinerja and where documents are signed; without them the title "
                    + "follows the kind of Pemda, the place its name, and the head's name is left to be written by "
                    + "hand. Every OPD of the Pemda is published again (OpdProfileChanged carries the Pemda).")
    ResponseEntity<PemdaView> putPemda(@PathVariable @Pattern(regexp = Codes.PEMDA, message = PEMDA_MESSAGE) String pemdaCode,
            @Valid @RequestBody PemdaRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        access.require(Permission.MANAGE_ORGANISATION, Owner.pemda(pemdaCode));
        boolean created = organisations.putPemda(pemdaCode, request, IfMatch.version(ifMatch), Actors.current());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(organisations.pemda(pemdaCode));
    }

    @GetMapping("/{pemdaCode}")
    @Operation(summary = "A Pemda with the list of its OPD")
    PemdaView pemda(@PathVariable @Pattern(regexp = Codes.PEMDA, message = PEMDA_MESSAGE) String pemdaCode) {
        access.require(Permission.READ_PEMDA, Owner.pemda(pemdaCode));
        return organisations.pemda(pemdaCode);
    }

    @PutMapping("/{pemdaCode}/opd/{opdCode}")
    @Operation(summary = "Create or update an OPD with its profile",
            description = "The profile is what chapter I of the LKjIP says: contact, head (head.title is the title "
                    + "held without the OPD, \"Kepala Dinas\": documents compose the position with the OPD's and "
                    + "the Pemda's names), legal basis, task, "
                    + "functions, business processes, staff table (totals must add up), strategic issues. Every "
                    + "change goes out as OpdProfileChanged (reporting's LKjIP prints it). 422 unknown-pemda. "
                    + "Updating needs If-Match with the OPD's version read (428 if-match-required, 409 "
                    + "concurrent-modification when stale).")
    ResponseEntity<OpdView> putOpd(@PathVariable @Pattern(regexp = Codes.PEMDA, message = PEMDA_MESSAGE) String pemdaCode,
            @PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String opdCode,
            @Valid @RequestBody OpdRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        access.require(Permission.MANAGE_ORGANISATION, Owner.pemda(pemdaCode));
        boolean created = organisations.putOpd(pemdaCode, opdCode, request, IfMatch.version(ifMatch),
                Actors.current());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(organisations.opd(pemdaCode, opdCode));
    }

    @GetMapping("/{pemdaCode}/opd/{opdCode}")
    @Operation(summary = "An OPD with its profile and bidang")
    OpdView opd(@PathVariable @Pattern(regexp = Codes.PEMDA, message = PEMDA_MESSAGE) String pemdaCode,
            @PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String opdCode) {
        access.require(Permission.READ_PEMDA, Owner.pemda(pemdaCode));
        return organisations.opd(pemdaCode, opdCode);
    }

    @org.springframework.web.bind.annotation.PostMapping("/profiles/republish")
    @Operation(summary = "Publish every OPD's profile and every Pemda's lambang again (operators)",
            description = "For an installation that had OPD before OpdProfileChanged existed, or to feed a new "
                    + "consumer: every OPD's profile and every lambang goes out once more; consumers ignore a version "
                    + "they hold. Answers how many profiles (published) and lambang (lambang) were published.")
    java.util.Map<String, Integer> republish() {
        access.require(Permission.OPERATE_PLATFORM, Owner.platform());
        return java.util.Map.of("published", organisations.republishAll(Actors.current()),
                "lambang", emblems.republishAll(Actors.current()));
    }

    @PutMapping("/{pemdaCode}/opd/{opdCode}/bidang/{bidangCode}")
    @Operation(summary = "Create or update a bidang of an OPD", description = "422 unknown-opd.")
    ResponseEntity<OpdView> putBidang(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = PEMDA_MESSAGE) String pemdaCode,
            @PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String opdCode,
            @PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String bidangCode,
            @Valid @RequestBody BidangRequest request) {
        access.require(Permission.MANAGE_ORGANISATION, Owner.pemda(pemdaCode));
        boolean created = organisations.putBidang(pemdaCode, opdCode, bidangCode, request);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(organisations.opd(pemdaCode, opdCode));
    }
}
