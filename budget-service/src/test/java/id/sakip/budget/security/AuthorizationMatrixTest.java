package id.sakip.budget.security;

import id.sakip.budget.BudgetApiTestBase;
import id.sakip.events.OrgRef;
import id.sakip.testsupport.AuthorizationMatrix;
import id.sakip.testsupport.AuthorizationMatrix.Org;
import id.sakip.testsupport.AuthorizationMatrix.Probe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.SecurityMatrix.Relation;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every kind of budget endpoint, for a budget line of the user's own OPD, another OPD and
 * another Pemda: allowed or refused as docs/security.md's table says (budget lines belong to an OPD, not a bidang).
 */
class AuthorizationMatrixTest extends BudgetApiTestBase {

    private static final String SUB = "1.06.02.2.03.0002";

    @Test
    void everyRoleReachesExactlyWhatTheTableSays() throws Exception {
        var matrix = new AuthorizationMatrix(mvc, new Org("3574", opd, "REHSOS"), "LINJAMSOS", opd + "-B", "3575");
        Map<String, String> lines = new HashMap<>();
        for (Relation relation : List.of(Relation.OWN_BIDANG, Relation.OTHER_OPD, Relation.OTHER_PEMDA)) {
            Org org = matrix.data(relation);
            planTree(new OrgRef(org.pemda(), org.opd(), null), "PROGRAM", "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL",
                    "KEGIATAN", "1.06.02.2.03", "Pengembangan Potensi", "SUB_KEGIATAN", SUB, "Tenaga Kesejahteraan");
            String finance = TestTokens.user("keuangan.penyiap").opd(org.pemda(), org.opd()).roles("KEUANGAN").bearer();
            lines.put(org.pemda() + "/" + org.opd(), body(mvc.perform(post("/api/v1/budget/lines")
                    .header("Authorization", finance).contentType(MediaType.APPLICATION_JSON).content("""
                            {"pemdaCode":"%s","opdCode":"%s","year":2024,"code":"%s","paguVersion":"MURNI",
                             "pagu":52264600}""".formatted(org.pemda(), org.opd(), SUB)))
                    .andExpect(status().isCreated())).get("id").asString());
        }
        List<Probe> probes = List.of(
                new Probe("an OPD's lines", "READ_OPD", org -> get("/api/v1/budget/lines")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("a line", "READ_OPD", org -> get("/api/v1/budget/lines/" + line(lines, org))),
                new Probe("its pagu history", "READ_OPD",
                        org -> get("/api/v1/budget/lines/" + line(lines, org) + "/pagu-history")),
                new Probe("the budget tree", "READ_OPD", org -> get("/api/v1/budget/tree")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("set a pagu", "MANAGE_BUDGET", org -> post("/api/v1/budget/lines")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"pemdaCode":"%s","opdCode":"%s","year":2025,"code":"%s","paguVersion":"MURNI",
                                 "pagu":1000}""".formatted(org.pemda(), org.opd(), SUB))),
                new Probe("revise it", "MANAGE_BUDGET", org -> post("/api/v1/budget/lines/" + line(lines, org)
                        + "/pagu-revisions").header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"paguVersion":"PERUBAHAN","pagu":53000000,"legalReference":"Perda Perubahan APBD",
                                 "legalDate":"2024-09-30"}""")),
                new Probe("record spending", "MANAGE_BUDGET", org -> put("/api/v1/budget/lines/" + line(lines, org)
                        + "/realizations/1").header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":1000}")),
                new Probe("its spending history", "READ_OPD",
                        org -> get("/api/v1/budget/lines/" + line(lines, org) + "/spending-history")),
                new Probe("import a workbook", "MANAGE_BUDGET", org -> multipart("/api/v1/budget/import")
                        .file(new MockMultipartFile("file", "anggaran.xlsx", "application/octet-stream", new byte[0]))
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2026")));

        assertThat(matrix.disagreements(probes, this::everything)).isEmpty();
    }

    @Test
    void aTokenThatIsMissingMalformedForeignExpiredOrNotForThePlatformIsRefusedWith401() throws Exception {
        DefaultToken.none();
        var matrix = new AuthorizationMatrix(mvc, new Org("3574", opd, "REHSOS"), "X", "Y", "3575");
        String before = everything();
        assertThat(matrix.badTokenDisagreements(() -> post("/api/v1/budget/lines")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"pemdaCode":"3574","opdCode":"%s","year":2024,"code":"%s","paguVersion":"MURNI",
                         "pagu":1}""".formatted(opd, SUB)))).isEmpty();
        assertThat(matrix.badTokenDisagreements(() -> get("/api/v1/budget/tree").param("pemdaCode", "3574")
                .param("opdCode", opd).param("year", "2024"))).isEmpty();
        assertThat(everything()).isEqualTo(before);
    }

    /** The line of the data's OPD (a bidang's data is its OPD's line). */
    private static String line(Map<String, String> lines, Org org) {
        return lines.get(org.pemda() + "/" + org.opd());
    }

    private String everything() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM budget_line) || '/' || (SELECT coalesce(sum(version), 0) FROM budget_line)
                    || '/' || (SELECT count(*) FROM budget_pagu) || '/' || (SELECT count(*) FROM budget_realization)
                    || '/' || (SELECT count(*) FROM event_publication)""")
                .query(String.class).single();
    }
}
