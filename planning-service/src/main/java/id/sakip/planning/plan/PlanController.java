package id.sakip.planning.plan;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.planning.plan.PlanRequests.MoveRequest;
import id.sakip.planning.plan.PlanRequests.NodeRequest;
import id.sakip.planning.plan.PlanRequests.RenstraRequest;
import id.sakip.support.security.Access;
import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Pohon kinerja", description = "Cascading: visi, misi, tujuan, sasaran, program, kegiatan, sub kegiatan, "
        + "aksi; Renstra")
class PlanController {

    private final PlanNodes nodes;
    private final Access access;

    PlanController(PlanNodes nodes, Access access) {
        this.nodes = nodes;
        this.access = access;
    }

    /** Bappeda plans the Pemda's levels (no OPD), an OPD's perencana its own branches. */
    static Permission planning(String opdCode) {
        return opdCode == null ? Permission.PLAN_PEMDA : Permission.PLAN_OPD;
    }

    static Permission reading(String opdCode) {
        return opdCode == null ? Permission.READ_PEMDA : Permission.READ_OPD;
    }

    @PostMapping("/api/v1/plan/nodes")
    @Operation(summary = "Add a node to the cascading tree",
            description = "Kinds and parents: VISI (root) > MISI > TUJUAN > SASARAN at Pemda level (no opdCode); an "
                    + "OPD TUJUAN hangs under the Pemda SASARAN it serves (or stands alone until linked) and may "
                    + "belong to a Renstra; then SASARAN > PROGRAM > KEGIATAN > SUB_KEGIATAN > AKSI of the same OPD. "
                    + "Program, kegiatan and sub kegiatan may carry their nomenclature code (U.BB.PP.K.KK.SSSS, "
                    + "starting with the parent's code; unique per OPD, else 409 duplicate-code). A Pemda SASARAN "
                    + "may be shared with several OPD (sharedWithOpd). 422 invalid-plan-node with field errors. "
                    + "Publishes sakip.planning.PlanNodeChanged.v1.")
    ResponseEntity<PlanNode> create(@Valid @RequestBody NodeRequest request) {
        access.require(planning(request.opdCode()), new Owner(request.pemdaCode(), request.opdCode(), null));
        PlanNode node = nodes.create(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/plan/nodes/" + node.id())).body(node);
    }

    @GetMapping("/api/v1/plan/nodes/{id}")
    @Operation(summary = "One node")
    PlanNode get(@PathVariable UUID id) {
        PlanNode node = nodes.require(id);
        access.require(reading(node.opdCode()), new Owner(node.pemdaCode(), node.opdCode(), null));
        return node;
    }

    @PutMapping("/api/v1/plan/nodes/{id}/parent")
    @Operation(summary = "Move a node, with its subtree, under another parent",
            description = "422 cycle when the new parent is the node or one of its descendants; 422 "
                    + "invalid-plan-node when the kinds do not fit. Requires If-Match with the node's version read "
                    + "(428 if-match-required, 409 concurrent-modification when stale). Publishes "
                    + "sakip.planning.PlanNodeChanged.v1.")
    PlanNode move(@PathVariable UUID id, @RequestBody MoveRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanNode node = nodes.require(id);
        access.require(planning(node.opdCode()), new Owner(node.pemdaCode(), node.opdCode(), null));
        return nodes.move(id, request.parentId(), IfMatch.version(ifMatch), Actors.current());
    }

    @PostMapping("/api/v1/renstra")
    @Operation(summary = "Open a Renstra (an OPD's multi-year plan) for a period of at most 10 years",
            description = "409 renstra-exists when the OPD already has one starting that year.")
    ResponseEntity<Renstra> createRenstra(@Valid @RequestBody RenstraRequest request) {
        access.require(Permission.PLAN_OPD, Owner.opd(request.pemdaCode(), request.opdCode()));
        Renstra renstra = nodes.createRenstra(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/renstra/" + renstra.id())).body(renstra);
    }

    @GetMapping("/api/v1/renstra")
    @Operation(summary = "The Renstra of an OPD, oldest first")
    List<Renstra> renstraOf(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return nodes.renstraOf(pemdaCode, opdCode);
    }
}
