package id.sakip.reporting.city;

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

@RestController
@Validated
@Tag(name = "Laporan", description = "Tabel laporan yang dibangun dari event layanan lain")
class CityController {

    private final CityQuery query;
    private final CityTablesQuery tables;

    private final Access access;

    CityController(CityQuery query, CityTablesQuery tables, Access access) {
        this.access = access;
        this.query = query;
        this.tables = tables;
    }

    @GetMapping("/api/v1/reports/city")
    @Operation(summary = "Every OPD of a Pemda for a year (or up to a triwulan), ranked by capaian and by serapan, "
            + "with the Pemda's own IKU",
            description = "Per OPD: its name, indicators planned or measured, measured, reached, average capaian "
                    + "(each as shown, within the Pemda's display cap; the year's realisation, else the latest "
                    + "quarter's, in any state), the same for its IKU alone (ikuIndicators, ikuReached, "
                    + "ikuAverageCapaian: every indicator but its programs', kegiatan's and sub kegiatan's, the scope "
                    + "and the number of the LKjIP draft's headline), pagu, realisasi anggaran, "
                    + "serapan, and the ranks. quarter=1-4 gives the state at the end of that triwulan (latest "
                    + "quarter up to it, spending up to it). pemdaIku: the indicators of the Pemda's misi, tujuan "
                    + "and sasaran. A year without data answers with empty=true and a note. format=xlsx gives a "
                    + "workbook in Indonesian (OPD sheet and Pemda IKU sheet); another format is 422 "
                    + "format-not-offered.")
    ResponseEntity<?> city(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(required = false) @Min(value = 1, message = "triwulan 1 sampai 4") @Max(value = 4, message = "triwulan 1 sampai 4") Integer quarter,
            @RequestParam(defaultValue = "json") String format) {
        access.require(Permission.READ_CITY, Owner.pemda(pemdaCode));
        String wanted = Downloads.format(format, "tabel kota", "json", "xlsx");
        CityReport report = query.of(pemdaCode, year, quarter);
        if (wanted.equals("json")) {
            return ResponseEntity.ok(report);
        }
        String name = "kinerja-kota-" + pemdaCode + "-" + year + (quarter == null ? "" : "-tw" + quarter);
        return Downloads.xlsx(name, CityWorkbook.of(report));
    }

    @GetMapping("/api/v1/reports/city/tables")
    @Operation(summary = "Every OPD's IKU and programs of a year, side by side for the Pemda (JSON or XLSX)",
            description = "Each OPD's Pelaporan Kinerja reduced to its IKU (sasaran, target, realisasi, capaian) and "
                    + "its programs (pagu, realisasi, serapan, efficiency). A year without such rows answers "
                    + "empty=true with a note. 422 format-not-offered for another format.")
    ResponseEntity<?> tables(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(defaultValue = "json") String format) {
        access.require(Permission.READ_CITY, Owner.pemda(pemdaCode));
        String wanted = Downloads.format(format, "tabel seluruh OPD", "json", "xlsx");
        CityTables report = tables.of(pemdaCode, year);
        if (wanted.equals("json")) {
            return ResponseEntity.ok(report);
        }
        return Downloads.xlsx("iku-program-kota-" + pemdaCode + "-" + year,
                CityTablesWorkbook.of(report));
    }
}
