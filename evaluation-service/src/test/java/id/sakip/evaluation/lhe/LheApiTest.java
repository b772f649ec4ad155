package id.sakip.evaluation.lhe;

import id.sakip.evaluation.EvaluationFixture;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.OrgRef;
import id.sakip.events.Topics;
import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.PdfPages;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed's result letter: the OPD's profile from planning's event for the kop and the addressee, the letter's
 * facts from the evaluator, the score per component and the recommendations per area, printed as the nota dinas;
 * a draft until the evaluation is final.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
class LheApiTest {

    static final String LETTER = """
            {"number":"000/12/425.109/2025","dated":"2024-01-10","nature":"Penting",
             "sender":"Sekretaris Tim Penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah Tahun 2024",
             "decreeNumber":"000.B.6.3/48/425.109/2024","decreeDate":"2023-01-16",
             "decreeSubject":"Tim Penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah di Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Probolinggo",
             "evaluatedOn":"2024-01-09",
             "aspects":["Menilai keterkaitan antara Renstra dan Rencana Kerja Tahunan (RKT) dan pelaksanaannya."],
             "signerName":"Ira Listyo Handayani, S.T., M.M.","signerRank":"Penata Tk. I",
             "signerNip":"19790928 201001 2 011","signerPosition":"Sekretaris Tim Evaluasi Internal SAKIP",
             "signedOn":"2025-01-30"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final String opd = "LHE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    void theSeedsNotaDinasIsPrintedWithTheScoreAndTheRecommendationsPerArea() throws Exception {
        DefaultToken.use(TestTokens.user("uji").opd("3574", opd).roles("PERENCANA"));
        var profile = new OpdProfileChanged(UUID.randomUUID(), Instant.now(), 1, new OrgRef("3574", opd, null),
                "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Dinsos PPPA", "Kota Probolinggo",
                "Jawa Timur", null, "Jalan Raya Dringu No. 13, Kota Probolinggo, Jawa Timur 67271", "(0335) 421431",
                "(0335) 421432", "dinsosprobolinggokota.go.id", "dinsos@probolinggokota.go.id",
                new OpdProfileChanged.Head("Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001",
                        "Kepala Dinas"), List.of(), null, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), "perencana", null, null, "Probolinggo");
        new KafkaProbe(RealKafka.get().bootstrapServers()).send(Topics.PLANNING_ORGANISATION, "3574/" + opd,
                EventCodec.write(profile), Map.of(CloudEventHeaders.TYPE, EventType.OPD_PROFILE_CHANGED.ceType(),
                        CloudEventHeaders.ID, profile.eventId().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM opd_profile WHERE "
                + "opd_code = ?").param(opd).query(Long.class).single() == 1);

        EvaluationFixture evaluation = new EvaluationFixture(mvc, "3574", opd).opened("3574", opd, 2024)
                .selfAssessed("BB");
        for (String[] r : new String[][] {
                {"PERENCANAAN", "Perlu dilakukan perbaikan/penyempurnaan dokumen perencanaan kinerja yang ditetapkan "
                        + "dari hasil analisis perbaikan kinerja sebelumnya."},
                {"PENGUKURAN", "Mereview IKU untuk menyesuaikan target kinerja utama."},
                {"PENGUKURAN", "Melakukan pemantauan tindaklanjut terhadap rekomendasi hasil evaluasi per triwulan."},
                {"CAPAIAN", "Capaian kinerja yang diperoleh harus lebih ditingkatkan"}}) {
            mvc.perform(post("/api/v1/evaluations/" + evaluation.id + "/recommendations")
                            .header("Authorization", evaluation.inspektorat.bearer())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"area\":\"" + r[0] + "\",\"text\":\""
                                    + r[1] + "\",\"owner\":\"Sekretariat\",\"dueDate\":\"2025-06-30\"}"))
                    .andExpect(status().isCreated());
        }
        evaluation.evaluated(c -> "BB");

        // a draft says so; what the letter lacks is named for the evaluator, not printed
        mvc.perform(get("/api/v1/evaluations/" + evaluation.id + "/lhe").param("format", "json")
                        .header("Authorization", evaluation.kadis.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft").value(true))
                .andExpect(jsonPath("$.checklist[?(@ =~ /Data surat.*/)]").isNotEmpty());
        assertThat(PdfPages.of(pdf(evaluation)).words()).contains("DRAF");

        mvc.perform(put("/api/v1/evaluations/" + evaluation.id + "/letter").header("Authorization",
                        evaluation.kadis.bearer()).contentType(MediaType.APPLICATION_JSON).content(LETTER))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/evaluations/" + evaluation.id + "/letter").header("Authorization",
                        evaluation.inspektorat.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(LETTER.replace("\"signerName\":\"Ira Listyo Handayani, S.T., M.M.\",", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.signerName").exists());
        mvc.perform(put("/api/v1/evaluations/" + evaluation.id + "/letter").header("Authorization",
                        evaluation.inspektorat.bearer()).contentType(MediaType.APPLICATION_JSON).content(LETTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.signerNip").value("19790928 201001 2 011"));
        evaluation.finalised();
        // a final letter stays as it was signed
        mvc.perform(put("/api/v1/evaluations/" + evaluation.id + "/letter").header("Authorization",
                        evaluation.inspektorat.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(LETTER.replace("000/12/425.109/2025", "000/99/2025")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation_audit WHERE evaluation_id = ?::uuid AND action = "
                + "'LETTER_WRITTEN'").param(evaluation.id).query(Long.class).single()).isEqualTo(1);

        byte[] pdf = pdf(evaluation);
        if (System.getProperty("sakip.lhe.out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("sakip.lhe.out")), pdf);
        }
        PdfPages pages = PdfPages.of(pdf);
        assertThat(pages.notEmbedded()).isEmpty();
        assertThat(pages.words()).contains("PEMERINTAH KOTA PROBOLINGGO",
                        "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "NOTA DINAS",
                        "Yth. Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Probolinggo",
                        "Sekretaris Tim Penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah Tahun 2024",
                        "000/12/425.109/2025", "10 Januari 2024", "Penting",
                        "Hasil Evaluasi SAKIP Internal Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak "
                                + "tahun 2024",
                        "Nomor: 000.B.6.3/48/425.109/2024 Tanggal 16 Januari 2023", "pada tanggal 9 Januari 2024",
                        "A. Umum", "Tujuan Evaluasi", "Aspek Perhatian", "B. Hasil Evaluasi", "Perencanaan Kinerja",
                        "Keberadaan", "24,00", "80,00", "predikat BB (Sangat Baik)", "C. Rekomendasi",
                        "Pengukuran Kinerja:", "Mereview IKU", "Capaian Kinerja:", "batas waktu: 30 Juni 2025",
                        "SEKRETARIS TIM EVALUASI INTERNAL SAKIP", "Ira Listyo Handayani, S.T., M.M.", "Penata Tk. I",
                        "NIP. 19790928 201001 2 011", "30 Januari 2025")
                .doesNotContain("DRAF", "null", "Pelaporan Kinerja:");
        mvc.perform(get("/api/v1/evaluations/" + evaluation.id + "/lhe").param("format", "docx")
                        .header("Authorization", evaluation.kadis.bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
        mvc.perform(get("/api/v1/evaluations/" + evaluation.id + "/lhe").header("Authorization",
                        TestTokens.user("lain").opd("3574", "LAIN").roles("KEPALA_OPD").bearer()))
                .andExpect(status().isForbidden());
    }

    private byte[] pdf(EvaluationFixture evaluation) throws Exception {
        return mvc.perform(get("/api/v1/evaluations/" + evaluation.id + "/lhe")
                        .header("Authorization", evaluation.kadis.bearer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }
}
