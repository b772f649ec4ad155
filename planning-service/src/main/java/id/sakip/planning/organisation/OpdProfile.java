package id.sakip.planning.organisation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What chapter I of an OPD's LKjIP says about it: contact, head of office, legal basis, task and functions, business
 * processes, the staff table by status and sex, and the strategic issues (isu strategis).
 */
public record OpdProfile(
        @Size(max = 300, message = "alamat paling panjang 300 karakter") String address,
        @Size(max = 50, message = "nomor telepon paling panjang 50 karakter") String phone,
        @Size(max = 50, message = "nomor faks paling panjang 50 karakter") String fax,
        @Size(max = 200, message = "situs web paling panjang 200 karakter") String website,
        @Size(max = 200, message = "email paling panjang 200 karakter") @Pattern(regexp = "^$|[^@\\s]+@[^@\\s]+", message = "email tidak valid") String email,
        @Valid Head head,
        @Size(max = 50, message = "paling banyak 50 dasar hukum") List<@NotBlank(message = "dasar hukum tidak boleh kosong") @Size(max = 500, message = "dasar hukum paling panjang 500 karakter") String> legalBasis,
        @Size(max = 2000, message = "tugas paling panjang 2000 karakter") String task,
        @Size(max = 50, message = "paling banyak 50 fungsi") List<@NotBlank(message = "fungsi tidak boleh kosong") @Size(max = 500, message = "fungsi paling panjang 500 karakter") String> functions,
        @Valid BusinessProcesses businessProcesses,
        @Valid Staff staff,
        @Size(max = 30, message = "paling banyak 30 isu strategis") List<@NotBlank(message = "isu strategis tidak boleh kosong") @Size(max = 1000, message = "isu strategis paling panjang 1000 karakter") String> strategicIssues) {

    public OpdProfile {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        strategicIssues = strategicIssues == null ? List.of() : List.copyOf(strategicIssues);
        functions = functions == null ? List.of() : List.copyOf(functions);
    }

    public static OpdProfile empty() {
        return new OpdProfile(null, null, null, null, null, null, List.of(), null, List.of(), null, null, List.of());
    }

    /** Kepala OPD. */
    public record Head(
            @NotBlank(message = "nama kepala OPD wajib diisi") @Size(max = 200, message = "nama paling panjang 200 karakter") String name,
            @Pattern(regexp = "^$|[0-9 ]{18,21}", message = "NIP berupa 18 angka (boleh dengan spasi)") String nip,
            @Size(max = 100, message = "jabatan paling panjang 100 karakter") String title) {
    }

    /** Proses bisnis: manajerial, utama, pendukung. */
    public record BusinessProcesses(
            @Size(max = 50, message = "paling banyak 50 proses manajerial") List<@NotBlank(message = "proses tidak boleh kosong") @Size(max = 300, message = "proses paling panjang 300 karakter") String> manajerial,
            @Size(max = 50, message = "paling banyak 50 proses utama") List<@NotBlank(message = "proses tidak boleh kosong") @Size(max = 300, message = "proses paling panjang 300 karakter") String> utama,
            @Size(max = 50, message = "paling banyak 50 proses pendukung") List<@NotBlank(message = "proses tidak boleh kosong") @Size(max = 300, message = "proses paling panjang 300 karakter") String> pendukung) {
        public BusinessProcesses {
            manajerial = manajerial == null ? List.of() : List.copyOf(manajerial);
            utama = utama == null ? List.of() : List.copyOf(utama);
            pendukung = pendukung == null ? List.of() : List.copyOf(pendukung);
        }
    }

    /** The staff table on a date: per status (ASN, NON ASN), with a breakdown (PNS, PPPK, PTT ...). */
    public record Staff(
            @NotNull(message = "tanggal data pegawai wajib diisi") LocalDate asOf,
            @Size(max = 20, message = "paling banyak 20 baris") List<@Valid @NotNull(message = "baris tidak boleh kosong") StaffRow> rows) {
        public Staff {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /**
     * One status: men, women and their total, which must add up, as must its breakdown (the PNS and PPPK of an ASN
     * row), whose rows have no breakdown of their own.
     */
    public record StaffRow(
            @NotBlank(message = "status pegawai wajib diisi") @Size(max = 50, message = "status paling panjang 50 karakter") String status,
            @Min(value = 0, message = "jumlah tidak boleh negatif") int male,
            @Min(value = 0, message = "jumlah tidak boleh negatif") int female,
            @Min(value = 0, message = "jumlah tidak boleh negatif") int total,
            @Size(max = 10, message = "paling banyak 10 rincian") List<@Valid @NotNull(message = "rincian tidak boleh kosong") StaffBreakdown> breakdown) {

        public StaffRow {
            breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        }

        /** Total = men + women, and the breakdown adds up to the row. */
        @JsonIgnore
        public boolean isConsistent() {
            if (male + female != total) {
                return false;
            }
            return breakdown.isEmpty() || (breakdown.stream().mapToInt(StaffBreakdown::male).sum() == male
                    && breakdown.stream().mapToInt(StaffBreakdown::female).sum() == female
                    && breakdown.stream().allMatch(b -> b.male() + b.female() == b.total()));
        }
    }

    /** One status within a row's breakdown. */
    public record StaffBreakdown(
            @NotBlank(message = "status pegawai wajib diisi") @Size(max = 50, message = "status paling panjang 50 karakter") String status,
            @Min(value = 0, message = "jumlah tidak boleh negatif") int male,
            @Min(value = 0, message = "jumlah tidak boleh negatif") int female,
            @Min(value = 0, message = "jumlah tidak boleh negatif") int total) {
    }
}
