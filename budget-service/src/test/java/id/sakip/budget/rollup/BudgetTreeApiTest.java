package id.sakip.budget.rollup;

import id.sakip.budget.BudgetApiTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The seed's Pelaporan Kinerja 2024 budget, rolled up the program tree: the published serapan at every level. */
class BudgetTreeApiTest extends BudgetApiTestBase {

    @Test
    void theSeedsSerapanAtEveryLevel() throws Exception {
        seedTree();
        spend(line("1.06.02.2.03.0001", null, "4121000"), 4, "4120900");
        spend(line("1.06.02.2.03.0002", null, "43243600"), 4, "41859100");
        spend(line("1.06.02.2.03.0004", null, "3400000"), 4, "3360000");
        String lk3 = line("1.06.02.2.03.0005", null, "1500000");
        spend(lk3, 2, "485000");
        spend(lk3, 4, "1000000");
        spend(line("1.06.04.2.01.0001", null, "750748114"), 4, "727753000");
        spend(line("1.06.04.2.01", "Sub kegiatan lain yang tidak dirinci dalam Pelaporan Kinerja", "294925000"), 4,
                "274258120");
        spend(line("1.06.04", "Kegiatan lain yang tidak dirinci dalam Pelaporan Kinerja", "227422100"), 4,
                "195675564");

        JsonNode tree = read("/api/v1/budget/tree?pemdaCode=3574&opdCode=" + opd + "&year=2024");
        assertThat(tree.get("paguVersions").get(0).asString()).isEqualTo("MURNI");
        JsonNode pemberdayaan = tree.get("programs").get(0);
        assertThat(pemberdayaan.get("name").asString()).isEqualTo("PROGRAM PEMBERDAYAAN SOSIAL");
        assertThat(pemberdayaan.get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
        JsonNode potensi = pemberdayaan.get("children").get(0);
        assertThat(potensi.get("pagu").decimalValue()).isEqualByComparingTo("52264600");
        assertThat(potensi.get("realized").decimalValue()).isEqualByComparingTo("50825000");
        assertThat(potensi.get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
        assertThat(potensi.get("children")).extracting(c -> c.get("serapanPercent").decimalValue().setScale(2).toPlainString())
                .containsExactly("100.00", "96.80", "98.82", "99.00");
        // per quarter, cumulative: only LK3 spent in TW II (485.000 of 52.264.600)
        assertThat(potensi.get("serapanByQuarter").get("1").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(potensi.get("serapanByQuarter").get("2").decimalValue()).isEqualByComparingTo("0.93");
        assertThat(potensi.get("cumulativeByQuarter").get("3").decimalValue()).isEqualByComparingTo("485000");

        JsonNode rehabilitasi = tree.get("programs").get(1);
        assertThat(rehabilitasi.get("pagu").decimalValue()).isEqualByComparingTo("1273095214");
        assertThat(rehabilitasi.get("realized").decimalValue()).isEqualByComparingTo("1197686684");
        assertThat(rehabilitasi.get("serapanPercent").decimalValue()).isEqualByComparingTo("94.08");
        JsonNode dasar = rehabilitasi.get("children").get(0);
        assertThat(dasar.get("pagu").decimalValue()).isEqualByComparingTo("1045673114");
        assertThat(dasar.get("serapanPercent").decimalValue()).isEqualByComparingTo("95.82");
        assertThat(dasar.get("children").get(0).get("serapanPercent").decimalValue()).isEqualByComparingTo("96.94");
        JsonNode kegiatanOwn = dasar.get("children").get(1);
        assertThat(kegiatanOwn.get("ownLine").asBoolean()).isTrue();
        assertThat(kegiatanOwn.get("level").asString()).isEqualTo("KEGIATAN");
        // the remainder of the program's official pagu is a named row, never a silent mismatch
        JsonNode programOwn = rehabilitasi.get("children").get(1);
        assertThat(programOwn.get("ownLine").asBoolean()).isTrue();
        assertThat(programOwn.get("name").asString()).isEqualTo("Kegiatan lain yang tidak dirinci dalam Pelaporan Kinerja");
        assertThat(programOwn.get("pagu").decimalValue()).isEqualByComparingTo("227422100");

        assertThat(tree.get("total").get("pagu").decimalValue()).isEqualByComparingTo("1325359814");
        assertThat(tree.get("empty").asBoolean()).isFalse();
    }

    @Test
    void aYearWithoutLinesIsAnEmptyTreeAndBadParametersAreProblems() throws Exception {
        JsonNode tree = read("/api/v1/budget/tree?pemdaCode=3574&opdCode=" + opd + "&year=2031");
        assertThat(tree.get("empty").asBoolean()).isTrue();
        assertThat(tree.get("programs")).isEmpty();
        assertThat(tree.get("total").get("pagu").decimalValue()).isEqualByComparingTo("0");
        assertThat(tree.get("total").get("serapanPercent").isNull()).isTrue();
        mvc.perform(get("/api/v1/budget/tree").param("pemdaCode", "3574").param("opdCode", opd).param("year", "1900"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.year").exists());
    }
}
