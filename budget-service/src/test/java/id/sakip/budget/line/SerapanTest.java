package id.sakip.budget.line;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Serapan with the seed's Pelaporan Kinerja 2024 figures. */
class SerapanTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "50825000, 52264600, 97.25",       // Program Pemberdayaan Sosial
            "4120900, 4121000, 100.00",        // Pekerja Sosial Masyarakat
            "41859100, 43243600, 96.80",       // Tenaga Kesejahteraan Sosial
            "3360000, 3400000, 98.82",         // Kelembagaan Masyarakat
            "1485000, 1500000, 99.00",         // LK3
            "1197686684, 1273095214, 94.08",   // Program Rehabilitasi Sosial
            "1002011120, 1045673114, 95.82",   // its kegiatan
            "727753000, 750748114, 96.94"      // Penyediaan Permakanan
    })
    void seedFigures(String realized, String pagu, String expected) {
        assertThat(Serapan.rounded(Serapan.percent(new BigDecimal(realized), new BigDecimal(pagu))))
                .isEqualByComparingTo(expected);
    }

    @Test
    void aZeroPaguHasNoSerapan() {
        assertThat(Serapan.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
    }
}
