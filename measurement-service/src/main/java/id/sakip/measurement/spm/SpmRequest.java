package id.sakip.measurement.spm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * An SPM service of an OPD for a year, written whole, as the LKjIP's SPM table has its columns: the jenis layanan,
 * who receives it (penerima layanan), the standard it is held to (standar layanan), the indicator it reports, and
 * per group of recipients X (whose basic needs were met) of Y (who needed the service).
 */
record SpmRequest(
        @NotBlank(message = "nama layanan wajib diisi") @Size(max = 500, message = "nama paling panjang 500 huruf") String name,
        @Size(max = 1000, message = "penerima layanan paling panjang 1000 huruf") String recipients,
        @Size(max = 1000, message = "standar layanan paling panjang 1000 huruf") String standard,
        @Size(max = 1000, message = "indikator paling panjang 1000 huruf") String indicator,
        @NotEmpty(message = "paling sedikit satu kelompok penerima") @Size(max = 50, message = "paling banyak 50 kelompok") List<@Valid @NotNull(message = "kelompok kosong") Group> groups) {

    record Group(
            @NotBlank(message = "nama kelompok wajib diisi") @Size(max = 200, message = "nama kelompok paling panjang 200 huruf") String name,
            @NotNull(message = "X wajib diisi") @Min(value = 0, message = "X tidak boleh negatif") @Digits(integer = 12, fraction = 0, message = "X berupa bilangan bulat") BigDecimal x,
            @NotNull(message = "Y wajib diisi") @Min(value = 0, message = "Y tidak boleh negatif") @Digits(integer = 12, fraction = 0, message = "Y berupa bilangan bulat") BigDecimal y) {
    }
}
