package id.sakip.planning.agreement;

import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.Topics;
import id.sakip.planning.PlanningApiTestBase;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.PdfPages;
import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A Perjanjian Kinerja is drafted, signed, never edited again, and revised into versions that all stay readable. */
class AgreementApiTest extends PlanningApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();


    @Test
    void aSignedAgreementIsNeverEditedAndARevisionKeepsBothVersions() throws Exception {
        Plan plan = plan();
        String sasaran = plan.sasaran();
        String program = plan.program();
        String iku = plan.iku();
        String kla = plan.kla();

        String v1 = id(post("/api/v1/perjanjian-kinerja", """
                {"pemdaCode":"%s","opdCode":"%s","year":2024,"content":%s}"""
                .formatted(pemda, opd, content(sasaran, iku, "90", kla, "Utama", program, "52264600"))));
        String edit = content(sasaran, iku, "91", kla, "Utama", program, "52264600");
        // a draft is changed and signed on the version read: without it, or on a stale one, nothing changes
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/perjanjian-kinerja/" + v1)
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/perjanjian-kinerja/" + v1).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sasaran[0].indicators[0].target.value").value(91));
        String signature = """
                {"signatoryName":"Dr. REY SUWIGTYO, S.Sos., M.Si.","signatoryNip":"19670711 198809 1 001",
                 "signatoryTitle":"Kepala Dinas","signedOn":"2024-01-04"}""";
        post("/api/v1/perjanjian-kinerja/" + v1 + "/signature", signature)
                .andExpect(status().isPreconditionRequired());
        // the head signs what they read: a draft changed since is not signed
        sign(v1, signature, 1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        sign(v1, signature, 2)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.totalPagu").value(52264600.00));

        long before = count();
        // a signed agreement is never edited, nor signed again
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/perjanjian-kinerja/" + v1).header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(content(sasaran, iku, "95", kla, "Utama", program, "52264600")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:agreement-signed"));
        // a second agreement for the year, a revision without reason, bad content: refused, nothing stored
        post("/api/v1/perjanjian-kinerja", """
                {"pemdaCode":"%s","opdCode":"%s","year":2024,"content":%s}"""
                .formatted(pemda, opd, content(sasaran, iku, "90", kla, "Utama", program, "1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:agreement-exists"));
        post("/api/v1/perjanjian-kinerja/" + v1 + "/revisions", """
                {"decreeNumber":"188/1/2024","revisionDate":"2024-09-30","content":%s}"""
                .formatted(content(sasaran, iku, "92", kla, "Utama", program, "60000000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        post("/api/v1/perjanjian-kinerja/" + v1 + "/revisions", """
                {"reason":"APBD Perubahan","decreeNumber":"188/1/2024","revisionDate":"2024-09-30","content":%s}"""
                .formatted(content(sasaran, iku, "92", kla, "Mentor", program, "60000000")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-agreement"))
                .andExpect(jsonPath("$.errors['content.sasaran[0].indicators[1]']").exists());
        post("/api/v1/perjanjian-kinerja/" + v1 + "/revisions", """
                {"reason":"APBD Perubahan","decreeNumber":"188/1/2024","revisionDate":"2024-09-30","content":%s}"""
                .formatted(content(sasaran, iku, "92", kla, "Utama", sasaran, "60000000")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['content.programs[0].nodeId']").exists());
        post("/api/v1/perjanjian-kinerja/" + v1 + "/revisions", """
                {"reason":"APBD Perubahan","decreeNumber":"188/1/2024","revisionDate":"2024-09-30","content":%s}"""
                .formatted(content(sasaran, iku, "-5x", kla, "Utama", program, "60000000")))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);

        // the revision: a new version, signed, supersedes the first, which still answers as it was
        String v2 = id(post("/api/v1/perjanjian-kinerja/" + v1 + "/revisions", """
                {"reason":"APBD Perubahan 2024","decreeNumber":"188.45/123/425.110/2024","revisionDate":"2024-09-30",
                 "content":%s}""".formatted(content(sasaran, iku, "92", kla, "Nindya", program, "60000000"))));
        post("/api/v1/perjanjian-kinerja/" + v1 + "/revisions", """
                {"reason":"lagi","decreeNumber":"188/2/2024","revisionDate":"2024-10-01","content":%s}"""
                .formatted(content(sasaran, iku, "93", kla, "Utama", program, "1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:revision-open"));
        sign(v2, """
                {"signatoryName":"Dr. REY SUWIGTYO, S.Sos., M.Si.","signedOn":"2024-10-01"}""",
                JSON.readTree(mvc.perform(get("/api/v1/perjanjian-kinerja/" + v2)).andReturn().getResponse()
                        .getContentAsString()).get("version").asLong())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versionNo").value(2))
                .andExpect(jsonPath("$.previousId").value(v1));

        mvc.perform(get("/api/v1/perjanjian-kinerja/" + v1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.sasaran[0].indicators[0].target.value").value(91))
                .andExpect(jsonPath("$.sasaran[0].indicators[1].target.category").value("Utama"))
                .andExpect(jsonPath("$.programs[0].pagu").value(52264600.00));
        mvc.perform(get("/api/v1/perjanjian-kinerja").param("pemdaCode", pemda).param("opdCode", opd)
                        .param("year", "2024"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].status").value("SIGNED"))
                .andExpect(jsonPath("$[0].revisionReason").value("APBD Perubahan 2024"))
                .andExpect(jsonPath("$[0].decreeNumber").value("188.45/123/425.110/2024"))
                .andExpect(jsonPath("$[0].sasaran[0].indicators[1].target.category").value("Nindya"))
                .andExpect(jsonPath("$[1].status").value("SUPERSEDED"));
        post("/api/v1/perjanjian-kinerja/" + v1 + "/revisions", """
                {"reason":"dari versi lama","decreeNumber":"188/3/2024","revisionDate":"2024-11-01","content":%s}"""
                .formatted(content(sasaran, iku, "93", kla, "Utama", program, "1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:agreement-not-in-force"));

        String key = pemda + "/" + opd + "/2024";
        var records = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_PERJANJIAN_KINERJA,
                Duration.ofSeconds(30), r -> key.equals(r.key())
                        && EventCodec.read(EventType.PERJANJIAN_KINERJA_SIGNED, r.value()).aggregateVersion() == 2);
        var revised = records.stream().filter(r -> key.equals(r.key()))
                .map(r -> (PerjanjianKinerjaSigned) EventCodec.read(EventType.PERJANJIAN_KINERJA_SIGNED, r.value()))
                .filter(e -> e.versionNo() == 2).findFirst().orElseThrow();
        assertThat(revised.previousAgreementId()).hasToString(v1);
        assertThat(revised.decreeNumber()).isEqualTo("188.45/123/425.110/2024");
        assertThat(revised.programs().get(0).pagu()).isEqualByComparingTo("60000000");
        assertThat(records.stream().filter(r -> key.equals(r.key())).count()).isEqualTo(2);
    }

    @Test
    void aDraftIsPrintedToSignByHandAndTheSignedPaperKeepsTheSecondPartyAsItWas() throws Exception {
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/organisations/" + pemda).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Kota Uji %s","headName":"H. Wali Kota Uji","place":"Probolinggo"}"""
                                .formatted(pemda)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headName").value("H. Wali Kota Uji"))
                .andExpect(jsonPath("$.headTitle").doesNotExist());
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/organisations/" + pemda + "/opd/" + opd)
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak","profile":{"head":
                                 {"name":"Dr. REY SUWIGTYO, S.Sos., M.Si.","nip":"19670711 198809 1 001",
                                  "title":"Kepala Dinas"}}}"""))
                .andExpect(status().isOk());
        Plan plan = plan();
        String sasaran = plan.sasaran();
        String program = plan.program();
        String iku = plan.iku();
        String kla = plan.kla();
        String draft = id(post("/api/v1/perjanjian-kinerja", """
                {"pemdaCode":"%s","opdCode":"%s","year":2024,"content":%s}"""
                .formatted(pemda, opd, content(sasaran, iku, "90", kla, "Utama", program, "52264600"))));

        var printed = mvc.perform(get("/api/v1/perjanjian-kinerja/" + draft + "/document"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse();
        assertThat(printed.getHeader("Content-Disposition")).contains("-v1-draf.pdf");
        PdfPages paper = PdfPages.of(printed.getContentAsByteArray());
        assertThat(paper.count()).isEqualTo(2);
        assertThat(paper.notEmbedded()).isEmpty();
        for (int page = 1; page <= paper.count(); page++) {
            assertThat(paper.words(page)).contains("DRAF", "Halaman " + page + " dari 2");
        }
        String position = "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Uji " + pemda;
        assertThat(paper.words(1)).contains(position);
        assertThat(paper.words(1)).contains("Dr. REY SUWIGTYO, S.Sos., M.Si.", "Wali Kota Uji " + pemda,
                "H. Wali Kota Uji", "Probolinggo, ........................ 2024").doesNotContain("Dinas Dinas");
        assertThat(paper.words(2)).contains("Meningkatnya Kualitas PMKS", "90%", "Utama", "52.264.600", "APBD");

        sign(draft, """
                {"signatoryName":"Dr. REY SUWIGTYO, S.Sos., M.Si.","signatoryNip":"19670711 198809 1 001",
                 "signatoryTitle":"Kepala Dinas","signedOn":"2024-01-04"}""", 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.regionHeadName").value("H. Wali Kota Uji"))
                .andExpect(jsonPath("$.place").value("Probolinggo"));
        // the Pemda's head changes after the signature: the signed paper still names the one who signed
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/organisations/" + pemda).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Kota Uji %s","headName":"Penjabat Berikutnya","place":"Probolinggo"}"""
                                .formatted(pemda)))
                .andExpect(status().isOk());
        var signed = mvc.perform(get("/api/v1/perjanjian-kinerja/" + draft + "/document"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(signed.getHeader("Content-Disposition")).contains("-v1.pdf").doesNotContain("draf");
        PdfPages signedPaper = PdfPages.of(signed.getContentAsByteArray());
        assertThat(signedPaper.words()).contains("H. Wali Kota Uji", "Probolinggo, 4 Januari 2024",
                "NIP. 19670711 198809 1 001").doesNotContain("DRAF", "Penjabat Berikutnya");

        String key = pemda + "/" + opd + "/2024";
        var event = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_PERJANJIAN_KINERJA,
                Duration.ofSeconds(30), r -> key.equals(r.key())).stream().filter(r -> key.equals(r.key()))
                .map(r -> (PerjanjianKinerjaSigned) EventCodec.read(EventType.PERJANJIAN_KINERJA_SIGNED, r.value()))
                .findFirst().orElseThrow();
        assertThat(event.regionHeadName()).isEqualTo("H. Wali Kota Uji");
        assertThat(event.regionHeadTitle()).isNull();
        assertThat(event.place()).isEqualTo("Probolinggo");
    }

    /** A sasaran with a program, a percentage IKU (target 90 in 2024) and an ordinal one (Kota Layak Anak). */
    private record Plan(String sasaran, String program, String iku, String kla) {
    }

    private Plan plan() throws Exception {
        String tujuan = id(post("/api/v1/plan/nodes", node("TUJUAN", null, null, "Meningkatnya perlindungan sosial")));
        String sasaran = id(post("/api/v1/plan/nodes", node("SASARAN", tujuan, null, "Meningkatnya Kualitas PMKS")));
        String program = id(post("/api/v1/plan/nodes", node("PROGRAM", sasaran, "1.06.02",
                "Program Pemberdayaan Sosial")));
        String iku = id(post("/api/v1/indicators", """
                {"pemdaCode":"%s","opdCode":"%s","planNodeId":"%s","unit":"%%","polarity":"INCREASING",
                 "name":"Persentase PMKS yang terpenuhi kebutuhan dasarnya","targets":[{"year":2024,"value":90}]}"""
                .formatted(pemda, opd, sasaran)));
        String kla = id(post("/api/v1/indicators", """
                {"pemdaCode":"%s","opdCode":"%s","planNodeId":"%s","unit":"kategori","polarity":"ORDINAL",
                 "scale":["Pratama","Madya","Nindya","Utama","KLA"],"name":"Kategori Kota Layak Anak"}"""
                .formatted(pemda, opd, sasaran)));
        return new Plan(sasaran, program, iku, kla);
    }

    private ResultActions sign(String id, String signature, long version) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/perjanjian-kinerja/" + id + "/signature")
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(signature));
    }

    private static String content(String sasaran, String iku, String ikuTarget, String kla, String klaTarget,
            String program, String pagu) {
        return """
                {"sasaran":[{"nodeId":"%s","indicators":[{"indicatorId":"%s","value":%s},
                  {"indicatorId":"%s","category":"%s"}]}],
                 "programs":[{"nodeId":"%s","pagu":%s}]}""".formatted(sasaran, iku, ikuTarget, kla, klaTarget,
                program, pagu);
    }

    private String node(String kind, String parent, String code, String text) {
        return "{\"pemdaCode\":\"" + pemda + "\",\"opdCode\":\"" + opd + "\",\"kind\":\"" + kind + "\",\"text\":\""
                + text + "\"" + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"")
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
    }

    private static String id(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(body).isEqualTo(201);
        return JSON.readTree(body).get("id").asString();
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).header("Authorization", TestTokens.user("perencana.dinsos").opd(pemda, opd).roles("PERENCANA", "KEPALA_OPD").bearer()).content(body));
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM perjanjian_kinerja").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single();
    }
}
