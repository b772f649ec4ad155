package id.sakip.planning.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the organisation API. Codes come from the path. */
final class OrganisationRequests {

    record PemdaRequest(
            @NotBlank(message = "nama Pemda wajib diisi") @Size(max = 200, message = "nama paling panjang 200 karakter") String name,
            @Size(max = 100, message = "provinsi paling panjang 100 karakter") String province,
            @Size(max = 1000, message = "visi paling panjang 1000 karakter") String visi,
            @Size(max = 100, message = "jabatan kepala daerah paling panjang 100 karakter") String headTitle,
            @Size(max = 200, message = "nama kepala daerah paling panjang 200 karakter") String headName,
            @Size(max = 100, message = "tempat penandatanganan paling panjang 100 karakter") String place) {
    }

    record OpdRequest(
            @NotBlank(message = "nama OPD wajib diisi") @Size(max = 300, message = "nama paling panjang 300 karakter") String name,
            @Size(max = 100, message = "nama singkat paling panjang 100 karakter") String shortName,
            @Valid OpdProfile profile) {
    }

    record BidangRequest(
            @NotBlank(message = "nama bidang wajib diisi") @Size(max = 300, message = "nama paling panjang 300 karakter") String name) {
    }

    private OrganisationRequests() {
    }
}
