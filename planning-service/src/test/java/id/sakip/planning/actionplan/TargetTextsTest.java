package id.sakip.planning.actionplan;

import id.sakip.indonesian.IndonesianNumber;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetTextsTest {

    @Test
    void aTargetSpellsTheNumberTheAgencyMeant() {
        assertThat(TargetTexts.number("1.500")).isEqualByComparingTo("1500");
        assertThat(TargetTexts.number("1.500 orang")).isEqualByComparingTo("1500");
        assertThat(TargetTexts.number("88%")).isEqualByComparingTo("88");
        assertThat(TargetTexts.number("97,64 %")).isEqualByComparingTo("97.64");
        assertThat(TargetTexts.number("Rp 52.264.600")).isEqualByComparingTo("52264600");
        assertThat(TargetTexts.number("Meningkat")).isNull();
        // the agencies' free-text targets: the leading number counts, the words stay as written
        assertThat(TargetTexts.number("100% terlaksana")).isEqualByComparingTo("100");
        assertThat(TargetTexts.number("4 laporan (triwulanan)")).isEqualByComparingTo("4");
        assertThat(TargetTexts.number("1 paket (50 orang)")).isEqualByComparingTo("1");
        assertThat(TargetTexts.number("97,64")).isEqualByComparingTo("97.64");
        assertThat(TargetTexts.number("1,5 indeks")).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> TargetTexts.number("1,500 orang")).isInstanceOf(IndonesianNumber.NotANumber.class)
                .hasMessageContaining("bisa dibaca 1.500 (ribuan) atau 1,500 (desimal)");
        assertThat(TargetTexts.number(null)).isNull();
        assertThatThrownBy(() -> TargetTexts.number("1.25.000 orang")).isInstanceOf(IndonesianNumber.NotANumber.class)
                .hasMessageContaining("'1.25.000' bukan angka");
    }

    @Test
    void cumulativeQuarterTargetsAreComparedAsNumbers() {
        Map<String, String> errors = new LinkedHashMap<>();
        // 1.500 read as 1.5 would fall below TW I's 900 and be refused as a target going down
        TargetTexts.checkQuarters(Arrays.asList("900 orang", "1.500 orang", null, "2.000 orang"), "lines[0]", errors);
        assertThat(errors).isEmpty();
        TargetTexts.checkQuarters(Arrays.asList("20%", "45%", "1,2,3", "88%"), "lines[0]", errors);
        assertThat(errors).containsKey("lines[0].quarterTargets");
        assertThat(errors.get("lines[0].quarterTargets")).startsWith("TW 3: '1,2,3'");
    }

    @Test
    void theUnitIsWhatFollowsTheNumber() {
        assertThat(TargetTexts.unit("86%")).isEqualTo("%");
        assertThat(TargetTexts.unit("22 Orang")).isEqualTo("Orang");
        assertThat(TargetTexts.unit("4 laporan (triwulanan)")).isEqualTo("laporan (triwulanan)");
        assertThat(TargetTexts.unit("90")).isEmpty();
        assertThat(TargetTexts.unit("Meningkat")).isNull();
    }
}
