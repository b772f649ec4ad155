package id.sakip.planning.tree;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.planning.tree.TreeViews.Matrix;
import id.sakip.planning.tree.TreeViews.Tree;
import id.sakip.support.web.Codes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Pohon kinerja", description = "Cascading: visi, misi, tujuan, sasaran, program, kegiatan, sub kegiatan, "
        + "aksi; Renstra")
class TreeController {

    private final TreeQuery query;

    private final Access access;

    TreeController(TreeQuery query, Access access) {
        this.query = query;
        this.access = access;
    }

    @GetMapping("/api/v1/plan/tree")
    @Operation(summary = "The whole cascading tree in one call, with the indicators and targets of every node",
            description = "Pemda nodes first, then OPD tujuan not yet linked to a Pemda sasaran. With opdCode: only "
                    + "that OPD's branches and the Pemda nodes above them. Children are in nomenclature-code order, "
                    + "else in the order they were entered.")
    Tree tree(@RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam(required = false) @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode) {
        // the whole Pemda's tree holds every OPD's branches
        if (opdCode == null) {
            access.require(Permission.READ_CITY, Owner.pemda(pemdaCode));
        } else {
            access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        }
        return query.tree(pemdaCode, opdCode);
    }

    @GetMapping("/api/v1/renstra/{id}/matrix")
    @Operation(summary = "The Renstra matrix: per tujuan and sasaran, each indicator's target for every year",
            description = "A year without a target shows only its year (N/A). Ordinal targets are categories, "
                    + "ranges have min and max.")
    Matrix matrix(@PathVariable UUID id) {
        Matrix matrix = query.matrix(id);
        access.require(Permission.READ_OPD, Owner.opd(matrix.renstra().pemdaCode(), matrix.renstra().opdCode()));
        return matrix;
    }
}
