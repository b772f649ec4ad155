package id.sakip.evaluation.framework;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The frameworks as data: the regulation's weights and criteria counts, another version beside it, a bad file. */
class FrameworkTest {

    static Framework lke88() throws IOException {
        try (InputStream in = FrameworkTest.class.getResourceAsStream("/frameworks/permenpanrb-88-2021.json")) {
            return Framework.read(in);
        }
    }

    @Test
    void permenpanrb88Of2021WeighsItsFourComponentsAndEightyCriteria() throws IOException {
        Framework lke = lke88();
        assertThat(lke.components()).extracting(Framework.Component::name).containsExactly("Perencanaan Kinerja",
                "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal");
        assertThat(lke.components()).extracting(c -> c.weight().intValue()).containsExactly(30, 30, 15, 25);
        // keberadaan / kualitas / pemanfaatan: 20 / 30 / 50 percent of each component
        assertThat(lke.components().get(2).subComponents()).extracting(s -> s.weight().toPlainString())
                .containsExactly("3", "4.5", "7.5");
        assertThat(lke.components().get(3).subComponents()).extracting(s -> s.weight().toPlainString())
                .containsExactly("5", "7.5", "12.5");
        assertThat(lke.components()).extracting(c -> c.subComponents().stream().map(s -> s.criteria().size())
                .toList()).containsExactly(java.util.List.of(7, 10, 8), java.util.List.of(3, 7, 10),
                java.util.List.of(6, 9, 7), java.util.List.of(3, 5, 5));
        assertThat(lke.criteria()).hasSize(80);
        assertThat(lke.grades()).extracting(g -> g.code() + " " + g.value()).containsExactly("AA 100", "A 90",
                "BB 80", "B 70", "CC 60", "C 50", "D 30", "E 0");
        assertThat(lke.criterion("3.a.1").orElseThrow().criterion().text())
                .isEqualTo("Dokumen Laporan Kinerja telah disusun.");
    }

    @Test
    void theBandsFallOnTheSideTheRegulationSays() throws IOException {
        Framework lke = lke88();
        String[][] cases = {{"0", "D"}, {"30", "D"}, {"30.01", "C"}, {"50", "C"}, {"50.01", "CC"}, {"60", "CC"},
                {"60.01", "B"}, {"70", "B"}, {"70.01", "BB"}, {"80", "BB"}, {"80.01", "A"}, {"90", "A"},
                {"90.01", "AA"}, {"100", "AA"}};
        for (String[] c : cases) {
            assertThat(lke.predikat(new BigDecimal(c[0])).predikat()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(lke.predikat(new BigDecimal("90")).meaning()).isEqualTo("Memuaskan");
        assertThatThrownBy(() -> lke.predikat(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOlderFiveComponentFrameworkIsAnotherFileNotAnotherCode() {
        Frameworks frameworks = new Frameworks();
        assertThat(frameworks.all()).extracting(Framework::code).contains("PERMENPANRB-88-2021",
                "PERMENPANRB-12-2015-UJI");
        Framework older = frameworks.find("PERMENPANRB-12-2015-UJI").orElseThrow();
        assertThat(older.components()).hasSize(5);
        assertThat(older.components().get(4).name()).isEqualTo("Capaian Kinerja");
    }

    @Test
    void aFileThatDoesNotAddUpIsRefusedWithTheReason() {
        String json = """
                {"code":"X","name":"Rusak","source":"uji","grades":[{"code":"A","value":90,"meaning":"a"}],
                 "bands":[{"predikat":"A","above":50,"upTo":100,"meaning":"a"},
                          {"predikat":"D","above":null,"upTo":40,"meaning":"d"}],
                 "components":[{"code":"P","name":"P","weight":90,"subComponents":[
                   {"code":"S","name":"S","weight":80,"criteria":[{"code":"1","text":"t"}]}]}]}""";
        assertThatThrownBy(() -> Framework.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component weights add up to 90, not 100")
                .hasMessageContaining("sub-component weights add up to 80, not 90")
                .hasMessageContaining("band D ends at 40, not 50");
    }
}
