package id.sakip.planning.security;

import id.sakip.planning.PlanningApiTestBase;
import id.sakip.testsupport.AuthorizationMatrix;
import id.sakip.testsupport.AuthorizationMatrix.Org;
import id.sakip.testsupport.AuthorizationMatrix.Probe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.SecurityMatrix.Relation;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every kind of planning endpoint, for data of the user's own bidang, another bidang, another
 * OPD and another Pemda: allowed or refused as docs/security.md's table says.
 */
class AuthorizationMatrixTest extends PlanningApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String platformOperator = TestTokens.platformOperator().bearer();

    /** Per organisation of the data: a sasaran, its indicator, a Renstra, a Perjanjian Kinerja draft. */
    private record Planned(String opd, String sasaran, String indicator, String renstra, String agreement) {
    }

    @Test
    void everyRoleReachesExactlyWhatTheTableSays() throws Exception {
        String otherPemda = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
        var matrix = new AuthorizationMatrix(mvc, new Org(pemda, opd, "REHSOS"), "LINJAMSOS", "DINKES", otherPemda);
        as(platformOperator, put("/api/v1/organisations/" + otherPemda), "{\"name\":\"Kota Lain\"}");
        Map<Org, Planned> planned = new HashMap<>();
        // the test's own OPD is registered before each test
        java.util.Set<String> registered = new java.util.HashSet<>(List.of(pemda + "/" + opd));
        for (Relation relation : Relation.values()) {
            Org org = matrix.data(relation);
            // two relations share an OPD (its two bidang): it is registered once
            if (registered.add(org.pemda() + "/" + org.opd())) {
                as(platformOperator, put("/api/v1/organisations/" + org.pemda() + "/opd/" + org.opd()),
                        "{\"name\":\"OPD " + org.opd() + "\"}");
            }
            as(platformOperator, put("/api/v1/organisations/" + org.pemda() + "/opd/" + org.opd() + "/bidang/"
                    + org.bidang()), "{\"name\":\"Bidang " + org.bidang() + "\"}");
            String planner = planner(org.pemda(), org.opd()).bearer();
            // the tree, Renstra and agreement are the OPD's (one for its two bidang), each bidang has an indicator
            Planned ofOpd = planned.values().stream().filter(p -> p.opd().equals(org.pemda() + "/" + org.opd()))
                    .findFirst().orElse(null);
            String sasaran = ofOpd != null ? ofOpd.sasaran() : id(as(planner, post("/api/v1/plan/nodes"),
                    node(org, "SASARAN", id(as(planner, post("/api/v1/plan/nodes"), node(org, "TUJUAN", null))))));
            String indicator = id(as(planner, post("/api/v1/indicators"), """
                    {"pemdaCode":"%s","opdCode":"%s","bidangCode":"%s","planNodeId":"%s","name":"Indikator uji",
                     "unit":"%%","polarity":"INCREASING","targets":[{"year":2024,"value":90}]}"""
                    .formatted(org.pemda(), org.opd(), org.bidang(), sasaran)));
            String renstra = ofOpd != null ? ofOpd.renstra() : id(as(planner, post("/api/v1/renstra"), """
                    {"pemdaCode":"%s","opdCode":"%s","startYear":2025,"endYear":2029,"title":"Renstra uji"}"""
                    .formatted(org.pemda(), org.opd())));
            String agreement = ofOpd != null ? ofOpd.agreement()
                    : id(as(planner, post("/api/v1/perjanjian-kinerja"), draft(org, sasaran, indicator)));
            planned.put(org, new Planned(org.pemda() + "/" + org.opd(), sasaran, indicator, renstra, agreement));
        }

        List<Probe> probes = List.of(
                new Probe("the Pemda", "READ_PEMDA", org -> get("/api/v1/organisations/" + org.pemda())),
                new Probe("an OPD's profile", "READ_PEMDA",
                        org -> get("/api/v1/organisations/" + org.pemda() + "/opd/" + org.opd())),
                new Probe("change the Pemda", "MANAGE_ORGANISATION", org -> json(put("/api/v1/organisations/"
                        + org.pemda()).header("If-Match", "99"), "{\"name\":\"Kota Uji\"}")),
                new Probe("change an OPD's profile", "MANAGE_ORGANISATION", org -> json(put("/api/v1/organisations/"
                        + org.pemda() + "/opd/" + org.opd()).header("If-Match", "99"), "{\"name\":\"OPD Uji\"}")),
                new Probe("register a bidang", "MANAGE_ORGANISATION", org -> json(put("/api/v1/organisations/"
                        + org.pemda() + "/opd/" + org.opd() + "/bidang/UJI"), "{\"name\":\"Uji\"}")),
                new Probe("the Pemda's lambang", "READ_PEMDA",
                        org -> get("/api/v1/organisations/" + org.pemda() + "/lambang")),
                new Probe("set the Pemda's lambang", "MANAGE_ORGANISATION", org -> multipart(
                        HttpMethod.PUT, "/api/v1/organisations/" + org.pemda() + "/lambang")
                        .file(new MockMultipartFile("file", "lambang.png", "image/png", new byte[0]))),
                new Probe("republish profiles", "OPERATE_PLATFORM",
                        org -> post("/api/v1/organisations/profiles/republish")),
                new Probe("indicators of an OPD", "READ_OPD",
                        org -> get("/api/v1/indicators").param("pemdaCode", org.pemda()).param("opdCode", org.opd())),
                new Probe("an indicator", "READ_OPD", org -> get("/api/v1/indicators/" + planned.get(org).indicator())),
                new Probe("its target audit", "READ_OPD",
                        org -> get("/api/v1/indicators/" + planned.get(org).indicator() + "/target-audit")),
                new Probe("its rule audit", "READ_OPD",
                        org -> get("/api/v1/indicators/" + planned.get(org).indicator() + "/rule-audit")),
                new Probe("a tree node", "READ_OPD", org -> get("/api/v1/plan/nodes/" + planned.get(org).sasaran())),
                new Probe("an OPD's tree", "READ_OPD",
                        org -> get("/api/v1/plan/tree").param("pemdaCode", org.pemda()).param("opdCode", org.opd())),
                new Probe("the Pemda's whole tree", "READ_CITY",
                        org -> get("/api/v1/plan/tree").param("pemdaCode", org.pemda())),
                new Probe("an OPD's Renstra", "READ_OPD",
                        org -> get("/api/v1/renstra").param("pemdaCode", org.pemda()).param("opdCode", org.opd())),
                new Probe("a Renstra matrix", "READ_OPD",
                        org -> get("/api/v1/renstra/" + planned.get(org).renstra() + "/matrix")),
                new Probe("a Rencana Aksi", "READ_OPD",
                        org -> get("/api/v1/rencana-aksi/" + org.pemda() + "/" + org.opd() + "/2025")),
                new Probe("a Rencana Aksi's paper (PDF)", "READ_OPD",
                        org -> get("/api/v1/rencana-aksi/" + org.pemda() + "/" + org.opd() + "/2025/document")),
                new Probe("a Perjanjian Kinerja", "READ_OPD",
                        org -> get("/api/v1/perjanjian-kinerja/" + planned.get(org).agreement())),
                new Probe("its paper (PDF)", "READ_OPD",
                        org -> get("/api/v1/perjanjian-kinerja/" + planned.get(org).agreement() + "/document")),
                new Probe("its versions", "READ_OPD", org -> get("/api/v1/perjanjian-kinerja")
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("year", "2024")),
                new Probe("an OPD's tree node", "PLAN_OPD", org -> json(post("/api/v1/plan/nodes"),
                        node(org, "TUJUAN", null))),
                new Probe("move a node", "PLAN_OPD", org -> json(put("/api/v1/plan/nodes/"
                        + planned.get(org).sasaran() + "/parent").header("If-Match", "99"), "{\"parentId\":\"" + planned.get(org).sasaran()
                        + "\"}")),
                new Probe("the Pemda's tree node", "PLAN_PEMDA", org -> json(post("/api/v1/plan/nodes"),
                        "{\"pemdaCode\":\"" + org.pemda() + "\",\"kind\":\"VISI\",\"text\":\"Visi uji\"}")),
                new Probe("define an indicator", "PLAN_OPD", org -> json(post("/api/v1/indicators"), """
                        {"pemdaCode":"%s","opdCode":"%s","bidangCode":"%s","name":"Indikator baru","unit":"%%",
                         "polarity":"INCREASING"}""".formatted(org.pemda(), org.opd(), org.bidang()))),
                new Probe("revise a target", "PLAN_OPD", org -> json(put("/api/v1/indicators/"
                        + planned.get(org).indicator() + "/targets/2024").header("If-Match", "99"),
                        "{\"value\":91,\"reason\":\"uji\"}")),
                new Probe("set its own formula", "PLAN_OPD", org -> json(put("/api/v1/indicators/"
                        + planned.get(org).indicator() + "/decreasing-formula").header("If-Match", "99"),
                        "{\"decreasingFormula\":\"T_OVER_R\",\"reason\":\"uji\"}")),
                new Probe("open a Renstra", "PLAN_OPD", org -> json(post("/api/v1/renstra"), """
                        {"pemdaCode":"%s","opdCode":"%s","startYear":2025,"endYear":2029,"title":"Renstra lagi"}"""
                        .formatted(org.pemda(), org.opd()))),
                new Probe("import a Renstra", "PLAN_OPD", org -> multipart("/api/v1/renstra/import")
                        .file(new MockMultipartFile("file", "renstra.xlsx", "application/octet-stream", new byte[0]))
                        .param("pemdaCode", org.pemda()).param("opdCode", org.opd()).param("title", "Renstra")),
                new Probe("draft a Perjanjian Kinerja", "PLAN_OPD", org -> json(post("/api/v1/perjanjian-kinerja"),
                        draft(org, planned.get(org).sasaran(), planned.get(org).indicator()))),
                new Probe("edit a draft", "PLAN_OPD", org -> json(put("/api/v1/perjanjian-kinerja/"
                        + planned.get(org).agreement()).header("If-Match", "\"99\""), content(planned.get(org)))),
                new Probe("sign it", "SIGN_AGREEMENT", org -> json(post("/api/v1/perjanjian-kinerja/"
                        + planned.get(org).agreement() + "/signature").header("If-Match", "\"99\""),
                        "{\"signatoryName\":\"Kepala Uji\",\"signedOn\":\"2024-01-04\"}")));

        assertThat(matrix.disagreements(probes, this::everything)).isEmpty();
    }

    @Test
    void aTokenThatIsMissingMalformedForeignExpiredOrNotForThePlatformIsRefusedWith401() throws Exception {
        DefaultToken.none();
        var matrix = new AuthorizationMatrix(mvc, new Org(pemda, opd, "REHSOS"), "X", "Y", "9999");
        String before = everything();
        assertThat(matrix.badTokenDisagreements(() -> json(post("/api/v1/plan/nodes"),
                "{\"pemdaCode\":\"" + pemda + "\",\"kind\":\"VISI\",\"text\":\"Visi\"}"))).isEmpty();
        assertThat(matrix.badTokenDisagreements(() -> get("/api/v1/organisations/" + pemda))).isEmpty();
        assertThat(everything()).isEqualTo(before);
    }

    private String node(Org org, String kind, String parent) {
        return "{\"pemdaCode\":\"" + org.pemda() + "\",\"opdCode\":\"" + org.opd() + "\",\"kind\":\"" + kind
                + "\",\"text\":\"" + kind + " uji\"" + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"") + "}";
    }

    private static String draft(Org org, String sasaran, String indicator) {
        return "{\"pemdaCode\":\"" + org.pemda() + "\",\"opdCode\":\"" + org.opd() + "\",\"year\":2024,\"content\":"
                + content(new Planned(null, sasaran, indicator, null, null)) + "}";
    }

    private static String content(Planned planned) {
        return "{\"sasaran\":[{\"nodeId\":\"" + planned.sasaran() + "\",\"indicators\":[{\"indicatorId\":\""
                + planned.indicator() + "\",\"value\":90}]}]}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String as(String bearer, MockHttpServletRequestBuilder request, String body) throws Exception {
        var response = mvc.perform(json(request, body).header("Authorization", bearer)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 201);
        return response.getContentAsString();
    }

    private static String id(String body) {
        return JSON.readTree(body).get("id").asString();
    }

    /** Everything planning keeps, and the events it published. */
    private String everything() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM plan_node) || '/' || (SELECT count(*) FROM indicator) || '/'
                    || (SELECT coalesce(sum(version), 0) FROM indicator) || '/' || (SELECT count(*) FROM renstra) || '/'
                    || (SELECT count(*) FROM perjanjian_kinerja) || '/' || (SELECT count(*) FROM bidang) || '/'
                    || (SELECT count(*) FROM event_publication)""").query(String.class).single();
    }
}
