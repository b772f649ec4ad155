package id.sakip.planning.plan;

import id.sakip.planning.plan.PlanRequests.MoveRequest;
import id.sakip.planning.plan.PlanRequests.NodeRequest;
import id.sakip.planning.plan.PlanRequests.RenstraRequest;
import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
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

    PlanController(PlanNodes nodes) {
        this.nodes = nodes;
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
        PlanNode node = nodes.create(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/plan/nodes/" + node.id())).body(node);
    }

    @GetMapping("/api/v1/plan/nodes/{id}")
    @Operation(summary = "One node")
    PlanNode get(@PathVariable UUID id) {
        return nodes.require(id);
    }

    @PutMapping("/api/v1/plan/nodes/{id}/parent")
    @Operation(summary = "Move a node, with its subtree, under another parent",
            description = "422 cycle when the new parent is the node or one of its descendants; 422 "
                    + "invalid-plan-node when the kinds do not fit. Publishes sakip.planning.PlanNodeChanged.v1.")
    PlanNode move(@PathVariable UUID id, @RequestBody MoveRequest request) {
        return nodes.move(id, request.parentId(), Actors.current());
    }

    @PostMapping("/api/v1/renstra")
    @Operation(summary = "Open a Renstra (an OPD's multi-year plan) for a period of at most 10 years",
            description = "409 renstra-exists when the OPD already has one starting that year.")
    ResponseEntity<Renstra> createRenstra(@Valid @RequestBody RenstraRequest request) {
        Renstra renstra = nodes.createRenstra(request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/renstra/" + renstra.id())).body(renstra);
    }

    @GetMapping("/api/v1/renstra")
    @Operation(summary = "The Renstra of an OPD, oldest first")
    List<Renstra> renstraOf(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode) {
        return nodes.renstraOf(pemdaCode, opdCode);
    }
}
