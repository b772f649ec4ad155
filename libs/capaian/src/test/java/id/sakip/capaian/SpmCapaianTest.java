package id.sakip.capaian;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class SpmCapaianTest {

    @Test
    void theSeedsRehabilitasiSosialMeetsEveryNeed() {
        // Disabilitas 150, anak terlantar 49, lansia terlantar 50, gelandangan pengemis 75, of as many
        assertThat(SpmCapaian.percent(new BigDecimal("324"), new BigDecimal("324"))).isEqualByComparingTo("100.00");
    }

    @Test
    void isRoundedHalfUpToTwoDecimals() {
        assertThat(SpmCapaian.percent(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("66.67");
        assertThat(SpmCapaian.percent(new BigDecimal("1"), new BigDecimal("8"))).isEqualByComparingTo("12.50");
        assertThat(SpmCapaian.percent(new BigDecimal("1"), new BigDecimal("400"))).isEqualByComparingTo("0.25");
        assertThat(SpmCapaian.percent(new BigDecimal("1"), new BigDecimal("800"))).isEqualByComparingTo("0.13");
    }

    @Test
    void nobodyInNeedIsNotAPercentage() {
        assertThat(SpmCapaian.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
    }
}
