package id.sakip.budget.line;

import id.sakip.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
class BudgetLineApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final String opd = "BGT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void spendingPerQuarterGivesTheSeedSerapan() throws Exception {
        String id = createLine("1.06.02.2.03.0002", "43243600");

        spend(id, 2, "20000000").andExpect(status().isOk())
                .andExpect(jsonPath("$.serapanPercent").value(46.25));
        spend(id, 4, "21859100").andExpect(status().isOk())
                .andExpect(jsonPath("$.realized").value(41859100.00))
                .andExpect(jsonPath("$.serapanPercent").value(96.80))
                .andExpect(jsonPath("$.version").value(3));
        mvc.perform(get("/api/v1/budget/lines").param("pemdaCode", "3574").param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].realizationByQuarter.2").value(20000000.00));
    }

    @Test
    void badInputChangesNothing() throws Exception {
        String id = createLine("1.06.02.2.03.0001", "4121000");
        spend(id, 4, "4120900").andExpect(status().isOk());
        long before = count();

        spend(id, 1, "200").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:over-pagu"));
        spend(id, 5, "1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:quarter-out-of-range"));
        spend(id, 3, "-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").exists());
        spend(id, 3, "10.005").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").exists());
        spend(UUID.randomUUID().toString(), 3, "1").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:budget-line-not-found"));
        mvc.perform(post("/api/v1/budget/lines").contentType(MediaType.APPLICATION_JSON).content(line(
                        "1.06.02.2.03.0001", "1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:budget-line-exists"));
        mvc.perform(post("/api/v1/budget/lines").contentType(MediaType.APPLICATION_JSON).content(line(
                        "1.06.02.2.3.1", "1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.subKegiatanCode").exists());

        assertThat(count()).isEqualTo(before);
        mvc.perform(get("/api/v1/budget/lines/" + id)).andExpect(jsonPath("$.realized").value(4120900.00))
                .andExpect(jsonPath("$.serapanPercent").value(100.00));
    }

    private String createLine(String code, String pagu) throws Exception {
        String body = mvc.perform(post("/api/v1/budget/lines").contentType(MediaType.APPLICATION_JSON)
                        .content(line(code, pagu)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("id").asString();
    }

    private String line(String code, String pagu) {
        return """
                {"pemdaCode":"3574","opdCode":"%s","bidangCode":"DAYASOS","year":2024,"subKegiatanCode":"%s",
                 "subKegiatanName":"Sub kegiatan uji","paguVersion":"MURNI","pagu":%s}""".formatted(opd, code, pagu);
    }

    private org.springframework.test.web.servlet.ResultActions spend(String id, int quarter, String amount)
            throws Exception {
        return mvc.perform(put("/api/v1/budget/lines/" + id + "/realizations/" + quarter)
                .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":" + amount + "}"));
    }

    private long count() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM budget_line) + (SELECT count(*) FROM budget_realization)
                     + (SELECT count(*) FROM event_publication) + (SELECT coalesce(sum(amount), 0) FROM budget_realization)""")
                .query(Long.class).single();
    }
}
