package id.sakip.reporting.lkjip;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Downloads;
import id.sakip.support.web.Codes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Validated
@Tag(name = "Laporan", description = "Tabel laporan yang dibangun dari event layanan lain")
class CapaianSasaranController {

    private final LkjipQuery query;

    private final Access access;

    CapaianSasaranController(LkjipQuery query, Access access) {
        this.access = access;
        this.query = query;
    }

    /** The table: Bab III A of the LKjIP on its own. */
    public record CapaianSasaran(String pemdaCode, String opdCode, int year, Lkjip.Basis basis, boolean empty,
            String note, List<Lkjip.SasaranResult> sasaran, List<Lkjip.IndicatorResult> otherIndicators) {
    }

    @GetMapping("/api/v1/reports/capaian-sasaran")
    @Operation(summary = "Capaian per sasaran of an OPD for a year, compared with the previous years and the Renstra "
            + "end target, with the programs' efficiency (JSON or XLSX)",
            description = "The LKjIP's Bab III A as a table. basis=approved (default) or all, as for the LKjIP; a "
                    + "year without such realisations is an explicit empty table. 404 opd-not-found, 422 "
                    + "basis-not-offered, 422 format-not-offered.")
    ResponseEntity<?> capaianSasaran(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(defaultValue = "approved") String basis,
            @RequestParam(defaultValue = "json") String format) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        String wanted = Downloads.format(format, "tabel capaian per sasaran", "json", "xlsx");
        Lkjip report = query.of(pemdaCode, opdCode, year, LkjipController.basis(basis)).report();
        CapaianSasaran table = new CapaianSasaran(pemdaCode, opdCode, year, report.basis(), report.empty(),
                report.note(), report.sasaran(), report.otherIndicators());
        if (wanted.equals("json")) {
            return ResponseEntity.ok(table);
        }
        return Downloads.xlsx("capaian-sasaran-" + opdCode + "-" + year, CapaianSasaranWorkbook.of(report));
    }
}
