package id.sakip.planning.tree;

import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.Topics;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import id.sakip.testsupport.RealKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Organisation, cascading tree, typed targets with their audit, and the Renstra matrix, on real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class PlanApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** Each test works in its own Pemda, so tests do not see each other's data. */
    private final String pemda = String.valueOf(1000 + (int) (Math.random() * 8999));
    private final String opd = "DINSOS-PPPA";

    @org.junit.jupiter.api.BeforeEach
    void signedIn() {
        DefaultToken.use(id.sakip.planning.PlanningApiTestBase.planner(pemda, opd));
    }

    @Test
    void theOpdProfileIsKeptAndItsStaffTableMustAddUp() throws Exception {
        organisation();
        mvc.perform(get("/api/v1/organisations/" + pemda + "/opd/" + opd))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.head.name").value("Dr. REY SUWIGTYO, S.Sos., M.Si."))
                .andExpect(jsonPath("$.profile.staff.rows[0].breakdown[1].status").value("PPPK"))
                .andExpect(jsonPath("$.bidang[0].code").value("REHSOS"));
        mvc.perform(get("/api/v1/organisations/" + pemda)).andExpect(jsonPath("$.opd[0].code").value(opd));

        long before = count("opd");
        putJson("/api/v1/organisations/" + pemda + "/opd/DINKES", """
                {"name":"Dinas Kesehatan","profile":{"staff":{"asOf":"2024-12-31",
                 "rows":[{"status":"ASN","male":11,"female":22,"total":30}]}}}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:staff-table-inconsistent"))
                .andExpect(jsonPath("$.errors['profile.staff.rows[0]']").value(
                        org.hamcrest.Matchers.startsWith("ASN: total")));
        // a Pemda that is not registered (a platform operator may register OPD in any Pemda)
        mvc.perform(put("/api/v1/organisations/9999/opd/DINKES").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", TestTokens.user("operator.platform").roles("PLATFORM_OPERATOR")
                                .bearer()).content("{\"name\":\"Dinas Kesehatan\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:unknown-pemda"));
        putJson("/api/v1/organisations/" + pemda + "/opd/dinkes kota", "{\"name\":\"x\"}")
                .andExpect(status().isBadRequest());
        // every error of the profile, each under its own field (not under the request's name)
        putJson("/api/v1/organisations/" + pemda + "/opd/DINKES", """
                {"name":"Dinas Kesehatan","profile":{"email":"bukan-email","legalBasis":["Perda 5/2019", ""],
                 "strategicIssues":["%s"]}}""".formatted("x".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors['profile.email']").exists())
                .andExpect(jsonPath("$.errors['profile.legalBasis[1]']").exists())
                .andExpect(jsonPath("$.errors['profile.strategicIssues[0]']").exists());
        // an OPD that exists is changed on the version its administrator read, never blindly
        putJson("/api/v1/organisations/" + pemda + "/opd/" + opd, "{\"name\":\"Nama tertimpa\"}")
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        putJson("/api/v1/organisations/" + pemda + "/opd/" + opd, "{\"name\":\"Nama tertimpa\"}", "7")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        mvc.perform(get("/api/v1/organisations/" + pemda + "/opd/" + opd))
                .andExpect(jsonPath("$.name").value("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(count("opd")).isEqualTo(before);

        // reporting's LKjIP takes the profile from the event; renaming the Pemda sends every OPD's profile again
        putJson("/api/v1/organisations/" + pemda, """
                {"name":"Kota Uji Baru %s","province":"Jawa Timur","visi":"Visi baru"}""".formatted(pemda))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        putJson("/api/v1/organisations/" + pemda, """
                {"name":"Kota Uji Baru %s","province":"Jawa Timur","visi":"Visi baru"}""".formatted(pemda), "1")
                .andExpect(status().isOk());
        String key = pemda + "/" + opd;
        var published = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_ORGANISATION,
                Duration.ofSeconds(30), r -> key.equals(r.key()) && ((id.sakip.events.OpdProfileChanged) EventCodec
                        .read(EventType.OPD_PROFILE_CHANGED, r.value())).pemdaName().startsWith("Kota Uji Baru"));
        var profiles = published.stream().filter(r -> key.equals(r.key()))
                .map(r -> (id.sakip.events.OpdProfileChanged) EventCodec.read(EventType.OPD_PROFILE_CHANGED, r.value()))
                .toList();
        assertThat(profiles).hasSize(2);
        assertThat(profiles.get(0).pemdaName()).isEqualTo("Kota Uji " + pemda);
        assertThat(profiles.get(0).head().name()).isEqualTo("Dr. REY SUWIGTYO, S.Sos., M.Si.");
        assertThat(profiles.get(0).staff().get(0).breakdown()).extracting(s -> s.status())
                .containsExactly("PNS", "PPPK");
        assertThat(profiles.get(0).strategicIssues()).containsExactly("Masih tingginya jumlah PMKS");
        assertThat(profiles.get(1).visi()).isEqualTo("Visi baru");
        assertThat(profiles.get(1).aggregateVersion()).isGreaterThan(profiles.get(0).aggregateVersion());

        // an operator can send every profile again (an older installation, a new consumer): the same version again
        mvc.perform(post("/api/v1/organisations/profiles/republish").header("Authorization",
                        TestTokens.user("operator.platform").roles("PLATFORM_OPERATOR").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        var again = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_ORGANISATION,
                Duration.ofSeconds(30), r -> key.equals(r.key()) && published.stream().noneMatch(p -> p.offset()
                        == r.offset() && p.partition() == r.partition()));
        assertThat(again.stream().filter(r -> key.equals(r.key())).count()).isEqualTo(3);
    }

    @Test
    void theCascadingTreeComesBackWholeInOneCallAndBadNodesAreRefused() throws Exception {
        organisation();
        String visi = node(null, "VISI", null, null, "Mewujudkan Pembangunan Kota Probolinggo Yang Inklusif");
        String misi = node(null, "MISI", visi, null, "Mewujudkan Pemantapan Kesejahteraan");
        String tujuanRpd = node(null, "TUJUAN", misi, null, "Menurunkan Kemiskinan dan Ketimpangan");
        String sasaranRpd = create(null, "SASARAN", tujuanRpd, null, "Meningkatnya Cakupan Perlindungan Sosial",
                ",\"sharedWithOpd\":[\"" + opd + "\"]").get("id").asString();
        String tujuan = node(opd, "TUJUAN", sasaranRpd, null, "Meningkatnya Cakupan Perlindungan Sosial OPD");
        String sasaran = node(opd, "SASARAN", tujuan, null, "Meningkatnya Kualitas PMKS");
        String program = node(opd, "PROGRAM", sasaran, "1.06.04", "Program Rehabilitasi Sosial");
        String kegiatanB = node(opd, "KEGIATAN", program, "1.06.04.2.02", "Rehabilitasi Sosial PMKS Lainnya");
        String kegiatanA = node(opd, "KEGIATAN", program, "1.06.04.2.01", "Rehabilitasi Sosial Dasar");
        String sub = node(opd, "SUB_KEGIATAN", kegiatanA, "1.06.04.2.01.0001", "Penyediaan Permakanan");
        node(opd, "AKSI", sub, null, "Program Rantang Sehat bagi Lanjut Usia Terlantar");
        indicator(sasaran, """
                "name":"Persentase PMKS yang terpenuhi kebutuhan dasarnya","unit":"%","polarity":"INCREASING",
                "iku":true,"targets":[{"year":2024,"value":90}]""").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/plan/tree").param("pemdaCode", pemda))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roots[0].kind").value("VISI"))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].children[0].sharedWithOpd[0]").value(opd))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].children[0].children[0].children[0].text")
                        .value("Meningkatnya Kualitas PMKS"))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].children[0].children[0].children[0]"
                        + ".indicators[0].targets[0].value").value(90))
                // kegiatan in nomenclature order, whatever the order of entry
                .andExpect(jsonPath("$.roots[0].children[0].children[0].children[0].children[0].children[0]"
                        + ".children[0].children[0].code").value("1.06.04.2.01"))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].children[0].children[0].children[0]"
                        + ".children[0].children[0].children[0].children[0].kind").value("AKSI"));

        long before = count("plan_node");
        expectRefused(opd, "KEGIATAN", UUID.randomUUID().toString(), "1.06.04.2.03", "parentId");
        expectRefused(opd, "KEGIATAN", sasaran, "1.06.04.2.03", "parentId");           // kegiatan under a sasaran
        expectRefused(opd, "SUB_KEGIATAN", kegiatanA, "1.6.4.2.1.1", "code");          // malformed code
        expectRefused(opd, "SUB_KEGIATAN", kegiatanA, "1.06.05.2.01.0002", "code");    // not under its parent's code
        expectRefused(null, "PROGRAM", sasaranRpd, "1.06.04", "opdCode");              // a program belongs to an OPD
        postJson("/api/v1/plan/nodes", body(opd, "KEGIATAN", program, "1.06.04.2.01", "Duplikat"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:duplicate-code"));
        // the tree stays a tree: a node cannot move under itself or under one of its descendants
        putJson("/api/v1/plan/nodes/" + misi + "/parent", "{\"parentId\":\"" + sasaran + "\"}", "1")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:cycle"));
        putJson("/api/v1/plan/nodes/" + program + "/parent", "{\"parentId\":\"" + program + "\"}", "1")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:cycle"));
        putJson("/api/v1/plan/nodes/" + kegiatanB + "/parent", "{\"parentId\":\"" + sasaran + "\"}", "1")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.parentId").exists());
        assertThat(count("plan_node")).isEqualTo(before);

        // a legal move takes the subtree along
        String sasaran2 = node(opd, "SASARAN", tujuan, null, "Meningkatnya perlindungan perempuan dan anak");
        putJson("/api/v1/plan/nodes/" + program + "/parent", "{\"parentId\":\"" + sasaran2 + "\"}", "1")
                .andExpect(status().isOk()).andExpect(jsonPath("$.parentId").value(sasaran2));
        // every state of a node is published: budget takes its program tree from these events
        var records = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_PLAN_NODE,
                Duration.ofSeconds(30), r -> program.equals(r.key())
                        && EventCodec.read(EventType.PLAN_NODE_CHANGED, r.value()).aggregateVersion() == 2);
        var moved = records.stream().filter(r -> program.equals(r.key()))
                .map(r -> (id.sakip.events.PlanNodeChanged) EventCodec.read(EventType.PLAN_NODE_CHANGED, r.value()))
                .toList();
        assertThat(moved).extracting(e -> e.aggregateVersion()).contains(1L, 2L);
        assertThat(moved).filteredOn(e -> e.aggregateVersion() == 2).allSatisfy(e -> {
            assertThat(e.parentId()).hasToString(sasaran2);
            assertThat(e.code()).isEqualTo("1.06.04");
            assertThat(e.kind()).isEqualTo("PROGRAM");
            assertThat(e.org().opdCode()).isEqualTo(opd);
        });
        mvc.perform(get("/api/v1/plan/tree").param("pemdaCode", pemda).param("opdCode", opd))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].children[0].children[0].children[1]"
                        + ".children[0].children[0].code").value("1.06.04.2.01"));
    }

    @Test
    void targetsMustFitTheirIndicatorAndEveryRevisionIsAudited() throws Exception {
        organisation();
        String renstra = postJson("/api/v1/renstra", """
                {"pemdaCode":"%s","opdCode":"%s","startYear":2019,"endYear":2024,"title":"Renstra 2019-2024"}"""
                .formatted(pemda, opd)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String renstraId = JSON.readTree(renstra).get("id").asString();
        String tujuan = create(opd, "TUJUAN", null, null, "Meningkatnya Keberdayaan dan Kesetaraan Gender",
                ",\"renstraId\":\"" + renstraId + "\"").get("id").asString();
        String sasaran = node(opd, "SASARAN", tujuan, null, "Meningkatnya peran serta perempuan dalam pembangunan");
        // the tujuan's event says which years its Renstra spans (reports compare a year with its own Renstra)
        var tujuanEvents = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_PLAN_NODE,
                Duration.ofSeconds(30), r -> tujuan.equals(r.key()));
        var tujuanChanged = tujuanEvents.stream().filter(r -> tujuan.equals(r.key()))
                .map(r -> (id.sakip.events.PlanNodeChanged) EventCodec.read(EventType.PLAN_NODE_CHANGED, r.value()))
                .findFirst().orElseThrow();
        assertThat(tujuanChanged.renstraId()).hasToString(renstraId);
        assertThat(tujuanChanged.renstraStartYear()).isEqualTo(2019);
        assertThat(tujuanChanged.renstraEndYear()).isEqualTo(2024);
        String kla = JSON.readTree(indicator(sasaran, """
                "name":"Kategori Kota Layak Anak","unit":"kategori","polarity":"ORDINAL",
                "scale":["Pratama","Madya","Nindya","Utama","KLA"],
                "targets":[{"year":2019,"category":"Madya"},{"year":2024,"category":"Utama"}]""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.targetType").value("CATEGORY"))
                .andExpect(jsonPath("$.aggregation").value("LAST"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        indicator(sasaran, """
                "name":"Persentase PMKS (Penurunan)","unit":"%","polarity":"DECREASING",
                "targets":[{"year":2019,"value":35},{"year":2024,"value":33}]""").andExpect(status().isCreated());

        long before = count("indicator");
        indicator(sasaran, """
                "name":"x","unit":"kategori","polarity":"ORDINAL","scale":["Pratama","Madya"],
                "targets":[{"year":2024,"value":3}]""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:target-type-mismatch"))
                .andExpect(jsonPath("$.errors['targets[0]']").exists());
        indicator(sasaran, """
                "name":"x","unit":"kategori","polarity":"ORDINAL","scale":["Pratama","Madya"],
                "targets":[{"year":2024,"category":"Mentor"}]""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['targets[0]']").value(org.hamcrest.Matchers.containsString("Mentor")));
        indicator(sasaran, """
                "name":"x","unit":"kategori","polarity":"ORDINAL","targets":[{"year":2024,"category":"Utama"}]""")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.scale").exists());
        indicator(sasaran, """
                "name":"x","unit":"%","polarity":"INCREASING","targetType":"RANGE",
                "targets":[{"year":2024,"min":90,"max":80}]""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['targets[0]']").exists());
        indicator(UUID.randomUUID().toString(), """
                "name":"x","unit":"%","polarity":"INCREASING","targets":[{"year":2024,"value":1}]""")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.planNodeId").exists());
        assertThat(count("indicator")).isEqualTo(before);

        // the matrix: six years, N/A where the Renstra has no target, categories for the ordinal indicator
        mvc.perform(get("/api/v1/renstra/" + renstraId + "/matrix"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years.length()").value(6))
                .andExpect(jsonPath("$.rows[0].sasaran").value("Meningkatnya peran serta perempuan dalam pembangunan"))
                .andExpect(jsonPath("$.rows[0].indicators[0].targets[0].category").value("Madya"))
                .andExpect(jsonPath("$.rows[0].indicators[0].targets[1].category").doesNotExist())
                .andExpect(jsonPath("$.rows[0].indicators[1].targets[5].value").value(33));

        // a revision needs a reason and a fitting target; it is audited and published as the next version
        putJson("/api/v1/indicators/" + kla + "/targets/2024", "{\"category\":\"KLA\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        putJson("/api/v1/indicators/" + kla + "/targets/2024", "{\"value\":4,\"reason\":\"salah ketik\"}", "1")
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/indicators/" + kla + "/targets/2024").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", TestTokens.user("perencana.dinsos").opd(pemda, opd).roles("PERENCANA")
                                .bearer()).header("If-Match", "1")
                        .content("{\"category\":\"KLA\",\"reason\":\"Perubahan Renstra, SK Wali Kota 12/2024\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.targets[1].category").value("KLA"));
        mvc.perform(put("/api/v1/indicators/" + kla + "/targets/2024").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "1").content("{\"category\":\"Nindya\",\"reason\":\"edit lama\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        mvc.perform(get("/api/v1/indicators/" + kla + "/target-audit"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].oldTarget.category").value("Utama"))
                .andExpect(jsonPath("$[0].newTarget.category").value("KLA"))
                .andExpect(jsonPath("$[0].changedBy").value("perencana.dinsos"))
                .andExpect(jsonPath("$[0].reason").value("Perubahan Renstra, SK Wali Kota 12/2024"));

        var published = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_INDICATOR,
                Duration.ofSeconds(30), r -> kla.equals(r.key())
                        && EventCodec.read(EventType.INDICATOR_DEFINED, r.value()).aggregateVersion() == 2);
        var revised = published.stream().filter(r -> kla.equals(r.key())).map(r ->
                (IndicatorDefined) EventCodec.read(EventType.INDICATOR_DEFINED, r.value()))
                .filter(e -> e.aggregateVersion() == 2).findFirst().orElseThrow();
        assertThat(revised.scale()).containsExactly("Pratama", "Madya", "Nindya", "Utama", "KLA");
        assertThat(revised.targets()).anyMatch(t -> t.year() == 2024 && "KLA".equals(t.category()));
        assertThat(revised.planNodeId()).hasToString(sasaran);

        postJson("/api/v1/renstra", """
                {"pemdaCode":"%s","opdCode":"%s","startYear":2019,"endYear":2024,"title":"lagi"}"""
                .formatted(pemda, opd)).andExpect(status().isConflict());
        postJson("/api/v1/renstra", """
                {"pemdaCode":"%s","opdCode":"%s","startYear":2025,"endYear":2023,"title":"terbalik"}"""
                .formatted(pemda, opd)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.endYear").exists());
    }

    private void organisation() throws Exception {
        putJson("/api/v1/organisations/" + pemda, """
                {"name":"Kota Uji %s","province":"Jawa Timur","visi":"Mewujudkan Pembangunan Yang Inklusif"}"""
                .formatted(pemda)).andExpect(status().isCreated());
        putJson("/api/v1/organisations/" + pemda + "/opd/" + opd, """
                {"name":"Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak","shortName":"Dinsos PPPA",
                 "profile":{"address":"Jalan Raya Dringu No. 13","email":"dinosos@probolinggokota.go.id",
                  "head":{"name":"Dr. REY SUWIGTYO, S.Sos., M.Si.","nip":"19670711 198809 1 001","title":"Kepala Dinas"},
                  "legalBasis":["Peraturan Daerah Kota Probolinggo Nomor 5 Tahun 2019"],
                  "functions":["Perumusan kebijakan daerah"],
                  "businessProcesses":{"manajerial":["Umum dan Kepegawaian"],"utama":["Rehabilitasi Sosial"]},
                  "staff":{"asOf":"2024-12-31","rows":[{"status":"ASN","male":11,"female":22,"total":33,
                   "breakdown":[{"status":"PNS","male":10,"female":21,"total":31},
                                {"status":"PPPK","male":1,"female":1,"total":2}]}]},
                  "strategicIssues":["Masih tingginya jumlah PMKS"]}}""")
                .andExpect(status().isCreated());
        putJson("/api/v1/organisations/" + pemda + "/opd/" + opd + "/bidang/REHSOS",
                "{\"name\":\"Rehabilitasi Sosial\"}").andExpect(status().isCreated());
    }

    private String node(String opdCode, String kind, String parent, String code, String text) throws Exception {
        return create(opdCode, kind, parent, code, text, "").get("id").asString();
    }

    private JsonNode create(String opdCode, String kind, String parent, String code, String text, String extra)
            throws Exception {
        String response = postJson("/api/v1/plan/nodes", body(opdCode, kind, parent, code, text, extra))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(response);
    }

    private void expectRefused(String opdCode, String kind, String parent, String code, String field)
            throws Exception {
        postJson("/api/v1/plan/nodes", body(opdCode, kind, parent, code, "ditolak"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-plan-node"))
                .andExpect(jsonPath("$.errors." + field).exists());
    }

    private String body(String opdCode, String kind, String parent, String code, String text) {
        return body(opdCode, kind, parent, code, text, "");
    }

    private String body(String opdCode, String kind, String parent, String code, String text, String extra) {
        return "{\"pemdaCode\":\"" + pemda + "\",\"kind\":\"" + kind + "\",\"text\":\"" + text + "\""
                + (opdCode == null ? "" : ",\"opdCode\":\"" + opdCode + "\"")
                + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"")
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + extra + "}";
    }

    private ResultActions indicator(String node, String fields) throws Exception {
        return postJson("/api/v1/indicators", "{\"pemdaCode\":\"" + pemda + "\",\"opdCode\":\"" + opd
                + "\",\"planNodeId\":\"" + node + "\"," + fields + "}");
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions putJson(String path, String body) throws Exception {
        return mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** On the version read ({@code ifMatch}). */
    private ResultActions putJson(String path, String body, String ifMatch) throws Exception {
        return mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", ifMatch).content(body));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
