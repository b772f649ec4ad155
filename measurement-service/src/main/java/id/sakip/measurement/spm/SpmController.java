package id.sakip.measurement.spm;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import id.sakip.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/spm/{pemdaCode}/{opdCode}/{year}")
@Tag(name = "SPM", description = "Standar Pelayanan Minimal: X / Y per layanan dan kelompok penerima")
class SpmController {

    private static final String SERVICE_CODE = "[A-Z0-9][A-Z0-9.-]{0,39}";
    private static final String SERVICE_CODE_MESSAGE = "kode layanan berupa huruf besar, angka, titik atau tanda hubung";

    private final Spm spm;
    private final Access access;

    SpmController(Spm spm, Access access) {
        this.spm = spm;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The SPM of an OPD for a year: X, Y and percentage per group, service and overall")
    SpmView get(@PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable @Min(value = 2000, message = "tahun 2000-2100") @Max(value = 2100, message = "tahun 2000-2100") int year) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return spm.of(pemdaCode, opdCode, year);
    }

    @PutMapping("/{serviceCode}")
    @Operation(summary = "Write an SPM service whole, with its groups (X of Y each)",
            description = "The service's columns as the LKjIP's SPM table prints them: jenis layanan (name), "
                    + "penerima layanan (recipients), standar layanan (standard), indikator, and the groups. X and Y "
                    + "are whole non-negative numbers and X <= Y (else 422 invalid-spm with the group named). Writing "
                    + "an existing service needs If-Match with the version read (428 if-match-required without it, "
                    + "409 concurrent-modification when stale); a withdrawn service's code is written again without "
                    + "it. Every write is audited (who, when, counts before and after) and published as "
                    + "SpmServiceChanged.")
    ResponseEntity<SpmView> put(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable @Min(value = 2000, message = "tahun 2000-2100") @Max(value = 2100, message = "tahun 2000-2100") int year,
            @PathVariable @Pattern(regexp = SERVICE_CODE, message = SERVICE_CODE_MESSAGE) String serviceCode,
            @Valid @RequestBody SpmRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        access.require(Permission.ENTER_SPM, Owner.opd(pemdaCode, opdCode));
        boolean created = spm.put(pemdaCode, opdCode, year, serviceCode, request, IfMatch.version(ifMatch),
                Actors.current());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(spm.of(pemdaCode, opdCode, year));
    }

    @DeleteMapping("/{serviceCode}")
    @Operation(summary = "Withdraw an SPM service entered by mistake",
            description = "Needs If-Match with the version read (428 / 409 as for a write); 404 spm-service-not-found "
                    + "when there is none. The service leaves the SPM and the LKjIP; its audit trail stays, and "
                    + "writing its code again brings it back. Published as SpmServiceChanged with withdrawn true.")
    SpmView withdraw(
            @PathVariable @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @PathVariable @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @PathVariable @Min(value = 2000, message = "tahun 2000-2100") @Max(value = 2100, message = "tahun 2000-2100") int year,
            @PathVariable @Pattern(regexp = SERVICE_CODE, message = SERVICE_CODE_MESSAGE) String serviceCode,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        access.require(Permission.ENTER_SPM, Owner.opd(pemdaCode, opdCode));
        spm.withdraw(pemdaCode, opdCode, year, serviceCode, IfMatch.version(ifMatch), Actors.current());
        return spm.of(pemdaCode, opdCode, year);
    }
}
