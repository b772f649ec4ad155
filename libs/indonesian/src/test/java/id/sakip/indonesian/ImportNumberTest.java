package id.sakip.indonesian;

import id.sakip.indonesian.IndonesianNumber.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers in imports: the agencies' spellings read as meant, the ambiguous ones refused with the reason. */
class ImportNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1.500; MEASURE; 1500", "1.500 orang; COUNT; 1500", "1.500 orang; MEASURE; 1500", "1.234,56; MEASURE; 1234.56",
            "97,64; MEASURE; 97.64", "90%; MEASURE; 90", "90 %; MEASURE; 90", "97,64 %; MEASURE; 97.64",
            "Rp 52.264.600; MONEY; 52264600", "Rp52.264.600; MONEY; 52264600", "rp. 1.500,50; MONEY; 1500.50",
            "68,2 indeks; MEASURE; 68.2", "12.566 KK; COUNT; 12566", "97.64; MEASURE; 97.64", "1,5; MEASURE; 1.5",
            "1,500; MEASURE; 1.5", "33; COUNT; 33", "1 325 359 814; MONEY; 1325359814", "-2,5; MEASURE; -2.5",
            "80 keluarga/tahun; COUNT; 80", "1.325.359.814; MONEY; 1325359814", "Rp 52.264.600,-; MONEY; 52264600",
            "Rp 52.264.600,\u2013; MONEY; 52264600"})
    void readsTheAgenciesSpellings(String text, Column column, String expected) {
        assertThat(IndonesianNumber.read(text, column)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1,500; COUNT; tidak dapat dibaca dengan pasti: bisa dibaca 1.500 (ribuan) atau 1,500 (desimal)",
            "1,500; MONEY; bisa dibaca", "1.5; COUNT; bilangan bulat", "1.50; MONEY; titik desimal",
            "1,5 orang; COUNT; bukan bilangan bulat", "1.500,505; MONEY; lebih dari 2 angka sen",
            "1,500 orang; COUNT; bisa dibaca", "Rp 1,5 M; MONEY; \u201cM\u201d, yang tidak dibaca sebagai pengali",
            "52 juta; MONEY; tulis angkanya lengkap", "5 ribu orang; COUNT; \u201cribu orang\u201d, yang tidak dibaca",
            "52.264.600 rupiah; MONEY; kolom rupiah berisi angka saja"})
    void refusesWhatHasNoCertainReadingAndSaysWhy(String text, Column column, String reason) {
        assertThatThrownBy(() -> IndonesianNumber.read(text, column))
                .isInstanceOf(IndonesianNumber.NotANumber.class)
                .hasMessageContaining("'" + text + "'").hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sembilan puluh", "1,234.56", "1,234,567", "1.25.000", "90%%", "orang 5", "1.2.3", "2 x 3"})
    void refusesWhatIsNoNumber(String text) {
        for (Column column : Column.values()) {
            assertThatThrownBy(() -> IndonesianNumber.read(text, column)).as("%s in %s", text, column)
                    .isInstanceOf(IndonesianNumber.NotANumber.class);
        }
    }

    @Test
    void emptyAndNoneAreNoNumber() {
        for (String none : new String[] {null, "", "  ", "-", "\u2013", "\u2014", "N/A", "n/a"}) {
            assertThat(IndonesianNumber.read(none, Column.MEASURE)).as(none).isNull();
        }
    }

    /** Whatever number the workbooks print (Indonesian.decimal, .rupiah), an import reads back as that number. */
    @Test
    void whatTheWorkbooksPrintReadsBackAsTheSameNumber() {
        Random random = new Random(20_261_201L);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal measure = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(7));
            assertThat(IndonesianNumber.read(Indonesian.decimal(measure), Column.MEASURE))
                    .as("case %d: %s printed %s", i, measure, Indonesian.decimal(measure))
                    .isEqualByComparingTo(measure);
            assertThat(IndonesianNumber.read(Indonesian.percent(measure), Column.MEASURE))
                    .as("case %d: %s printed %s", i, measure, Indonesian.percent(measure))
                    .isEqualByComparingTo(measure.setScale(2, java.math.RoundingMode.HALF_UP));
            BigDecimal count = BigDecimal.valueOf(Math.abs(random.nextLong() % 100_000_000L));
            assertThat(IndonesianNumber.read(Indonesian.decimal(count) + " orang", Column.COUNT))
                    .as("case %d: %s", i, count).isEqualByComparingTo(count);
            BigDecimal money = BigDecimal.valueOf(Math.abs(random.nextLong() % 1_000_000_000_000_000L),
                    random.nextInt(3));
            assertThat(IndonesianNumber.read("Rp " + Indonesian.rupiah(money), Column.MONEY))
                    .as("case %d: %s printed %s", i, money, Indonesian.rupiah(money))
                    .isEqualByComparingTo(money);
        }
    }
}
