package id.sakip.budget.line;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The pagu of one sub kegiatan for a fiscal year. */
record BudgetLineRequest(
        @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = "[0-9]{2,4}", message = "kode Pemda berupa 2-4 angka (kode BPS)") String pemdaCode,
        @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "kode OPD berupa huruf besar, angka dan tanda hubung") String opdCode,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "kode bidang berupa huruf besar, angka dan tanda hubung") String bidangCode,
        @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
        @NotBlank(message = "kode sub kegiatan wajib diisi") @Pattern(regexp = "[0-9X]\\.[0-9X]{2}\\.[0-9]{2}\\.[0-9]\\.[0-9]{2}\\.[0-9]{4}", message = "kode sub kegiatan berbentuk U.BB.PP.K.KK.SSSS, misalnya 1.06.02.2.03.0001") String subKegiatanCode,
        @NotBlank(message = "nama sub kegiatan wajib diisi") @Size(max = 500, message = "nama paling panjang 500 karakter") String subKegiatanName,
        @NotBlank(message = "versi pagu wajib diisi (mis. MURNI)") @Pattern(regexp = "MURNI|PERUBAHAN|PERGESERAN-[0-9]{1,2}", message = "versi pagu: MURNI, PERUBAHAN atau PERGESERAN-n") String paguVersion,
        @NotNull(message = "pagu wajib diisi") @DecimalMin(value = "0", message = "pagu tidak boleh negatif") @Digits(integer = 15, fraction = 2, message = "rupiah paling banyak 15 digit dan 2 desimal") BigDecimal pagu) {
}
