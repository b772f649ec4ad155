package id.sakip.planning.agreement;

import id.sakip.support.web.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies of the Perjanjian Kinerja API. */
final class AgreementRequests {

    /** What the agreement promises: sasaran with their indicators' targets for the year, programs with budget. */
    record Content(
            @NotEmpty(message = "paling sedikit satu sasaran") @Size(max = 20, message = "paling banyak 20 sasaran") List<@Valid @NotNull(message = "sasaran tidak boleh kosong") SasaranItem> sasaran,
            @Size(max = 60, message = "paling banyak 60 program") List<@Valid @NotNull(message = "program tidak boleh kosong") ProgramItem> programs) {

        Content {
            programs = programs == null ? List.of() : programs;
        }
    }

    record SasaranItem(
            @NotNull(message = "sasaran wajib diisi") UUID nodeId,
            @NotEmpty(message = "paling sedikit satu indikator") @Size(max = 10, message = "paling banyak 10 indikator per sasaran") List<@Valid @NotNull(message = "indikator tidak boleh kosong") IndicatorItem> indicators) {
    }

    /** The indicator's target for the agreement's year, in the shape of its target type. */
    record IndicatorItem(
            @NotNull(message = "indikator wajib diisi") UUID indicatorId,
            @Digits(integer = 15, fraction = 6, message = "angka target paling banyak 15 digit dan 6 desimal") BigDecimal value,
            @Digits(integer = 15, fraction = 6, message = "batas bawah paling banyak 15 digit dan 6 desimal") BigDecimal min,
            @Digits(integer = 15, fraction = 6, message = "batas atas paling banyak 15 digit dan 6 desimal") BigDecimal max,
            @Size(max = 50, message = "kategori paling panjang 50 karakter") String category) {
    }

    record ProgramItem(
            @NotNull(message = "program wajib diisi") UUID nodeId,
            @NotNull(message = "pagu wajib diisi") @DecimalMin(value = "0", message = "pagu tidak boleh negatif") @Digits(integer = 15, fraction = 2, message = "rupiah paling banyak 15 digit dan 2 desimal") BigDecimal pagu) {
    }

    record Draft(
            @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka (kode BPS)") String pemdaCode,
            @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD berupa huruf besar, angka dan tanda hubung") String opdCode,
            @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @NotNull(message = "isi perjanjian wajib diisi") @Valid Content content) {
    }

    record Signature(
            @NotBlank(message = "nama penanda tangan wajib diisi") @Size(max = 200, message = "nama paling panjang 200 karakter") String signatoryName,
            @Pattern(regexp = "^$|[0-9 ]{18,21}", message = "NIP berupa 18 angka (boleh dengan spasi)") String signatoryNip,
            @Size(max = 100, message = "jabatan paling panjang 100 karakter") String signatoryTitle,
            @NotNull(message = "tanggal penandatanganan wajib diisi") LocalDate signedOn) {
    }

    record Revision(
            @NotBlank(message = "alasan revisi wajib diisi") @Size(max = 1000, message = "alasan paling panjang 1000 karakter") String reason,
            @NotBlank(message = "nomor keputusan wajib diisi") @Size(max = 100, message = "nomor keputusan paling panjang 100 karakter") String decreeNumber,
            @NotNull(message = "tanggal revisi wajib diisi") LocalDate revisionDate,
            @NotNull(message = "isi perjanjian wajib diisi") @Valid Content content) {
    }

    private AgreementRequests() {
    }
}
