package id.sakip.evaluation.evaluation;

import id.sakip.support.web.Codes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the evaluation's API takes. */
final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** Opens the evaluation of an OPD for a year; {@code frameworkCode} null: PermenPANRB 88/2021. */
    record Open(
            @NotNull(message = "kode Pemda wajib diisi") @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @NotNull(message = "kode OPD wajib diisi") @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @NotNull(message = "tahun wajib diisi") @Min(value = 2000, message = "tahun 2000-2100") @Max(value = 2100, message = "tahun 2000-2100") Integer year,
            @Size(max = 40, message = "kode kerangka paling panjang 40 huruf") String frameworkCode) {
    }

    /** The OPD's answer to a criterion. */
    record SelfAssessment(
            @NotBlank(message = "nilai wajib diisi") @Size(max = 4, message = "nilai berupa AA, A, BB, B, CC, C, D atau E") String grade,
            @Size(max = 4000, message = "catatan paling panjang 4000 huruf") String note,
            @Size(max = 2000, message = "bukti paling panjang 2000 huruf") String evidence) {
    }

    /** The evaluator's grade of a criterion. */
    record Grade(
            @NotBlank(message = "nilai wajib diisi") @Size(max = 4, message = "nilai berupa AA, A, BB, B, CC, C, D atau E") String grade,
            @Size(max = 4000, message = "catatan paling panjang 4000 huruf") String note) {
    }
}
