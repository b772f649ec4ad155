package id.sakip.budget.imports;

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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

@RestController
@Validated
@Tag(name = "Anggaran", description = "Pagu sub kegiatan, realisasi anggaran per triwulan dan serapan")
class BudgetImportController {

    private final BudgetImport budgetImport;

    private final Access access;

    BudgetImportController(BudgetImport budgetImport, Access access) {
        this.access = access;
        this.budgetImport = budgetImport;
    }

    @PostMapping(path = "/api/v1/budget/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a year's pagu and spending from an Excel workbook (the Pelaporan Kinerja layout)",
            description = "All or nothing: 422 import-rejected lists every bad row by its number (a code not in the "
                    + "program tree, a line the year already has, a negative or over-precise amount, spending above "
                    + "the pagu, a program or kegiatan total smaller than its rows) and stores nothing. A program's or "
                    + "kegiatan's row is its official total: what it holds beyond its rows becomes its own named line. "
                    + "A first pagu other than MURNI needs legalReference. Answers the budget tree after the import.")
    ResponseEntity<BudgetImport.Result> importWorkbook(
            @RequestParam @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(defaultValue = "MURNI") @Pattern(regexp = "MURNI|PERUBAHAN|PERGESERAN-[0-9]{1,2}", message = "versi pagu: MURNI, PERUBAHAN atau PERGESERAN-n") String paguVersion,
            @RequestParam(required = false) @Size(max = 300, message = "dasar hukum paling panjang 300 karakter") String legalReference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate legalDate,
            @RequestPart("file") MultipartFile file) throws IOException {
        access.require(Permission.MANAGE_BUDGET, Owner.opd(pemdaCode, opdCode));
        if (file.isEmpty()) {
            throw ApiProblem.unprocessable("not-a-workbook", "Berkas kosong.", Map.of("file", "berkas kosong"));
        }
        try (InputStream in = file.getInputStream()) {
            BudgetImport.Result result = budgetImport.importWorkbook(pemdaCode, opdCode, year, paguVersion,
                    legalReference, legalDate, in, Actors.current());
            return ResponseEntity.created(URI.create("/api/v1/budget/tree?pemdaCode=" + pemdaCode + "&opdCode="
                    + opdCode + "&year=" + year)).body(result);
        }
    }

    @GetMapping("/api/v1/budget/import-template")
    @Operation(summary = "The workbook the budget import reads, with a sheet that explains its columns")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("templat-anggaran", BudgetTemplate.workbook());
    }
}
