package id.sakip.budget.rollup;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.budget.line.BudgetLineService;
import id.sakip.budget.plantree.PlanTree;
import id.sakip.support.web.Codes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@Validated
@Tag(name = "Anggaran", description = "Pagu sub kegiatan, realisasi anggaran per triwulan dan serapan")
class BudgetTreeController {

    private final BudgetLineService lines;
    private final PlanTree tree;

    private final Access access;

    BudgetTreeController(BudgetLineService lines, PlanTree tree, Access access) {
        this.access = access;
        this.lines = lines;
        this.tree = tree;
    }

    @GetMapping("/api/v1/budget/tree")
    @Operation(summary = "The OPD's budget for a year along its program tree: pagu, spending per quarter, serapan at "
            + "every level", description = "Kegiatan and program figures are the sums of their rows; a program's or "
            + "kegiatan's own line (what its official pagu holds beyond the listed children) is a named row of its "
            + "own (ownLine). paguVersions names the budget documents used. An OPD and year without lines is an "
            + "empty tree (empty = true).")
    @Transactional(readOnly = true)
    BudgetTree get(@RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun 2000-2100") @Max(value = 2100, message = "tahun 2000-2100") int year) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        Map<String, String> names = tree.names(pemdaCode, opdCode);
        return Rollup.of(pemdaCode, opdCode, year, lines.list(pemdaCode, opdCode, year),
                code -> names.getOrDefault(code, "(nama " + code + " belum diterima dari perencanaan)"));
    }
}
