package id.sakip.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({"90.000000, 90", "9E+1, 90", "97.640, 97.64", "0.000, 0", "52264600.00, 52264600", "-1.50, -1.5"})
    void writesMeasuresAsPeopleDo(String stored, String shown) {
        assertThat(Decimals.plain(new BigDecimal(stored)).toString()).isEqualTo(shown);
    }
}
