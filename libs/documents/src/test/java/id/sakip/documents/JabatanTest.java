package id.sakip.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JabatanTest {

    private static final String OPD = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak";
    private static final String FULL =
            "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Probolinggo";

    @Test
    void theTitleAndTheOpdShareTheirCommonWordOnce() {
        assertThat(Jabatan.of("Kepala Dinas", OPD, "Kota Probolinggo")).isEqualTo(FULL);
    }

    @Test
    void aTitleEnteredWholeIsNotDoubled() {
        assertThat(Jabatan.of("Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", OPD,
                "Kota Probolinggo")).isEqualTo(FULL);
        assertThat(Jabatan.of(FULL, OPD, "Kota Probolinggo")).isEqualTo(FULL);
        assertThat(Jabatan.of("  kepala dinas  sosial, pemberdayaan perempuan dan perlindungan anak kota probolinggo ",
                OPD, "Kota Probolinggo")).isEqualTo("kepala dinas sosial, pemberdayaan perempuan dan perlindungan anak "
                + "kota probolinggo");
    }

    @Test
    void aTitleWithoutTheOpdsFirstWordIsFollowedByTheWholeName() {
        assertThat(Jabatan.of("Plt. Kepala", "Badan Perencanaan Pembangunan Daerah", "Kabupaten Malang"))
                .isEqualTo("Plt. Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Malang");
        assertThat(Jabatan.of(null, "Inspektorat", "Kota Probolinggo"))
                .isEqualTo("Kepala Inspektorat Kota Probolinggo");
    }

    @Test
    void anOpdWhoseNameEndsWithThePemdaIsNotFollowedByItAgain() {
        assertThat(Jabatan.of("Kepala Dinas", "Dinas Kesehatan Kota Probolinggo", "Kota Probolinggo"))
                .isEqualTo("Kepala Dinas Kesehatan Kota Probolinggo");
    }

    @Test
    void theHeadOfRegionAndThePlaceFollowTheKindOfPemda() {
        assertThat(Jabatan.headOfRegion("Kota Probolinggo")).isEqualTo("Wali Kota Probolinggo");
        assertThat(Jabatan.headOfRegion("Kabupaten Malang")).isEqualTo("Bupati Malang");
        assertThat(Jabatan.headOfRegion("Provinsi Jawa Timur")).isEqualTo("Gubernur Jawa Timur");
        assertThat(Jabatan.placeOf("Kota Probolinggo")).isEqualTo("Probolinggo");
    }
}
