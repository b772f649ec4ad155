package id.sakip.indonesian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndonesianNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "97,64; 97.64", "1.325.359.814; 1325359814", "1.250,5; 1250.5", "1.250; 1250", "97.64; 97.64",
            "0,5; 0.5", "0.5; 0.5", "90; 90", "-2,5; -2.5", " 52 264 600 ; 52264600", "1 250,5; 1250.5",
            "12.5; 12.5", "1.2345; 1.2345", "+3; 3", "0; 0", "007; 7"})
    void readsWhatAPersonMeans(String text, String expected) {
        assertThat(IndonesianNumber.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sembilan", "97,64,1", "1.25.000", "1,", ",5x", "1.250.5", "--1", "9O", "1e5", ".",
            "5.", "0.500", "1.250 000", "1 5", "97 64", "1 25,5", "12 345.6", "97,64%", "1.000,5.5", "1,5 0"})
    void refusesWhatIsNoNumberAndSaysWhatToType(String text) {
        assertThatThrownBy(() -> IndonesianNumber.parse(text)).isInstanceOf(IndonesianNumber.NotANumber.class)
                .hasMessageContaining("bukan angka").hasMessageContaining("97,64");
    }

    @Test
    void aPercentSignOnlyWhereTheFieldIsAPercentage() {
        assertThat(IndonesianNumber.parsePercent("97,64%")).isEqualByComparingTo("97.64");
        assertThat(IndonesianNumber.parsePercent("97,64 %")).isEqualByComparingTo("97.64");
        assertThat(IndonesianNumber.parsePercent("97,64")).isEqualByComparingTo("97.64");
    }

    @Test
    void anEmptyFieldIsNoNumber() {
        assertThat(IndonesianNumber.parse("  ")).isNull();
        assertThat(IndonesianNumber.parse(null)).isNull();
    }
}
