package id.sakip.indonesian;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianTest {

    @Test
    void aScoreKeepsTwoDecimalsWithTheIndonesianComma() {
        assertThat(Indonesian.twoDecimals(new BigDecimal("80.171428"))).isEqualTo("80,17");
        assertThat(Indonesian.twoDecimals(new BigDecimal("24"))).isEqualTo("24,00");
        assertThat(Indonesian.twoDecimals(new BigDecimal("0.005"))).isEqualTo("0,01");
        assertThat(Indonesian.twoDecimals(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
        assertThat(Indonesian.twoDecimals(null)).isEqualTo("-");
    }
}
