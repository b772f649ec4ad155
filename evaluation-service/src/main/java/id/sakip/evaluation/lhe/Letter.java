package id.sakip.evaluation.lhe;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The result letter's own facts, as the seed's nota dinas has them: its number and date, its nature, who sends it,
 * the decree the evaluation team works under, the day of the evaluation, the aspects it looked at, and who signs
 * (the team's secretary) on which day. Written whole by the evaluator.
 */
record Letter(
        @Size(max = 100, message = "nomor paling panjang 100 huruf") String number,
        LocalDate dated,
        @NotBlank(message = "sifat surat wajib diisi, misalnya Penting") @Size(max = 50, message = "sifat paling panjang 50 huruf") String nature,
        @NotBlank(message = "pengirim wajib diisi, misalnya Sekretaris Tim Penerapan SAKIP") @Size(max = 300, message = "pengirim paling panjang 300 huruf") String sender,
        @Size(max = 100, message = "nomor keputusan paling panjang 100 huruf") String decreeNumber,
        LocalDate decreeDate,
        @Size(max = 500, message = "perihal keputusan paling panjang 500 huruf") String decreeSubject,
        LocalDate evaluatedOn,
        @Size(max = 20, message = "paling banyak 20 aspek") List<@NotBlank(message = "aspek kosong") @Size(max = 500, message = "aspek paling panjang 500 huruf") String> aspects,
        @NotBlank(message = "nama penanda tangan wajib diisi") @Size(max = 200, message = "nama paling panjang 200 huruf") String signerName,
        @Size(max = 100, message = "pangkat paling panjang 100 huruf") String signerRank,
        @Size(max = 21, message = "NIP paling panjang 21 huruf") String signerNip,
        @NotBlank(message = "jabatan penanda tangan wajib diisi") @Size(max = 200, message = "jabatan paling panjang 200 huruf") String signerPosition,
        LocalDate signedOn) {

    Letter {
        // kept as given (nulls too), so that validation names an empty aspect rather than the reading failing
        aspects = aspects == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(aspects));
    }
}
