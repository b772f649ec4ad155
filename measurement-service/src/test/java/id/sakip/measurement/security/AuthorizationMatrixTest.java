package id.sakip.measurement.security;

import id.sakip.events.Aggregation;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.YearTarget;
import id.sakip.measurement.MeasurementApiTestBase;
import id.sakip.testsupport.AuthorizationMatrix;
import id.sakip.testsupport.AuthorizationMatrix.Org;
import id.sakip.testsupport.AuthorizationMatrix.Probe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.SecurityMatrix.Relation;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every kind of measurement endpoint, for a realisation of the user's own bidang, of another
 * bidang, of another OPD and of another Pemda: allowed or refused as docs/security.md's table says.
 */
class AuthorizationMatrixTest extends MeasurementApiTestBase {

    private static final String OTHER_PEMDA = "3575";

    @Test
    void everyRoleReachesExactlyWhatTheTableSays() throws Exception {
        String opd = newOpd();
        String otherOpd = newOpd();
        var matrix = new AuthorizationMatrix(mvc, new Org(PEMDA, opd, "REHSOS"), "LINJAMSOS", otherOpd, OTHER_PEMDA);
        Map<Org, UUID> indicators = new HashMap<>();
        Map<Org, UUID> realizations = new HashMap<>();
        for (Relation relation : Relation.values()) {
            Org org = matrix.data(relation);
            UUID indicator = defineIndicator(new OrgRef(org.pemda(), org.opd(), org.bidang()), "Indikator " + relation,
                    "%", Polarity.INCREASING, Aggregation.LAST, List.of(new YearTarget(2024, new BigDecimal("90"))));
            indicators.put(org, indicator);
            // entered by an operator of that OPD who reaches every bidang of it
            String entry = TestTokens.user("penyiap").opd(org.pemda(), org.opd()).roles("OPERATOR").bearer();
            realizations.put(org, id(body(mvc.perform(post("/api/v1/realizations").header("Authorization", entry)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"indicatorId\":\"" + indicator
                            + "\",\"period\":\"2024\",\"value\":50}")).andExpect(status().isCreated()))));
        }
        String review = "{\"note\":\"periksa\"}";
        List<Probe> probes = List.of(
                new Probe("read a realisation", "READ_OPD", org -> get("/api/v1/realizations/" + realizations.get(org))),
                new Probe("list an indicator's realisations", "READ_OPD",
                        org -> get("/api/v1/realizations").param("indicatorId", indicators.get(org).toString())),
                new Probe("audit trail", "READ_OPD",
                        org -> get("/api/v1/realizations/" + realizations.get(org) + "/history")),
                new Probe("an indicator's year", "READ_OPD",
                        org -> get("/api/v1/realizations/indicators/" + indicators.get(org) + "/years/2024")),
                new Probe("evidence list", "READ_OPD",
                        org -> get("/api/v1/realizations/" + realizations.get(org) + "/evidence")),
                new Probe("a period", "READ_OPD",
                        org -> get("/api/v1/realization-periods/" + org.pemda() + "/" + org.opd() + "/2024")),
                new Probe("a worksheet", "READ_OPD", org -> get("/api/v1/realization-worksheets/" + org.pemda() + "/"
                        + org.opd() + "/2024")),
                new Probe("SPM", "READ_OPD", org -> get("/api/v1/spm/" + org.pemda() + "/" + org.opd() + "/2024")),
                new Probe("record", "ENTER_REALIZATION", org -> post("/api/v1/realizations")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"indicatorId\":\"" + indicators.get(org)
                                + "\",\"period\":\"2023\",\"value\":40}")),
                new Probe("change", "ENTER_REALIZATION", org -> put("/api/v1/realizations/" + realizations.get(org))
                        .header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":60,\"reason\":\"koreksi\"}")),
                new Probe("submit", "ENTER_REALIZATION", org -> post("/api/v1/realizations/" + realizations.get(org)
                        + "/submit").header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{}")),
                new Probe("attach evidence", "ENTER_REALIZATION", org -> multipart("/api/v1/realizations/"
                        + realizations.get(org) + "/evidence").file(new MockMultipartFile("file", "bukti.pdf",
                        "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))),
                new Probe("verify", "VERIFY_REALIZATION", org -> post("/api/v1/realizations/" + realizations.get(org)
                        + "/verify").header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
                        .content(review)),
                new Probe("return", "VERIFY_REALIZATION", org -> post("/api/v1/realizations/" + realizations.get(org)
                        + "/reject").header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
                        .content(review)),
                new Probe("approve a period", "APPROVE_PERIOD", org -> post("/api/v1/realization-periods/"
                        + org.pemda() + "/" + org.opd() + "/2019/approve")),
                new Probe("unlock a period", "UNLOCK_PERIOD", org -> post("/api/v1/realization-periods/"
                        + org.pemda() + "/" + org.opd() + "/2019/unlock").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"uji\"}")),
                new Probe("write SPM", "ENTER_SPM", org -> put("/api/v1/spm/" + org.pemda() + "/" + org.opd()
                        + "/2024/UJI").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Layanan uji","groups":[{"name":"Kelompok","x":1,"y":2}]}""")),
                new Probe("withdraw SPM", "ENTER_SPM", org -> delete("/api/v1/spm/" + org.pemda() + "/" + org.opd()
                        + "/2024/UJI").header("If-Match", "\"99\"")),
                new Probe("capaian rules", "READ_PEMDA", org -> get("/api/v1/capaian-rules/" + org.pemda())),
                new Probe("capaian rules history", "READ_PEMDA",
                        org -> get("/api/v1/capaian-rules/" + org.pemda() + "/history")),
                new Probe("change capaian rules", "SET_CAPAIAN_RULES", org -> post("/api/v1/capaian-rules/"
                        + org.pemda() + "/changes").header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"effectiveFromYear":2019,"decreasingFormula":"T_OVER_R","ratingBounds":[90,75,65,50],
                                 "reason":"uji"}""")),
                new Probe("metrics", "OPERATE_PLATFORM", org -> get("/actuator/prometheus")));

        assertThat(matrix.disagreements(probes, this::everything)).isEmpty();
    }

    @Test
    void aTokenThatIsMissingMalformedForeignExpiredOrNotForThePlatformIsRefusedWith401() throws Exception {
        DefaultToken.none();
        var matrix = new AuthorizationMatrix(mvc, new Org(PEMDA, "DINSOS-PPPA", "REHSOS"), "X", "Y", OTHER_PEMDA);
        long before = rows();
        assertThat(matrix.badTokenDisagreements(() -> post("/api/v1/realization-periods/3574/DINSOS-PPPA/2024/approve")))
                .isEmpty();
        assertThat(matrix.badTokenDisagreements(() -> get("/api/v1/realization-periods/3574/DINSOS-PPPA/2024")))
                .isEmpty();
        assertThat(rows()).isEqualTo(before);
    }

    private String everything() {
        return rows() + "/" + state();
    }
}
