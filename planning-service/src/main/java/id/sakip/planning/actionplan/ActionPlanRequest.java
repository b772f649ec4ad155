package id.sakip.planning.actionplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A whole Rencana Aksi: who signed it, and one line per plan node it speaks of. The sasaran strategis carries its
 * indicator and cumulative quarter targets ("up to TW n"); programs, kegiatan and sub kegiatan their indicator and
 * target; each aksi its volume, the quarters in which it runs and, where printed, a target. Targets are kept as the
 * agency writes them ("88%", "50 Orang"). A line may name the plan's indicator its targets belong to
 * ({@code indicatorId}): its quarter targets must then fit that indicator and are published for measurement.
 * Replacing an existing Rencana Aksi needs a {@code reason}; the replaced version is kept in its history.
 */
public record ActionPlanRequest(
        @Valid Signed signed,
        @Size(max = 1000, message = "alasan paling panjang 1000 karakter") String reason,
        @NotEmpty(message = "paling sedikit satu baris") @Size(max = 2000, message = "paling banyak 2000 baris") List<@Valid @NotNull(message = "baris tidak boleh kosong") Line> lines) {

    public record Signed(
            @Size(max = 100, message = "tempat paling panjang 100 karakter") String place,
            LocalDate date,
            @Size(max = 200, message = "nama paling panjang 200 karakter") String by,
            @Pattern(regexp = "^$|[0-9 ]{18,21}", message = "NIP berupa 18 angka (boleh dengan spasi)") String nip) {
    }

    public record Line(
            @NotNull(message = "simpul pohon kinerja wajib diisi") UUID nodeId,
            @Size(max = 500, message = "indikator paling panjang 500 karakter") String indicator,
            @Size(max = 100, message = "target paling panjang 100 karakter") String target,
            @Size(max = 100, message = "volume paling panjang 100 karakter") String volume,
            @Size(max = 4, message = "jadwal berisi 4 triwulan") List<Boolean> schedule,
            @Size(max = 4, message = "target triwulan berisi 4 nilai (TW I-IV)") List<@Size(max = 100, message = "target triwulan paling panjang 100 karakter") String> quarterTargets,
            UUID indicatorId) {

        /** A line that names no indicator of the plan (its indicator is text only). */
        public Line(UUID nodeId, String indicator, String target, String volume, List<Boolean> schedule,
                List<String> quarterTargets) {
            this(nodeId, indicator, target, volume, schedule, quarterTargets, null);
        }
    }
}
