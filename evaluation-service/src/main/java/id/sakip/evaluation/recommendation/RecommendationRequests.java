package id.sakip.evaluation.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

final class RecommendationRequests {

    private RecommendationRequests() {
    }

    /** A recommendation the evaluator writes: its area, what to do, who does it, by when. */
    record Write(
            @NotBlank(message = "bidang rekomendasi wajib diisi") @Size(max = 40, message = "kode bidang paling panjang 40 huruf") String area,
            @NotBlank(message = "isi rekomendasi wajib diisi") @Size(max = 2000, message = "rekomendasi paling panjang 2000 huruf") String text,
            @NotBlank(message = "penanggung jawab wajib diisi") @Size(max = 200, message = "penanggung jawab paling panjang 200 huruf") String owner,
            @NotNull(message = "batas waktu wajib diisi") LocalDate dueDate) {
    }

    /** A quarter's follow-up by the OPD; {@code done} closes the recommendation. */
    record FollowUp(
            @NotBlank(message = "triwulan wajib diisi") @Pattern(regexp = "20[0-9]{2}Q[1-4]", message = "triwulan seperti 2025Q1") String quarter,
            @NotBlank(message = "catatan tindak lanjut wajib diisi") @Size(max = 4000, message = "catatan paling panjang 4000 huruf") String note,
            @Size(max = 2000, message = "bukti paling panjang 2000 huruf") String evidence,
            Boolean done) {

        boolean closes() {
            return Boolean.TRUE.equals(done);
        }
    }
}
