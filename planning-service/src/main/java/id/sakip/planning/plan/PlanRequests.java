package id.sakip.planning.plan;

import id.sakip.support.web.Codes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Bodies of the plan API; also what an import hands to {@link PlanNodes}. */
public final class PlanRequests {

    public record NodeRequest(
            @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka (kode BPS)") String pemdaCode,
            @Pattern(regexp = Codes.OPD, message = "kode OPD berupa huruf besar, angka dan tanda hubung") String opdCode,
            @NotNull(message = "jenis simpul wajib diisi: VISI, MISI, TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN atau AKSI") NodeKind kind,
            UUID parentId,
            UUID renstraId,
            @Size(max = 40, message = "kode paling panjang 40 karakter") String code,
            @Min(value = 1, message = "nomor paling kecil 1") @Max(value = 999, message = "nomor paling besar 999") Integer number,
            @NotBlank(message = "uraian wajib diisi") @Size(max = 1000, message = "uraian paling panjang 1000 karakter") String text,
            @Size(max = 100, message = "paling banyak 100 OPD") List<@NotBlank(message = "kode OPD tidak boleh kosong") @Size(max = 40, message = "kode OPD paling panjang 40 karakter") String> sharedWithOpd) {

        public NodeRequest {
            sharedWithOpd = sharedWithOpd == null ? List.of() : List.copyOf(sharedWithOpd);
        }
    }

    public record MoveRequest(UUID parentId) {
    }

    public record RenstraRequest(
            @NotBlank(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka (kode BPS)") String pemdaCode,
            @NotBlank(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD berupa huruf besar, angka dan tanda hubung") String opdCode,
            @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int startYear,
            @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int endYear,
            @NotBlank(message = "judul wajib diisi") @Size(max = 300, message = "judul paling panjang 300 karakter") String title) {
    }

    private PlanRequests() {
    }
}
