package id.sakip.budget.line;

import com.fasterxml.jackson.annotation.JsonAlias;
import id.sakip.support.web.Codes;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The pagu of one line for a fiscal year: a sub kegiatan (code U.BB.PP.K.KK.SSSS), or a kegiatan's (U.BB.PP.K.KK) or
 * program's (U.BB.PP) own line for what its listed children do not cover, which needs a {@code name}. The code must
 * be in the OPD's program tree as planning published it.
 */
public record BudgetLineRequest(
        @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka (kode BPS)") String pemdaCode,
        @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD berupa huruf besar, angka dan tanda hubung") String opdCode,
        @Pattern(regexp = Codes.OPD, message = "kode bidang berupa huruf besar, angka dan tanda hubung") String bidangCode,
        @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
        @JsonAlias("subKegiatanCode") @NotBlank(message = "kode wajib diisi") @Pattern(regexp = BudgetLevel.ANY_CODE, message = "kode berbentuk U.BB.PP (program), U.BB.PP.K.KK (kegiatan) atau U.BB.PP.K.KK.SSSS (sub kegiatan), misalnya 1.06.02.2.03.0001") String code,
        @JsonAlias("subKegiatanName") @Size(max = 500, message = "nama paling panjang 500 karakter") String name,
        @NotBlank(message = "versi pagu wajib diisi (mis. MURNI)") @Pattern(regexp = BudgetLevel.PAGU_VERSION, message = "versi pagu: MURNI, PERUBAHAN atau PERGESERAN-n") String paguVersion,
        @NotNull(message = "pagu wajib diisi") @DecimalMin(value = "0", message = "pagu tidak boleh negatif") @Digits(integer = 15, fraction = 2, message = "rupiah paling banyak 15 digit dan 2 desimal") BigDecimal pagu,
        @Size(max = 300, message = "dasar hukum paling panjang 300 karakter") String legalReference,
        LocalDate legalDate) {

    /** A new pagu for a line: a later budget document, with its legal reference and date. */
    public record Revision(
            @NotBlank(message = "versi pagu wajib diisi (PERUBAHAN atau PERGESERAN-n)") @Pattern(regexp = BudgetLevel.PAGU_VERSION, message = "versi pagu: PERUBAHAN atau PERGESERAN-n") String paguVersion,
            @NotNull(message = "pagu wajib diisi") @DecimalMin(value = "0", message = "pagu tidak boleh negatif") @Digits(integer = 15, fraction = 2, message = "rupiah paling banyak 15 digit dan 2 desimal") BigDecimal pagu,
            @NotBlank(message = "dasar hukum revisi wajib diisi (mis. Perda Perubahan APBD atau Perkada pergeseran)") @Size(max = 300, message = "dasar hukum paling panjang 300 karakter") String legalReference,
            @NotNull(message = "tanggal dasar hukum wajib diisi") LocalDate legalDate,
            @Size(max = 2000, message = "alasan paling panjang 2000 karakter") String reason) {
    }
}
