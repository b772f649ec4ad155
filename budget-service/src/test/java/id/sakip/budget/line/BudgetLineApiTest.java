package id.sakip.budget.line;

import id.sakip.budget.BudgetApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BudgetLineApiTest extends BudgetApiTestBase {

    @Test
    void spendingPerQuarterGivesTheSeedSerapan() throws Exception {
        seedTree();
        String id = line("1.06.02.2.03.0002", null, "43243600");

        spend(id, 2, "20000000").andExpect(status().isOk())
                .andExpect(jsonPath("$.serapanPercent").value(46.25));
        spend(id, 4, "21859100").andExpect(status().isOk())
                .andExpect(jsonPath("$.realized").value(41859100.00))
                .andExpect(jsonPath("$.serapanPercent").value(96.80))
                .andExpect(jsonPath("$.name").value("Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial"))
                .andExpect(jsonPath("$.level").value("SUB_KEGIATAN"))
                .andExpect(jsonPath("$.version").value(3));
        mvc.perform(get("/api/v1/budget/lines").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].realizationByQuarter.2").value(20000000.00));
    }

    @Test
    void badInputChangesNothing() throws Exception {
        seedTree();
        String id = line("1.06.02.2.03.0001", null, "4121000");
        spend(id, 4, "4120900").andExpect(status().isOk());
        String before = state();

        spend(id, 1, "200").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:over-pagu"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("4.121.000")));
        spend(id, 5, "1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:quarter-out-of-range"));
        spend(id, 3, "-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").exists());
        spend(id, 3, "10.005").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").exists());
        spend(UUID.randomUUID().toString(), 3, "1").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:budget-line-not-found"));
        create("1.06.02.2.03.0001", null, "1").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:budget-line-exists"));
        create("1.06.02.2.3.1", null, "1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code").exists());
        // a sub kegiatan planning does not know in this OPD
        create("1.06.02.2.03.0009", null, "1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-plan-code"))
                .andExpect(jsonPath("$.errors.code").exists());
        // a program's own line must say what it holds
        create("1.06.04", null, "227422100").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.name").exists());
        create("1.06.02.2.03.0002", null, "-5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.pagu").exists());
        create("1.06.02.2.03.0002", null, "5.123").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.pagu").exists());
        mvc.perform(post("/api/v1/budget/lines").contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"3574","opdCode":"%s","year":2024,"code":"1.06.02.2.03.0002",
                         "paguVersion":"PERUBAHAN","pagu":5}""".formatted(opd)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:legal-reference-required"));

        // read as written: no fraction into the year, no number into a text, no key twice
        String body = """
                {"pemdaCode":"3574","opdCode":"%s","year":%s,"code":"1.06.04","name":%s,"paguVersion":"MURNI",
                 "pagu":5%s}""";
        createWith(body.formatted(opd, "2024.5", "\"Lain\"", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:malformed-request"))
                .andExpect(jsonPath("$.errors.year").value("harus bilangan bulat, tanpa pecahan"));
        createWith(body.formatted(opd, "2024", "123", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value(org.hamcrest.Matchers.startsWith("harus teks")));
        createWith(body.formatted(opd, "2024", "\"Lain\"", ",\"pagu\":6")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.pagu").value(org.hamcrest.Matchers.containsString("lebih dari sekali")));
        // every field error, each under its own field
        createWith("""
                {"pemdaCode":"35","opdCode":"%s","year":2024,"code":"1.6","paguVersion":"MURNI","pagu":-1}"""
                .formatted(opd)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code").exists())
                .andExpect(jsonPath("$.errors.pagu").exists());

        assertThat(state()).isEqualTo(before);
        mvc.perform(get("/api/v1/budget/lines/" + id)).andExpect(jsonPath("$.realized").value(4120900.00))
                .andExpect(jsonPath("$.serapanPercent").value(100.00));
    }

    private org.springframework.test.web.servlet.ResultActions createWith(String body) throws Exception {
        return mvc.perform(post("/api/v1/budget/lines").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theOldFieldNamesStillWork() throws Exception {
        seedTree();
        JsonNode created = body(mvc.perform(post("/api/v1/budget/lines").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"pemdaCode":"3574","opdCode":"%s","year":2024,"subKegiatanCode":"1.06.04.2.01.0001",
                                 "subKegiatanName":"Penyediaan Permakanan","paguVersion":"MURNI","pagu":750748114}"""
                                .formatted(opd)))
                .andExpect(status().isCreated()));
        assertThat(created.get("code").asString()).isEqualTo("1.06.04.2.01.0001");
        assertThat(created.get("name").asString()).isEqualTo("Penyediaan Permakanan");
    }
}
