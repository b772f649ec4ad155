package id.sakip.planning.imports;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Actors;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.Codes;
import id.sakip.support.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

@RestController
@Tag(name = "Impor", description = "Impor Renstra dari buku kerja Excel")
class ImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RenstraImport renstraImport;
    private final RencanaAksiImport rencanaAksiImport;

    private final Access access;

    ImportController(RenstraImport renstraImport, RencanaAksiImport rencanaAksiImport, Access access) {
        this.access = access;
        this.renstraImport = renstraImport;
        this.rencanaAksiImport = rencanaAksiImport;
    }

    @PostMapping(path = "/api/v1/renstra/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Renstra from an Excel workbook (.xlsx, the template's columns)",
            description = "All or nothing: 422 import-rejected lists every bad row by its number (errors: "
                    + "\"baris 7\" -> what is wrong) and stores nothing; a good workbook becomes the Renstra (its "
                    + "period from the year columns), its tujuan and sasaran, and its indicators with their targets. "
                    + "409 renstra-exists when the OPD has a Renstra starting that year.")
    ResponseEntity<RenstraImport.Result> importRenstra(
            @RequestParam @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @NotBlank(message = "judul wajib diisi") @Size(max = 300, message = "judul paling panjang 300 karakter") String title,
            @RequestPart("file") MultipartFile file) throws IOException {
        access.require(Permission.PLAN_OPD, Owner.opd(pemdaCode, opdCode));
        if (file.isEmpty()) {
            throw ApiProblem.unprocessable("not-a-workbook", "Berkas kosong.", Map.of("file", "berkas kosong"));
        }
        try (InputStream in = file.getInputStream()) {
            RenstraImport.Result result = renstraImport.importWorkbook(pemdaCode, opdCode, title.strip(), in,
                    Actors.current());
            return ResponseEntity.created(URI.create("/api/v1/renstra/" + result.renstra().id() + "/matrix"))
                    .body(result);
        }
    }

    @GetMapping("/api/v1/renstra/import-template")
    @Operation(summary = "The Excel template for a Renstra import, with a sheet that explains each column")
    ResponseEntity<byte[]> template(
            @RequestParam(defaultValue = "2025") @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int startYear,
            @RequestParam(defaultValue = "2029") @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int endYear) {
        if (endYear < startYear || endYear - startYear > 9) {
            throw ApiProblem.unprocessable("invalid-period", "Periode harus urut dan paling lama 10 tahun.",
                    Map.of("endYear", "tahun akhir harus sama atau setelah tahun awal, paling lama 10 tahun"));
        }
        return Downloads.xlsx("template-renstra-" + startYear + "-" + endYear, Templates.renstra(startYear, endYear));
    }

    @PostMapping(path = "/api/v1/rencana-aksi/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Rencana Aksi from an Excel workbook (.xlsx, the template's columns)",
            description = "Programs, kegiatan, sub kegiatan and aksi of the workbook are added under the sasaran "
                    + "strategis sasaranId, with the indicators and targets as written, the aksi's volume and "
                    + "quarters; the sasaran's indicator and its cumulative quarter targets come as parameters. All or "
                    + "nothing: 422 import-rejected names every bad row; 409 rencana-aksi-exists when the year has one.")
    ResponseEntity<RencanaAksiImport.Result> importRencanaAksi(
            @RequestParam @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam java.util.UUID sasaranId,
            @RequestParam(required = false) @Size(max = 500, message = "indikator paling panjang 500 karakter") String indikatorSasaran,
            @RequestParam(required = false) @Size(max = 100, message = "target paling panjang 100 karakter") String targetTw1,
            @RequestParam(required = false) @Size(max = 100, message = "target paling panjang 100 karakter") String targetTw2,
            @RequestParam(required = false) @Size(max = 100, message = "target paling panjang 100 karakter") String targetTw3,
            @RequestParam(required = false) @Size(max = 100, message = "target paling panjang 100 karakter") String targetTw4,
            @RequestPart("file") MultipartFile file) throws IOException {
        access.require(Permission.PLAN_OPD, Owner.opd(pemdaCode, opdCode));
        if (file.isEmpty()) {
            throw ApiProblem.unprocessable("not-a-workbook", "Berkas kosong.", Map.of("file", "berkas kosong"));
        }
        java.util.List<String> quarters = java.util.Arrays.asList(targetTw1, targetTw2, targetTw3, targetTw4);
        try (InputStream in = file.getInputStream()) {
            RencanaAksiImport.Result result = rencanaAksiImport.importWorkbook(pemdaCode, opdCode, year, sasaranId,
                    indikatorSasaran, quarters.stream().allMatch(java.util.Objects::isNull) ? null : quarters, in,
                    Actors.current());
            return ResponseEntity.created(URI.create("/api/v1/rencana-aksi/" + pemdaCode + "/" + opdCode + "/" + year))
                    .body(result);
        }
    }

    @GetMapping("/api/v1/rencana-aksi/import-template")
    @Operation(summary = "The Excel template for a Rencana Aksi import, with a sheet that explains each column")
    ResponseEntity<byte[]> rencanaAksiTemplate() {
        return Downloads.xlsx("template-rencana-aksi", Templates.rencanaAksi());
    }
}
