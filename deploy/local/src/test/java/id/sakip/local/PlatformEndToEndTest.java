package id.sakip.local;

import id.sakip.testsupport.PdfPages;
import id.sakip.testsupport.WorkbookChecks;
import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.RealPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as separate processes (the four services and the gateway, from their built jars) against one
 * real PostgreSQL and one real Kafka broker, driven over HTTP through the gateway only.
 */
class PlatformEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPD = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static Platform platform;
    private static Settings settings;
    private static String gateway;
    private static String idp;
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The test's own users at the identity provider, besides its demo users: uji.e2e plans, enters and reads its
     * OPD (and, as Bappeda, the Pemda); the workflow OPD has a bidang's operator (who also stands in for its head),
     * its head, another bidang's operator, the Kepala OPD and the Pemda's administrator.
     */
    private static String users() {
        String wf = OPD + "-WF";
        return """
                [{"username":"uji.e2e","name":"Uji E2E","pemda":"3574","opd":"%1$s",
                  "roles":["ADMIN_PEMDA","BAPPEDA","PERENCANA","OPERATOR","KEUANGAN"]},
                 {"username":"e2e.operator.rehsos","name":"Operator Rehsos Uji","pemda":"3574","opd":"%2$s",
                  "bidang":"REHSOS","roles":["OPERATOR","KEPALA_BIDANG"]},
                 {"username":"e2e.kabid.rehsos","name":"Kabid Rehsos Uji","pemda":"3574","opd":"%2$s",
                  "bidang":"REHSOS","roles":["KEPALA_BIDANG"]},
                 {"username":"e2e.operator.linjamsos","name":"Operator Linjamsos Uji","pemda":"3574","opd":"%2$s",
                  "bidang":"LINJAMSOS","roles":["OPERATOR"]},
                 {"username":"e2e.kadis","name":"Kadis Uji","pemda":"3574","opd":"%2$s","roles":["KEPALA_OPD"]},
                 {"username":"e2e.admin","name":"Admin Uji","pemda":"3574","roles":["ADMIN_PEMDA"]},
                 {"username":"e2e.perencana","name":"Perencana Uji","pemda":"3574","opd":"%2$s","roles":["PERENCANA"]},
                 {"username":"web.operator.rehsos","name":"Operator Rehsos Web","pemda":"3574","opd":"%3$s",
                  "bidang":"REHSOS","roles":["OPERATOR"]},
                 {"username":"web.operator.linjamsos","name":"Operator Linjamsos Web","pemda":"3574","opd":"%3$s",
                  "bidang":"LINJAMSOS","roles":["OPERATOR"]},
                 {"username":"web.kabid.rehsos","name":"Kabid Rehsos Web","pemda":"3574","opd":"%3$s",
                  "bidang":"REHSOS","roles":["KEPALA_BIDANG"]},
                 {"username":"web.kadis","name":"Kadis Web","pemda":"3574","opd":"%3$s","roles":["KEPALA_OPD"]},
                 {"username":"web.perencana","name":"Perencana Web","pemda":"3574","opd":"%3$s","roles":["PERENCANA"]},
                 {"username":"e2e.operator.dinsos","name":"Operator Dinsos Uji","pemda":"3574","opd":"DINSOS-PPPA",
                  "roles":["OPERATOR"]},
                 {"username":"aturan.admin","name":"Admin Aturan","pemda":"3579","roles":["ADMIN_PEMDA","BAPPEDA"]},
                 {"username":"aturan.perencana","name":"Perencana Aturan","pemda":"3579","opd":"DINSOS",
                  "roles":["PERENCANA"]},
                 {"username":"aturan.operator","name":"Operator Aturan","pemda":"3579","opd":"DINSOS",
                  "roles":["OPERATOR"]}]
                """.formatted(OPD, wf, OPD + "-WEB");
    }

    /** A user's access token, signed in once through the identity provider's sign-in form. */
    static String token(String user) {
        return TOKENS.computeIfAbsent(user, name -> {
            try {
                return Tokens.user(idp, name, Tokens.DEMO_PASSWORD);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static GatewayClient as(String user) {
        return new GatewayClient(gateway, () -> token(user));
    }

    private static Long firstDemoLoad;

    /** Loads the demo data once for the tests that read it, whichever runs first; what that first load created. */
    private static synchronized long demoLoaded() throws Exception {
        if (firstDemoLoad == null) {
            firstDemoLoad = (long) demoData().load();
        }
        return firstDemoLoad;
    }

    private static DemoData demoData() {
        return DemoData.local(gateway, idp);
    }

    @BeforeAll
    static void startPlatform() throws IOException {
        RealPostgres postgres = RealPostgres.get();
        for (String database : List.of("e2e_planning", "e2e_measurement", "e2e_budget", "e2e_reporting",
                "e2e_evaluation")) {
            postgres.database(database);
        }
        Path identity = Path.of("target/e2e-identity").toAbsolutePath();
        java.nio.file.Files.createDirectories(identity);
        java.nio.file.Files.writeString(identity.resolve("users.json"), users());
        settings = new Settings(postgres.jdbcUrl(""), postgres.user(), postgres.password(),
                RealKafka.get().bootstrapServers(), Ports.anyFree(),
                new Platform.Service("planning-service", "e2e_planning", Ports.anyFree()),
                new Platform.Service("measurement-service", "e2e_measurement", Ports.anyFree()),
                new Platform.Service("budget-service", "e2e_budget", Ports.anyFree()),
                new Platform.Service("reporting-service", "e2e_reporting", Ports.anyFree()),
                new Platform.Service("evaluation-service", "e2e_evaluation", Ports.anyFree()),
                new Settings.Identity(Ports.anyFree(), identity.resolve("signing-key.json"),
                        identity.resolve("users.json")));
        platform = Platform.start(Layout.find(), settings, Path.of("target/e2e-logs"),
                List.of("--sakip.outbox.resubmit-interval=2s", "--sakip.outbox.resubmit-min-age=2s"));
        gateway = settings.gatewayUrl();
        idp = settings.identity().issuer();
        var api = as("uji.e2e");
        try {
            api.register("/api/v1/organisations/3574", "{\"name\":\"Kota Probolinggo\",\"province\":\"Jawa Timur\"}");
            api.send("PUT", "/api/v1/organisations/3574/opd/" + OPD, "{\"name\":\"OPD uji end-to-end\"}", 201);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theSliceThroughTheGatewayReproducesTheSeedNumbers() throws Exception {
        String iku = indicator("Persentase PMKS yang terpenuhi kebutuhan dasarnya", "INCREASING", 90);
        String pmks = indicator("Persentase PMKS (Penurunan)", "DECREASING", 33);

        // measurement knows an indicator only from planning's events: it accepts once the event has arrived
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/v1/realizations", "{\"indicatorId\":\"" + iku + "\",\"period\":\"2024\",\"value\":97.64}")
                        .statusCode() == 201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/v1/realizations", "{\"indicatorId\":\"" + pmks + "\",\"period\":\"2024Q4\",\"value\":32}")
                        .statusCode() == 201);

        // budget takes the program tree from planning's events: the sub kegiatan is planned first
        String tujuan = planNode("TUJUAN", null, null, "Meningkatnya kesejahteraan sosial");
        String sasaran = planNode("SASARAN", tujuan, null, "Meningkatnya kualitas hidup PMKS");
        String program = planNode("PROGRAM", sasaran, "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL");
        String kegiatan = planNode("KEGIATAN", program, "1.06.02.2.03",
                "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/ Kota");
        planNode("SUB_KEGIATAN", kegiatan, "1.06.02.2.03.0002", "Pengembangan Potensi Sumber Kesejahteraan Sosial");
        String lineBody = """
                {"pemdaCode":"3574","opdCode":"%s","year":2024,"code":"1.06.02.2.03.0002","paguVersion":"MURNI",
                 "pagu":52264600}""".formatted(OPD);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/v1/budget/lines", lineBody).statusCode() != 422);
        HttpResponse<String> line = get("/api/v1/budget/lines?pemdaCode=3574&opdCode=" + OPD + "&year=2024");
        assertThat(JSON.readTree(line.body())).hasSize(1);
        String lineId = JSON.readTree(line.body()).get(0).get("id").asString();
        HttpResponse<String> spent = as("uji.e2e").raw("PUT", "/api/v1/budget/lines/" + lineId + "/realizations/4",
                "{\"amount\":50825000}", JSON.readTree(line.body()).get(0).get("version").asLong());
        assertThat(spent.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(spent.body()).get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");

        String report = "/api/v1/reports/pelaporan-kinerja?pemdaCode=3574&opdCode=" + OPD + "&year=2024";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode table = JSON.readTree(get(report).body());
            assertThat(table.get("indicators")).hasSize(2);
            assertThat(table.get("budget")).hasSize(1);
            assertThat(row(table, iku).get("target").decimalValue()).isEqualByComparingTo("90");
            assertThat(row(table, iku).get("latest").get("value").decimalValue()).isEqualByComparingTo("97.64");
            assertThat(row(table, iku).get("latest").get("capaianPercent").decimalValue())
                    .isEqualByComparingTo("108.49");
            assertThat(row(table, pmks).get("latest").get("capaianPercent").decimalValue())
                    .isEqualByComparingTo("103.03");
            JsonNode budget = table.get("budget").get(0);
            assertThat(budget.get("pagu").decimalValue()).isEqualByComparingTo("52264600");
            assertThat(budget.get("realized").decimalValue()).isEqualByComparingTo("50825000");
            assertThat(budget.get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
        });
    }

    /**
     * The local run's demo data, loaded through the gateway as the launcher does: the seed's cascading tree,
     * Renstra matrix and Rencana Aksi program tree come back as the shipped copy of the seed's facts has them, and
     * the Pelaporan Kinerja shows the seed's IKU. A second load creates nothing.
     */
    @Test
    void theSeedPlanComesBackThroughTheGatewayAsInTheFixture() throws Exception {
        assertThat(demoLoaded()).as("the first load created the demo data").isPositive();
        JsonNode seed = DemoPlan.resource();
        JsonNode cascading = seed.get("cascading");

        JsonNode tree = getJson("/api/v1/plan/tree?pemdaCode=3574&opdCode=DINSOS-PPPA");
        JsonNode visi = tree.get("roots").get(0);
        assertThat(visi.get("text").asString()).isEqualTo(cascading.get("visi").asString());
        JsonNode misi = only(visi, "MISI");
        assertThat(misi.get("number").asInt()).isEqualTo(cascading.get("misi").get("number").asInt());
        assertThat(misi.get("text").asString()).isEqualTo(cascading.get("misi").get("text").asString());
        JsonNode tujuanRpd = only(misi, "TUJUAN");
        assertThat(tujuanRpd.get("text").asString()).isEqualTo(cascading.get("tujuanRpd").asString());
        JsonNode sasaranRpd = only(tujuanRpd, "SASARAN");
        assertThat(sasaranRpd.get("text").asString()).isEqualTo(cascading.get("sasaranRpd").get("text").asString());
        assertThat(names(sasaranRpd.get("indicators")))
                .containsExactly(cascading.get("sasaranRpd").get("indicator").asString());
        JsonNode tujuanPd = only(sasaranRpd, "TUJUAN");
        assertThat(tujuanPd.get("text").asString()).isEqualTo(cascading.get("tujuanPd").get("text").asString());
        assertThat(names(tujuanPd.get("indicators"))).isEqualTo(texts(cascading.get("tujuanPd").get("indicators")));
        JsonNode sasaranPd = tujuanPd.get("children");
        assertThat(sasaranPd.size()).isEqualTo(cascading.get("sasaranPd").size());
        for (int i = 0; i < sasaranPd.size(); i++) {
            assertThat(sasaranPd.get(i).get("text").asString())
                    .isEqualTo(cascading.get("sasaranPd").get(i).get("text").asString());
            // the cascading slide's IKU first; the Pelaporan Kinerja 2024 reports the sasaran strategis's IKU under a
            // slightly different name (a seed inconsistency) and the demo links that indicator to the sasaran too
            List<String> iku = texts(cascading.get("sasaranPd").get(i).get("iku"));
            List<String> linked = names(sasaranPd.get(i).get("indicators"));
            assertThat(linked.subList(0, Math.min(iku.size(), linked.size()))).isEqualTo(iku);
            assertThat(linked.subList(iku.size(), linked.size())).allSatisfy(extra -> assertThat(extra)
                    .isEqualTo("Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan"));
        }
        // the Rencana Aksi: 3 programs, their kegiatan, sub kegiatan and aksi in the seed's order, with the
        // indicators and targets as printed, the aksi's volumes and quarter schedules
        JsonNode seedPlan = seed.get("rencanaAksi");
        JsonNode actionPlan = getJson("/api/v1/rencana-aksi/3574/DINSOS-PPPA/" + seedPlan.get("year").asInt());
        assertThat(actionPlan.get("signed").get("date").asString())
                .isEqualTo(seedPlan.get("signed").get("date").asString());
        assertThat(actionPlan.get("signed").get("by").asString()).isEqualTo(seedPlan.get("signed").get("by").asString());
        JsonNode strategic = actionPlan.get("sasaran").get(0);
        assertThat(strategic.get("text").asString()).isEqualTo(seedPlan.get("sasaranStrategis").get("text").asString());
        assertThat(strategic.get("indicator").asString())
                .isEqualTo(seedPlan.get("sasaranStrategis").get("indicator").asString());
        assertThat(strategic.get("quarterTargets")).isEqualTo(seedPlan.get("sasaranStrategis").get("quarterTargets"));
        // linked to the sasaran's IKU, so its quarter targets reach measurement
        assertThat(strategic.get("indicatorId").asString())
                .isEqualTo(sasaranPd.get(0).get("indicators").get(0).get("id").asString());
        JsonNode programs = strategic.get("programs");
        JsonNode seedPrograms = seedPlan.get("programs");
        assertThat(programs.size()).isEqualTo(3).isEqualTo(seedPrograms.size());
        for (int p = 0; p < programs.size(); p++) {
            sameLine(programs.get(p), seedPrograms.get(p));
            JsonNode kegiatan = programs.get(p).get("children");
            JsonNode seedKegiatan = seedPrograms.get(p).get("kegiatan");
            assertThat(kegiatan.size()).isEqualTo(seedKegiatan.size());
            for (int k = 0; k < kegiatan.size(); k++) {
                sameLine(kegiatan.get(k), seedKegiatan.get(k));
                JsonNode subs = kegiatan.get(k).get("children");
                JsonNode seedSubs = seedKegiatan.get(k).get("subKegiatan");
                assertThat(subs.size()).isEqualTo(seedSubs.size());
                for (int s = 0; s < subs.size(); s++) {
                    sameLine(subs.get(s), seedSubs.get(s));
                    JsonNode aksi = subs.get(s).get("children");
                    JsonNode seedAksi = seedSubs.get(s).get("aksi");
                    assertThat(aksi.size()).isEqualTo(seedAksi.size());
                    for (int a = 0; a < aksi.size(); a++) {
                        sameLine(aksi.get(a), seedAksi.get(a));
                        assertThat(aksi.get(a).get("volume").asString()).isEqualTo(seedAksi.get(a).get("volume").asString());
                        assertThat(aksi.get(a).get("schedule")).isEqualTo(seedAksi.get(a).get("schedule"));
                    }
                }
            }
        }

        // its paper, as the agency signed it: the sasaran strategis, every program, the signature; fonts embedded,
        // and the workbook with numbers as numbers, printed one page wide
        PdfPages raPaper = PdfPages.of(as("uji.e2e").bytes("/api/v1/rencana-aksi/3574/DINSOS-PPPA/2025/document"));
        assertThat(raPaper.notEmbedded()).isEmpty();
        assertThat(raPaper.words()).contains("RENCANA AKSI TAHUN 2025", strategic.get("text").asString(),
                "Probolinggo, 4 Januari 2025", "Mengetahui,", seedPlan.get("signed").get("by").asString())
                .doesNotContain("DRAF");
        for (JsonNode program : seedPrograms) {
            assertThat(raPaper.words()).contains(program.get("name").asString());
        }
        byte[] raWorkbook = as("uji.e2e").bytes("/api/v1/rencana-aksi/3574/DINSOS-PPPA/2025/document?format=xlsx");
        assertThat(WorkbookChecks.numbersAsText(raWorkbook)).isEmpty();
        assertThat(WorkbookChecks.withoutPrintSetup(raWorkbook)).isEmpty();

        // the year's Perjanjian Kinerja, a draft from the Rencana Aksi's year target: its paper prints before signing,
        // marked DRAF on every page
        JsonNode agreements = getJson("/api/v1/perjanjian-kinerja?pemdaCode=3574&opdCode=DINSOS-PPPA&year=2025");
        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).get("status").asString()).isEqualTo("DRAFT");
        PdfPages draftAgreement = PdfPages.of(as("uji.e2e").bytes("/api/v1/perjanjian-kinerja/"
                + agreements.get(0).get("id").asString() + "/document"));
        assertThat(draftAgreement.notEmbedded()).isEmpty();
        assertThat(draftAgreement.words()).contains("PERJANJIAN KINERJA TAHUN 2025", strategic.get("text").asString(),
                "88%");
        for (int page = 1; page <= draftAgreement.count(); page++) {
            assertThat(draftAgreement.words(page)).contains("DRAF");
        }

        // the Renstra matrix: every indicator, every year, as the seed has it (N/A where it has none)
        String renstraId = getJson("/api/v1/renstra?pemdaCode=3574&opdCode=DINSOS-PPPA").get(0).get("id").asString();
        JsonNode matrix = getJson("/api/v1/renstra/" + renstraId + "/matrix");
        JsonNode seedRenstra = seed.get("renstra");
        assertThat(matrix.get("years")).isEqualTo(seedRenstra.get("years"));
        assertThat(matrix.get("rows").size()).isEqualTo(seedRenstra.get("rows").size());
        int indicators = 0;
        for (int r = 0; r < seedRenstra.get("rows").size(); r++) {
            JsonNode row = matrix.get("rows").get(r);
            JsonNode seedRow = seedRenstra.get("rows").get(r);
            assertThat(row.get("tujuan").asString()).isEqualTo(seedRow.get("tujuan").asString());
            assertThat(row.get("sasaran").asString()).isEqualTo(seedRow.get("sasaran").asString());
            for (int i = 0; i < seedRow.get("indicators").size(); i++) {
                JsonNode indicator = row.get("indicators").get(i);
                JsonNode seedIndicator = seedRow.get("indicators").get(i);
                indicators++;
                assertThat(indicator.get("name").asString()).isEqualTo(seedIndicator.get("name").asString());
                assertThat(indicator.get("polarity").asString()).isEqualTo(seedIndicator.get("polarity").asString());
                for (int y = 0; y < seedRenstra.get("years").size(); y++) {
                    JsonNode target = indicator.get("targets").get(y);
                    JsonNode expected = seedIndicator.get("targets").get(y);
                    assertThat(target.get("year").asInt()).isEqualTo(seedRenstra.get("years").get(y).asInt());
                    if (expected.isNull()) {
                        assertThat(target.has("value") || target.has("category")).as("N/A").isFalse();
                    } else if (expected.isString()) {
                        assertThat(target.get("category").asString()).isEqualTo(expected.asString());
                    } else {
                        assertThat(target.get("value").decimalValue()).isEqualByComparingTo(expected.decimalValue());
                    }
                }
            }
        }
        assertThat(indicators).isEqualTo(6);

        // the seed's IKU in the Pelaporan Kinerja, from events only
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode report = getJson("/api/v1/reports/pelaporan-kinerja?pemdaCode=3574&opdCode=DINSOS-PPPA&year=2024");
            for (JsonNode row : report.get("indicators")) {
                if (row.get("name").asString().equals(
                        "Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan")
                        && row.path("latest").path("capaianPercent").isNumber()) {
                    return row.get("latest").get("capaianPercent").decimalValue().compareTo(
                            new java.math.BigDecimal("108.49")) == 0;
                }
            }
            return false;
        });
        JsonNode spm = getJson("/api/v1/spm/3574/DINSOS-PPPA/2024");
        JsonNode seedSpm;
        try (var in = DemoData.class.getResourceAsStream("/demo/dinsos-pppa-2024.json")) {
            seedSpm = JSON.readTree(in).get("spm");
        }
        assertThat(spm.get("totalX").decimalValue()).isEqualByComparingTo(seedSpm.get("published").get("x").decimalValue());
        assertThat(spm.get("totalY").decimalValue()).isEqualByComparingTo(seedSpm.get("published").get("y").decimalValue());
        assertThat(spm.get("percent").decimalValue())
                .isEqualByComparingTo(seedSpm.get("published").get("percent").decimalValue());
        assertThat(names(spm.get("services").get(0).get("groups"), "name"))
                .containsExactly("Disabilitas", "Anak terlantar", "Lansia terlantar", "Gelandangan pengemis");

        // the budget along the program tree: the seed's serapan at every level, the kegiatan's exact sums, and the
        // Program Rehabilitasi Sosial's pagu beyond its listed kegiatan as a named row of its own
        JsonNode published;
        try (var in = DemoData.class.getResourceAsStream(DemoData.RESOURCE)) {
            published = JSON.readTree(in).get("budgetPublished");
        }
        JsonNode budget = getJson("/api/v1/budget/tree?pemdaCode=3574&opdCode=DINSOS-PPPA&year=2024");
        java.util.Map<String, JsonNode> rows = new java.util.HashMap<>();
        collect(budget.get("programs"), rows);
        for (var expected : published.get("serapan").properties()) {
            assertThat(rows.get(expected.getKey()).get("serapanPercent").decimalValue()).as(expected.getKey())
                    .isEqualByComparingTo(expected.getValue().asString());
        }
        for (var expected : published.get("pagu").properties()) {
            assertThat(rows.get(expected.getKey()).get("pagu").decimalValue()).as(expected.getKey())
                    .isEqualByComparingTo(expected.getValue().decimalValue());
        }
        for (var expected : published.get("realized").properties()) {
            assertThat(rows.get(expected.getKey()).get("realized").decimalValue()).as(expected.getKey())
                    .isEqualByComparingTo(expected.getValue().decimalValue());
        }
        JsonNode rehabilitasi = rows.get("1.06.04");
        assertThat(rehabilitasi.get("children")).anySatisfy(row -> {
            assertThat(row.get("ownLine").asBoolean()).isTrue();
            assertThat(row.get("pagu").decimalValue()).isEqualByComparingTo("227422100");
        });

        // the Pelaporan Kinerja laid out as the agency's table, from events only: the sasaran strategis with its IKU
        // (90 / 97.64 / 108.49), its programs, kegiatan and sub kegiatan with their indicators and serapan
        String strategicText = seed.get("rencanaAksi").get("sasaranStrategis").get("text").asString();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode table = getJson("/api/v1/reports/pelaporan-kinerja?pemdaCode=3574&opdCode=DINSOS-PPPA&year=2024")
                    .get("table");
            JsonNode block = null;
            for (JsonNode candidate : table) {
                if (candidate.get("sasaran").asString().equals(strategicText)) {
                    block = candidate;
                }
            }
            assertThat(block).as("the sasaran strategis in the table").isNotNull();
            assertThat(block.get("misi").asString()).isEqualTo(cascading.get("misi").get("text").asString());
            JsonNode iku = block.get("indicators").get(0);
            assertThat(iku.get("target").decimalValue()).isEqualByComparingTo("90");
            assertThat(iku.get("latest").get("value").decimalValue()).isEqualByComparingTo("97.64");
            assertThat(iku.get("latest").get("capaianPercent").decimalValue()).isEqualByComparingTo("108.49");
            java.util.Map<String, JsonNode> programRows = new java.util.HashMap<>();
            collect(block.get("programs"), programRows);
            assertThat(programRows.keySet()).containsAll(published.get("serapan").propertyNames());
            for (var expected : published.get("serapan").properties()) {
                assertThat(programRows.get(expected.getKey()).get("serapanPercent").decimalValue())
                        .as(expected.getKey()).isEqualByComparingTo(expected.getValue().asString());
                assertThat(programRows.get(expected.getKey()).get("indicators")).as(expected.getKey()).isNotEmpty();
            }
            // efficiency: Program Pemberdayaan Sosial reached 100.00 (80 of 80) on a serapan of 97.25
            JsonNode efficiency = programRows.get("1.06.02").get("efficiency");
            assertThat(efficiency.get("capaianPercent").decimalValue()).isEqualByComparingTo("100.00");
            assertThat(efficiency.get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
            assertThat(efficiency.get("verdict").asString()).isEqualTo("Efisien");
        });

        // the LKjIP: the official one waits for approved data (the demo's realisations are drafts); the draft
        // carries the OPD profile planning published (OpdProfileChanged) and the seed's IKU
        String lkjip = "/api/v1/reports/lkjip?pemdaCode=3574&opdCode=DINSOS-PPPA&year=2024";
        JsonNode official = getJson(lkjip + "&format=json");
        assertThat(official.get("empty").asBoolean()).isTrue();
        assertThat(official.get("note").asString()).contains("disetujui");
        JsonNode opdFacts = seed.get("opd");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode draft = getJson(lkjip + "&format=json&basis=all");
            assertThat(draft.get("draft").asBoolean()).isTrue();
            assertThat(draft.get("organisation").get("opdName").asString()).isEqualTo(opdFacts.get("name").asString());
            assertThat(draft.get("organisation").get("profile").get("head").get("name").asString())
                    .isEqualTo(opdFacts.get("head").get("name").asString());
            assertThat(draft.get("organisation").get("profile").get("staff").get(0).get("total").asInt())
                    .isEqualTo(opdFacts.get("staff").get("rows").get(0).get("total").asInt());
            // the SPM measurement published, as the LKjIP's lampiran prints it
            assertThat(draft.get("spm").get("totalX").decimalValue())
                    .isEqualByComparingTo(seedSpm.get("published").get("x").decimalValue());
            assertThat(draft.get("spm").get("percent").decimalValue())
                    .isEqualByComparingTo(seedSpm.get("published").get("percent").decimalValue());
            assertThat(draft.get("spm").get("services").get(0).get("standard").asString())
                    .isEqualTo("Standar jumlah dan kualitas barang dan/atau jasa");
            JsonNode reported = null;
            for (JsonNode candidate : draft.get("sasaran")) {
                if (candidate.get("sasaran").asString().equals(strategicText)) {
                    reported = candidate;
                }
            }
            assertThat(reported).as("the sasaran strategis in the LKjIP").isNotNull();
            assertThat(reported.get("indicators").get(0).get("capaianPercent").decimalValue())
                    .isEqualByComparingTo("108.49");
        });
        HttpResponse<String> pdf = get(lkjip + "&basis=all");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        // the demo's LKjIP in the outline of PermenPANRB 53/2014, its fonts embedded, signed by the Kepala OPD
        PdfPages report = PdfPages.of(as("uji.e2e").bytes(lkjip + "&basis=all"));
        assertThat(report.count()).as("cover, front matter, Bab I-IV").isGreaterThanOrEqualTo(8);
        assertThat(report.notEmbedded()).isEmpty();
        assertThat(report.words()).contains("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI", "DAFTAR TABEL",
                "BAB I", "BAB II", "BAB III", "BAB IV", "Oleh:", "Dr. REY SUWIGTYO, S.Sos., M.Si.",
                "NIP. 19670711 198809 1 001", "108,49%", "Sumber:", "LAMPIRAN: STANDAR PELAYANAN MINIMAL",
                "X = Disabilitas 150, anak terlantar 49, lansia terlantar 50, gelandangan pengemis 75",
                "(324 / 324) \u00d7 100% = 100,00%");

        // the city view: the OPD under its name, and the Pemda's own IKU (the RPD sasaran's indicator) with the OPD
        // that reports it
        JsonNode city = getJson("/api/v1/reports/city?pemdaCode=3574&year=2024");
        JsonNode dinsos = null;
        for (JsonNode row : city.get("opd")) {
            if (row.get("opdCode").asString().equals("DINSOS-PPPA")) {
                dinsos = row;
            }
        }
        assertThat(dinsos).isNotNull();
        assertThat(dinsos.get("opdName").asString()).isEqualTo(opdFacts.get("name").asString());
        assertThat(city.get("pemdaIku")).anySatisfy(iku -> {
            assertThat(iku.get("name").asString()).isEqualTo(cascading.get("sasaranRpd").get("indicator").asString());
            assertThat(iku.get("node").asString()).isEqualTo(cascading.get("sasaranRpd").get("text").asString());
            assertThat(iku.get("opdCode").asString()).isEqualTo("DINSOS-PPPA");
        });

        JsonNode cityTables = getJson("/api/v1/reports/city/tables?pemdaCode=3574&year=2024");
        assertThat(cityTables.get("iku")).anySatisfy(iku -> {
            assertThat(iku.get("opdCode").asString()).isEqualTo("DINSOS-PPPA");
            assertThat(iku.get("sasaran").asString()).isEqualTo(strategicText);
            assertThat(iku.get("capaianPercent").decimalValue()).isEqualByComparingTo("108.49");
        });
        assertThat(cityTables.get("programs")).anySatisfy(program -> {
            assertThat(program.get("code").asString()).isEqualTo("1.06.02");
            assertThat(program.get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
        });

        // the Evaluasi Renja form: the IKU's K and the program's Rp, and the workbook
        JsonNode renja = getJson("/api/v1/reports/evaluasi-renja?pemdaCode=3574&opdCode=DINSOS-PPPA&year=2024");
        assertThat(renja.get("empty").asBoolean()).isFalse();
        JsonNode ikuRow = null;
        JsonNode programRow = null;
        for (JsonNode row : renja.get("rows")) {
            if (ikuRow == null && row.get("sasaran").asString().equals(strategicText)
                    && row.get("level").asString().equals("SASARAN")) {
                ikuRow = row;
            }
            if (programRow == null && "1.06.02".equals(row.path("code").asString(null))) {
                programRow = row;
            }
        }
        assertThat(ikuRow).as("the IKU in the Evaluasi Renja").isNotNull();
        assertThat(ikuRow.get("realized").get("k").decimalValue()).isEqualByComparingTo("97.64");
        assertThat(ikuRow.get("capaianPercent").decimalValue()).isEqualByComparingTo("108.49");
        assertThat(programRow).as("Program Pemberdayaan Sosial in the Evaluasi Renja").isNotNull();
        assertThat(programRow.get("target").get("rp").decimalValue()).isEqualByComparingTo("52264600");
        assertThat(programRow.get("realized").get("rp").decimalValue()).isEqualByComparingTo("50825000");
        assertThat(programRow.get("serapanPercent").decimalValue()).isEqualByComparingTo("97.25");
        // every workbook of the agency and of the city: numbers as numbers, no empty texts, every sheet printing A4
        // one page wide
        String agency = "pemdaCode=3574&opdCode=DINSOS-PPPA&year=2024&format=xlsx";
        for (String path : List.of("/api/v1/reports/evaluasi-renja?" + agency,
                "/api/v1/reports/pelaporan-kinerja?" + agency, "/api/v1/reports/capaian-sasaran?" + agency,
                "/api/v1/reports/city?pemdaCode=3574&year=2024&format=xlsx",
                "/api/v1/reports/city/tables?pemdaCode=3574&year=2024&format=xlsx")) {
            byte[] workbook = as("uji.e2e").bytes(path);
            assertThat(WorkbookChecks.numbersAsText(workbook)).as(path).isEmpty();
            assertThat(WorkbookChecks.withoutPrintSetup(workbook)).as(path).isEmpty();
        }
        // one scope, one number: the city's IKU headline of the agency is the LKjIP's (every state, as its draft)
        JsonNode draftLkjip = getJson("/api/v1/reports/lkjip?pemdaCode=3574&opdCode=DINSOS-PPPA&year=2024&format=json"
                + "&basis=all").get("summary");
        JsonNode agencyInCity = null;
        for (JsonNode row : getJson("/api/v1/reports/city?pemdaCode=3574&year=2024").get("opd")) {
            agencyInCity = row.get("opdCode").asString().equals("DINSOS-PPPA") ? row : agencyInCity;
        }
        assertThat(agencyInCity).as("the agency in the city table").isNotNull();
        assertThat(agencyInCity.get("ikuIndicators").asInt()).isEqualTo(draftLkjip.get("indicators").asInt());
        assertThat(agencyInCity.get("ikuReached").asInt()).isEqualTo(draftLkjip.get("reached").asInt());
        assertThat(agencyInCity.get("ikuAverageCapaian").decimalValue())
                .isEqualByComparingTo(draftLkjip.get("averageCapaian").decimalValue());
        assertThat(agencyInCity.get("indicators").asInt()).as("every indicator, programs' too")
                .isGreaterThan(agencyInCity.get("ikuIndicators").asInt());

        assertThat(demoData().load()).as("a second load creates nothing").isZero();
    }

    /** Name, indicator and target as the seed prints them (absent in the seed: absent or null here). */
    private static void sameLine(JsonNode line, JsonNode seed) {
        assertThat(line.get("name").asString()).isEqualTo(seed.get("name").asString());
        for (String field : List.of("indicator", "target")) {
            JsonNode expected = seed.get(field);
            if (expected == null || expected.isNull()) {
                assertThat(line.path(field).isNull() || line.path(field).isMissingNode()).as(field).isTrue();
            } else {
                assertThat(line.get(field).asString()).as(field).isEqualTo(expected.asString());
            }
        }
    }

    private static JsonNode only(JsonNode parent, String kind) {
        List<JsonNode> matches = new java.util.ArrayList<>();
        parent.get("children").forEach(child -> {
            if (child.get("kind").asString().equals(kind)) {
                matches.add(child);
            }
        });
        assertThat(matches).as(kind + " under " + parent.get("text").asString()).hasSize(1);
        return matches.get(0);
    }

    private static List<String> names(JsonNode indicators) {
        return names(indicators, "name");
    }

    private static List<String> names(JsonNode nodes, String field) {
        List<String> names = new java.util.ArrayList<>();
        nodes.forEach(n -> names.add(n.get(field).asString()));
        return names;
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new java.util.ArrayList<>();
        values.forEach(v -> texts.add(v.asString()));
        return texts;
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * The verification workflow through the gateway: evidence attached, submitted with its justification, verified,
     * the period approved and locked (a change refused), unlocked by an administrator with a reason; every step in
     * the audit trail, and the final state reaches reporting through the events.
     */
    @Test
    void theWorkflowTheLockAndTheUnlockThroughTheGateway() throws Exception {
        String opd = OPD + "-WF";
        var admin = as("e2e.admin");
        admin.send("PUT", "/api/v1/organisations/3574/opd/" + opd, "{\"name\":\"OPD uji alur verifikasi\"}", 201);
        admin.send("PUT", "/api/v1/organisations/3574/opd/" + opd + "/bidang/REHSOS",
                "{\"name\":\"Rehabilitasi Sosial\"}", 200, 201);
        HttpResponse<String> defined = as("e2e.perencana").raw("POST", "/api/v1/indicators", """
                {"pemdaCode":"3574","opdCode":"%s","bidangCode":"REHSOS","unit":"%%","polarity":"INCREASING",
                 "name":"Persentase PMKS yang terpenuhi kebutuhan dasarnya","targets":[{"year":2024,"value":90}]}"""
                .formatted(opd));
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        String iku = JSON.readTree(defined.body()).get("id").asString();
        var operator = as("e2e.operator.rehsos");
        // another bidang's operator may not enter it
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> as(
                "e2e.operator.linjamsos").raw("POST", "/api/v1/realizations", "{\"indicatorId\":\"" + iku
                + "\",\"period\":\"2024\",\"value\":97.64}").statusCode() == 403);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> operator.raw("POST",
                "/api/v1/realizations", "{\"indicatorId\":\"" + iku + "\",\"period\":\"2024\",\"value\":97.64}")
                .statusCode() == 201);
        JsonNode draft = JSON.readTree(operator.raw("GET", "/api/v1/realizations?indicatorId=" + iku, null).body())
                .get(0);
        String id = draft.get("id").asString();
        String base = "/api/v1/realizations/" + id;

        HttpResponse<String> evidence = operator.upload(base + "/evidence", "berita-acara.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
        HttpResponse<String> exe = operator.upload(base + "/evidence", "bukan.pdf", new byte[] {'M', 'Z', 0, 0});
        assertThat(exe.statusCode()).isEqualTo(415);

        assertThat(operator.raw("POST", base + "/submit", "{}", 1L).statusCode()).isEqualTo(422);
        assertThat(operator.raw("POST", base + "/submit", "{\"faktorPendorong\":\"Pendataan terpadu DTKS\"}", 1L)
                .statusCode()).isEqualTo(200);
        // four eyes by subject: the submitter signing in with his name in capitals is still the submitter
        HttpResponse<String> sameSubmitter = as("E2E.OPERATOR.REHSOS").raw("POST", base + "/verify", "{}", 2L);
        assertThat(sameSubmitter.statusCode()).as(sameSubmitter.body()).isEqualTo(409);
        assertThat(JSON.readTree(sameSubmitter.body()).get("type").asString())
                .isEqualTo("urn:sakip:problem:same-person");
        assertThat(as("e2e.kabid.rehsos").raw("POST", base + "/verify", "{}", 2L).statusCode()).isEqualTo(200);
        String period = "/api/v1/realization-periods/3574/" + opd + "/2024";
        assertThat(operator.raw("POST", period + "/approve", "{}").statusCode()).as("an operator approves")
                .isEqualTo(403);
        HttpResponse<String> approved = as("e2e.kadis").raw("POST", period + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).get("locked").asBoolean()).isTrue();

        HttpResponse<String> locked = operator.raw("PUT", base, "{\"value\":98,\"reason\":\"koreksi\"}", 4L);
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(locked.body()).get("type").asString()).isEqualTo("urn:sakip:problem:period-locked");

        HttpResponse<String> unlocked = admin.raw("POST", period + "/unlock",
                "{\"reason\":\"Koreksi data BPS\"}");
        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        JsonNode lockHistory = JSON.readTree(unlocked.body()).get("lockHistory");
        assertThat(names(lockHistory, "action")).containsExactly("LOCK", "UNLOCK");
        assertThat(lockHistory.get(1).get("reason").asString()).isEqualTo("Koreksi data BPS");

        JsonNode history = JSON.readTree(operator.raw("GET", base + "/history", null).body());
        assertThat(names(history, "action"))
                .containsExactly("CREATE", "EVIDENCE", "SUBMIT", "VERIFY", "APPROVE", "UNLOCK");
        assertThat(names(history, "actor")).containsExactly("e2e.operator.rehsos", "e2e.operator.rehsos",
                "e2e.operator.rehsos", "e2e.kabid.rehsos", "e2e.kadis", "e2e.admin");
        assertThat(names(history, "actorName")).contains("Operator Rehsos Uji", "Kabid Rehsos Uji", "Kadis Uji");

        String report = "/api/v1/reports/pelaporan-kinerja?pemdaCode=3574&opdCode=" + opd + "&year=2024";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode latest = row(JSON.readTree(get(report).body()), iku).get("latest");
            assertThat(latest.get("status").asString()).isEqualTo("VERIFIED");
            assertThat(latest.get("capaianPercent").decimalValue()).isEqualByComparingTo("108.49");
        });
    }

    /**
     * A Pemda's administrator caps what its reports show at 100 through the gateway, and one decreasing indicator has
     * its own T / R beside a neighbour on the Pemda's (2T - R) / T: measurement computes again, reporting receives the
     * rules, and every report shows what measurement shows, the uncapped value beside it and the rules in a
     * footnote. A Pemda of its own, so the seed's keeps its rules.
     */
    @Test
    void aRuleChangeGivesTheSameCapaianInMeasurementAndInEveryReport() throws Exception {
        var admin = as("aturan.admin");
        admin.register("/api/v1/organisations/3579", "{\"name\":\"Kota Uji Aturan\"}");
        admin.register("/api/v1/organisations/3579/opd/DINSOS", "{\"name\":\"Dinas Sosial Uji\"}");
        var planner = as("aturan.perencana");
        java.util.Map<String, String> indicators = new java.util.LinkedHashMap<>();
        for (String[] spec : new String[][] {
                {"Jumlah keluarga penerima manfaat", "keluarga", "INCREASING", "40", ""},
                {"Jumlah kasus kekerasan terhadap anak", "kasus", "DECREASING", "8", ",\"decreasingFormula\":\"T_OVER_R\""},
                {"Jumlah anak putus sekolah", "anak", "DECREASING", "8", ""}}) {
            HttpResponse<String> defined = planner.raw("POST", "/api/v1/indicators", """
                    {"pemdaCode":"3579","opdCode":"DINSOS","unit":"%s","polarity":"%s","name":"%s",
                     "targets":[{"year":2024,"value":%s}]%s}""".formatted(spec[1], spec[2], spec[0], spec[3], spec[4]));
            assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
            indicators.put(spec[0], JSON.readTree(defined.body()).get("id").asString());
        }
        var operator = as("aturan.operator");
        List<String> values = List.of("52", "10", "10");
        int i = 0;
        for (String indicator : indicators.values()) {
            String body = "{\"indicatorId\":\"" + indicator + "\",\"period\":\"2024\",\"value\":" + values.get(i++)
                    + "}";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> operator.raw("POST", "/api/v1/realizations", body).statusCode() == 201);
        }
        HttpResponse<String> rules = admin.raw("GET", "/api/v1/capaian-rules/3579?year=2024", null);
        assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
        HttpResponse<String> changed = admin.raw("POST", "/api/v1/capaian-rules/3579/changes", """
                {"effectiveFromYear":2024,"decreasingFormula":"TWO_T_MINUS_R","ratingBounds":[90,75,65,50],
                 "displayCap":100,"reason":"Pedoman penyusunan LKjIP Kota Uji 2024"}""",
                JSON.readTree(rules.body()).get("version").asLong());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);

        java.util.Map<String, String> expected = java.util.Map.of("Jumlah keluarga penerima manfaat", "100.00/130.00",
                "Jumlah kasus kekerasan terhadap anak", "80.00/80.00", "Jumlah anak putus sekolah", "75.00/75.00");
        java.util.Map<String, String> measured = new java.util.HashMap<>();
        for (var entry : indicators.entrySet()) {
            JsonNode r = JSON.readTree(operator.raw("GET", "/api/v1/realizations?indicatorId=" + entry.getValue(), null)
                    .body()).get(0);
            measured.put(entry.getKey(), figure(r));
        }
        assertThat(measured).isEqualTo(expected);
        var reader = as("aturan.perencana");
        String query = "?pemdaCode=3579&opdCode=DINSOS&year=2024";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode report = JSON.readTree(reader.raw("GET", "/api/v1/reports/pelaporan-kinerja" + query, null).body());
            java.util.Map<String, String> reported = new java.util.HashMap<>();
            report.get("indicators").forEach(row -> reported.put(row.get("name").asString(), figure(row.get("latest"))));
            assertThat(reported).isEqualTo(measured);
            assertThat(report.get("capaianRules").asString()).contains("(2T - R) / T", "paling tinggi 100%");
        });
        JsonNode lkjip = JSON.readTree(reader.raw("GET", "/api/v1/reports/lkjip" + query + "&basis=all&format=json",
                null).body());
        java.util.Map<String, String> printed = new java.util.HashMap<>();
        lkjip.get("otherIndicators").forEach(row -> printed.put(row.get("name").asString(), figure(row)));
        assertThat(printed).isEqualTo(measured);
        assertThat(lkjip.get("capaianRules").asString()).contains("paling tinggi 100%");
        // the city averages what is shown: (100 + 80 + 75) / 3
        JsonNode city = JSON.readTree(admin.raw("GET", "/api/v1/reports/city?pemdaCode=3579&year=2024", null).body());
        assertThat(city.get("opd").get(0).get("averageCapaian").decimalValue()).isEqualByComparingTo("85.00");
        assertThat(city.get("capaianRules").asString()).contains("paling tinggi 100%");
        byte[] workbook = reader.bytes("/api/v1/reports/pelaporan-kinerja" + query + "&format=xlsx");
        // the workbook's texts (its shared strings) carry the rules' note
        String texts = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    texts = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(texts).contains("Aturan capaian: Capaian indikator naik", "paling tinggi 100%");

        // the administrator's screen: the rules in force, the history, and a refused form that keeps what was typed
        try (Browser browser = Browser.signedIn(gateway, idp, "aturan.admin", "/aturan-capaian?tahun=2024")) {
            screen(browser, "/aturan-capaian?tahun=2024", "aturan-capaian", "Aturan capaian", "paling tinggi 100%",
                    "ditetapkan Pemda (perubahan ke-1)", "Pedoman penyusunan LKjIP Kota Uji 2024");
            var driver = browser.driver();
            var bound = driver.findElement(org.openqa.selenium.By.id("bound0"));
            bound.clear();
            bound.sendKeys("sembilan puluh");
            driver.findElement(org.openqa.selenium.By.id("reason")).sendKeys("Uji isian salah");
            driver.findElement(org.openqa.selenium.By.cssSelector(
                    "section[aria-labelledby=ubah-judul] button[type=submit]")).click();
            browser.waitUntil("the refused bound", Duration.ofSeconds(30), d ->
                    !d.findElements(org.openqa.selenium.By.id("ratingBounds-galat")).isEmpty());
            assertThat(driver.findElement(org.openqa.selenium.By.id("ratingBounds-galat")).getText())
                    .contains("'sembilan puluh' bukan angka");
            assertThat(driver.findElement(org.openqa.selenium.By.id("bound0")).getAttribute("value"))
                    .isEqualTo("sembilan puluh");
        }
        assertThat(JSON.readTree(admin.raw("GET", "/api/v1/capaian-rules/3579/history", null).body())
                .get("changes").size()).as("nothing changed").isEqualTo(1);
    }

    /** A capaian as shown and as it is: "100.00/130.00". */
    private static String figure(JsonNode node) {
        return node.get("capaianPercent").decimalValue().setScale(2) + "/"
                + node.get("capaianUncappedPercent").decimalValue().setScale(2);
    }

    @Test
    void anUnknownIndicatorIsAProblemAndNothingIsStored() throws Exception {
        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> response = post("/api/v1/realizations",
                "{\"indicatorId\":\"" + unknown + "\",\"period\":\"2024Q1\",\"value\":1}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:sakip:problem:unknown-indicator");
        assertThat(problem.get("errors").has("indicatorId")).isTrue();
        assertThat(JSON.readTree(get("/api/v1/realizations?indicatorId=" + unknown).body())).isEmpty();
    }

    @Test
    void badInputIsAProblemWithFieldErrors() throws Exception {
        HttpResponse<String> response = post("/api/v1/budget/lines", """
                {"pemdaCode":"3574","opdCode":"%s","year":2024,"subKegiatanCode":"1.6.2.3",
                 "subKegiatanName":"","paguVersion":"MURNI","pagu":-5}""".formatted(OPD));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:sakip:problem:validation");
        assertThat(problem.get("errors").propertyNames()).contains("code", "pagu");
        assertThat(response.body()).doesNotContain("Exception", "at id.sakip");
    }

    /**
     * A service killed with SIGKILL is started again by the supervisor, the gateway's health names it DOWN meanwhile
     * and UP again after, and requests to it work again.
     */
    @Test
    void aKilledServiceIsRestartedAndTheHealthPageNamesItWhileItIsDown() throws Exception {
        ServiceProcess budget = platform.processes().stream().filter(p -> p.name().equals("budget-service"))
                .findFirst().orElseThrow();
        int restarts = budget.restarts();
        ProcessHandle.of(budget.pid()).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> !budget.alive()
                || budget.restarts() > restarts);
        assertThat(partStatus("budget")).isEqualTo("DOWN");

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> budget.restarts() == restarts + 1 && budget.ready());
        assertThat(partStatus("budget")).isEqualTo("UP");
        assertThat(partStatus("planning")).isEqualTo("UP");
        assertThat(get("/api/v1/budget/lines?pemdaCode=3574&opdCode=" + OPD + "&year=2024").statusCode())
                .isEqualTo(200);
    }

    private static String partStatus(String part) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(gateway + "/actuator/health")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(health.body()).path("components").path("platform").path("components").path(part)
                .path("status").asString();
    }

    /**
     * A browser in which the Kepala Dinas signed in from the beranda's address, the sign-in page checked and
     * photographed on the way. Signing in changes nothing, so a browser that stops answering on these two busy cores
     * (a click that never returns, seen in full runs) is replaced once, as {@link Browser#signedIn} does.
     */
    private static Browser kadisSignedIn() throws Exception {
        try {
            return kadisSigningIn();
        } catch (org.openqa.selenium.WebDriverException | AssertionError stuck) {
            System.err.println("Signing in as kadis failed once, trying in a new browser: " + stuck);
            return kadisSigningIn();
        }
    }

    private static Browser kadisSigningIn() throws Exception {
        Browser browser = new Browser(1366, 768);
        try {
            var driver = browser.driver();
            driver.get(gateway + "/?tahun=2024");
            browser.waitUntil("the sign-in page", Duration.ofSeconds(60), d ->
                    !d.findElements(org.openqa.selenium.By.id("username")).isEmpty());
            assertThat(driver.getCurrentUrl()).as("sent to sign in").startsWith(idp + "/login");
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("SAKIP");
            browser.screenshot("masuk");
            driver.findElement(org.openqa.selenium.By.id("username")).sendKeys("kadis");
            driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
            driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
            browser.waitUntil("the beranda", Duration.ofSeconds(90), d ->
                    d.getCurrentUrl().startsWith(gateway) && !d.findElements(org.openqa.selenium.By.cssSelector(
                            "main#isi")).isEmpty());
            return browser;
        } catch (Exception | Error e) {
            browser.close();
            throw e;
        }
    }

    /**
     * A few hundred of the fuzz suite's hostile requests (docs/reliability.md runs 10,000), over every operation of
     * the services' OpenAPI documents: no 5xx, every refusal a platform problem, nothing changed by a refused one.
     */
    @Test
    void hostileRequestsToEveryOperationAreProblemsAndChangeNothing() throws Exception {
        // the demo agency's records exist first: a plausible creation meets them (409), not an empty agency
        demoLoaded();
        FuzzSuite.Summary summary = FuzzSuite.run(settings, 300, Duration.ofMillis(60));
        assertThat(summary.passed()).as(summary.markdown()).isTrue();
    }

    /** Every upload endpoint answers a multipart body without its boundary with a problem, not a 500. */
    @Test
    void anUploadWithoutItsBoundaryIsAProblemOnEveryUploadEndpoint() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String upload : List.of("POST /api/v1/realizations/" + UUID.randomUUID() + "/evidence",
                "POST /api/v1/renstra/import?pemdaCode=3574&opdCode=" + OPD + "&title=Uji",
                "POST /api/v1/rencana-aksi/import?pemdaCode=3574&opdCode=" + OPD + "&year=2025&sasaranId="
                        + UUID.randomUUID(),
                "POST /api/v1/budget/import?pemdaCode=3574&opdCode=" + OPD + "&year=2025",
                "PUT /api/v1/organisations/3574/lambang")) {
            String path = upload.substring(upload.indexOf(' ') + 1);
            HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token("uji.e2e")).header("Content-Type", "multipart/form-data")
                    .method(upload.substring(0, upload.indexOf(' ')),
                            java.net.http.HttpRequest.BodyPublishers.ofString("bukan multipart")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("urn:sakip:problem:malformed-multipart");
            assertThat(problem.get("errors").has("file")).isTrue();
        }
    }

    /**
     * Through the gateway: no token, a token that is not the identity provider's, or a foreign OPD's data is refused
     * with a problem in Indonesian; an identity header a caller makes up is ignored (the token's subject acts).
     */
    @Test
    void anonymousForgedAndForeignCallersAreRefused() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/api/v1/plan/tree?pemdaCode=3574&opdCode=DINSOS-PPPA",
                "/api/v1/realization-periods/3574/DINSOS-PPPA/2024", "/api/v1/budget/lines?pemdaCode=3574"
                        + "&opdCode=DINSOS-PPPA&year=2024", "/api/v1/reports/city?pemdaCode=3574&year=2024")) {
            HttpResponse<String> anonymous = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(gateway + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(anonymous.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(JSON.readTree(anonymous.body()).get("type").asString())
                    .isEqualTo("urn:sakip:problem:unauthenticated");
        }
        HttpResponse<String> anonymousWrite = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(gateway + "/api/v1/realization-periods/3574/DINSOS-PPPA/2024/approve"))
                .header("X-Sakip-User", "kadis").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymousWrite.statusCode()).isEqualTo(401);

        String forged = token("uji.e2e");
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("uji.e2e", "kadis").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        HttpResponse<String> refused = new GatewayClient(gateway, () -> tampered).raw("GET",
                "/api/v1/indicators?pemdaCode=3574&opdCode=" + OPD, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(refused.body()).get("reason").asString()).isEqualTo("invalid-signature");

        // a valid token outside its scope: another OPD's period, a city report of another Pemda
        HttpResponse<String> foreign = as("e2e.kadis").raw("POST",
                "/api/v1/realization-periods/3574/DINSOS-PPPA/2024/approve", "{}");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).get("type").asString()).isEqualTo("urn:sakip:problem:forbidden");
        assertThat(JSON.readTree(foreign.body()).get("detail").asString()).contains("Kepala OPD");
        assertThat(as("bappeda").raw("GET", "/api/v1/reports/city?pemdaCode=3578&year=2024", null).statusCode())
                .isEqualTo(403);

        // the actor is the token's subject, whatever header the caller adds
        HttpResponse<String> created = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(gateway
                        + "/api/v1/indicators")).header("Authorization", "Bearer " + token("uji.e2e"))
                .header("X-Sakip-User", "kadis").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"pemdaCode":"3574","opdCode":"%s","name":"Indikator uji pelaku","unit":"%%",
                         "polarity":"INCREASING"}""".formatted(OPD))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("createdBy").asString()).isEqualTo("uji.e2e");
    }

    /**
     * A person in a real browser: opening the gateway leads to the identity provider's sign-in page, and after it to
     * the beranda of the person's OPD, in Indonesian, with the seed's IKU and its capaian in Indonesian format; the
     * page has no serious or critical accessibility violation (axe-core); signing out ends the session.
     */
    @Test
    void aPersonSignsInWithABrowserAndSeesTheBerandaOfTheirOpd() throws Exception {
        demoLoaded();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> JSON.readTree(
                as("kadis").raw("GET", "/api/v1/reports/pelaporan-kinerja?pemdaCode=3574&opdCode=DINSOS-PPPA"
                        + "&year=2024", null).body()).path("table").size() > 0);
        try (Browser browser = kadisSignedIn()) {
            var driver = browser.driver();
            String page = driver.findElement(org.openqa.selenium.By.tagName("main")).getText();
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("Beranda");
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("id");
            assertThat(page).contains("OPD DINSOS-PPPA", "Menunggu tindakan saya", "Indikator kinerja utama 2024",
                    "Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan", "97,64",
                    "108,49%", "Hijau", "Draf");
            assertThat(driver.findElement(org.openqa.selenium.By.className("akun")).getText())
                    .contains("Kepala Dinas Sosial PPPA", "Kepala OPD");
            browser.screenshot("beranda");
            assertThat(accessibilityViolations(driver)).isEmpty();

            // the plan and the budget as the seed has them, each screen checked by axe-core
            screen(browser, "/pohon-kinerja?tahun=2024", "pohon-kinerja", "Pohon kinerja",
                    "Mewujudkan Pembangunan Kota Probolinggo Yang Inklusif, Berdaya Saing dan Berkelanjutan",
                    "Meningkatnya Kualitas dan Kemampuan Penyandang Masalah Kesejahteraan Sosial (PMKS)");
            int closed = driver.findElements(org.openqa.selenium.By.cssSelector("details.simpul:not([open])")).size();
            assertThat(closed).as("programs and below start closed").isPositive();
            driver.findElement(org.openqa.selenium.By.cssSelector("details.simpul:not([open]) > summary")).click();
            assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("details.simpul:not([open])")))
                    .as("a node opens").hasSize(closed - 1);
            screen(browser, "/renstra?tahun=2024", "renstra", "Renstra", "Renstra Dinas Sosial PPPA 2019-2024",
                    "2019", "2024");
            screen(browser, "/rencana-aksi?tahun=2025", "rencana-aksi", "Rencana Aksi",
                    "Ditandatangani: Probolinggo, 4 Januari 2025", "TW IV");
            screen(browser, "/perjanjian-kinerja?tahun=2025", "perjanjian-kinerja", "Perjanjian Kinerja",
                    "Draf", "Cetak draf untuk ditandatangani (PDF)", "88");
            screen(browser, "/anggaran?tahun=2024", "anggaran", "Anggaran", "PROGRAM PEMBERDAYAAN SOSIAL",
                    "97,25%");
            // the Kepala OPD reads the SPM; only an operator writes it
            screen(browser, "/spm?tahun=2024", "spm-kadis", "Standar Pelayanan Minimal", "Gelandangan pengemis",
                    "100,00%");
            assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("a[href*='/spm/']"))).isEmpty();
            // the seed's evaluation: its score, the LHE, the recommendations past due marked; a follow-up without
            // its note is refused beside the field, nothing recorded
            screen(browser, "/evaluasi?tahun=2024", "evaluasi", "Evaluasi SAKIP", "80,00", "predikat BB",
                    "Unduh LHE (PDF)", "Capaian Kinerja", "terlambat", "Pemantauan tindak lanjut rekomendasi");
            driver.findElement(org.openqa.selenium.By.cssSelector("form[action*='tindak-lanjut'] button")).click();
            browser.waitUntil("the refused follow-up", Duration.ofSeconds(30), d -> !d.findElements(
                    org.openqa.selenium.By.cssSelector("p.galat[id^='n-galat-']")).isEmpty());
            assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("p.galat[id^='n-galat-']")).getText())
                    .contains("wajib");
            browser.screenshot("evaluasi-galat");
            assertThat(accessibilityViolations(driver)).as("axe-core on the refused follow-up").isEmpty();

            // a session that ended (here: its cookie gone) sends the next click to sign in and back to where it went;
            // the identity provider still knows the person, so no password is asked
            assertThat(driver.manage().getCookieNamed("SESSION")).as("the gateway's session cookie").isNotNull();
            driver.manage().deleteCookieNamed("SESSION");
            driver.findElement(org.openqa.selenium.By.linkText("Perencanaan")).click();
            browser.waitUntil("the page clicked, after signing in again", Duration.ofSeconds(60), d ->
                    d.getCurrentUrl().equals(gateway + "/pohon-kinerja") && "Pohon kinerja".equals(
                            d.findElement(org.openqa.selenium.By.tagName("h1")).getText()));
            assertThat(driver.manage().getCookieNamed("SESSION")).as("a new session").isNotNull();

            driver.findElement(org.openqa.selenium.By.cssSelector(".akun button")).click();
            browser.waitUntil("the signed-out page", Duration.ofSeconds(90), d ->
                    d.getCurrentUrl().endsWith("/keluar") && !d.findElements(org.openqa.selenium.By.tagName("h1"))
                            .isEmpty());
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText())
                    .isEqualTo("Anda sudah keluar");
            driver.get(gateway + "/");
            browser.waitUntil("the sign-in page again", Duration.ofSeconds(60), d ->
                    !d.findElements(org.openqa.selenium.By.id("username")).isEmpty());
            assertThat(driver.getCurrentUrl()).as("signed out at the identity provider too: sign in again")
                    .startsWith(idp + "/login");
        }
    }

    /**
     * The must-show journey of the web application (QuarterInTheBrowser): an OPD of its own with a sasaran and its
     * IKU of the REHSOS bidang, targeted 90 % for 2025, taken from entry to approval by four people in browsers.
     */
    @Test
    void aQuarterGoesFromTheOperatorThroughTheKepalaBidangToTheKepalaOpdInTheBrowser() throws Exception {
        String opd = OPD + "-WEB";
        var admin = as("e2e.admin");
        admin.send("PUT", "/api/v1/organisations/3574/opd/" + opd, "{\"name\":\"Dinas uji aplikasi web\"}", 201);
        for (String bidang : List.of("REHSOS", "LINJAMSOS")) {
            admin.send("PUT", "/api/v1/organisations/3574/opd/" + opd + "/bidang/" + bidang,
                    "{\"name\":\"Bidang " + bidang + "\"}", 200, 201);
        }
        var planner = as("web.perencana");
        String tujuan = planner.send("POST", "/api/v1/plan/nodes", """
                {"pemdaCode":"3574","opdCode":"%s","kind":"TUJUAN","text":"Meningkatnya kesejahteraan sosial"}"""
                .formatted(opd), 201).get("id").asString();
        String sasaran = planner.send("POST", "/api/v1/plan/nodes", """
                {"pemdaCode":"3574","opdCode":"%s","kind":"SASARAN","parentId":"%s",
                 "text":"Meningkatnya kualitas hidup PMKS"}""".formatted(opd, tujuan), 201).get("id").asString();
        String name = "Persentase PMKS yang terpenuhi kebutuhan dasarnya";
        String iku = planner.send("POST", "/api/v1/indicators", """
                {"pemdaCode":"3574","opdCode":"%s","bidangCode":"REHSOS","unit":"%%","polarity":"INCREASING",
                 "name":"%s","planNodeId":"%s","targets":[{"year":2025,"value":90}]}"""
                .formatted(opd, name, sasaran), 201).get("id").asString();
        // planned for this year: it waits in the quarter running now, on the operator's beranda
        planner.send("POST", "/api/v1/indicators", """
                {"pemdaCode":"3574","opdCode":"%s","bidangCode":"REHSOS","unit":"orang","polarity":"INCREASING",
                 "name":"Jumlah PMKS yang dijangkau","planNodeId":"%s","targets":[{"year":%d,"value":100}]}"""
                .formatted(opd, sasaran, java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue()), 201);
        // measurement knows the indicator once planning's event has arrived
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> JSON.readTree(
                as("web.operator.rehsos").raw("GET", "/api/v1/realization-worksheets/3574/" + opd + "/"
                        + QuarterInTheBrowser.PERIOD, null).body()).path("rows").size() == 1);
        new QuarterInTheBrowser(gateway, idp, driver -> {
            try {
                return accessibilityViolations(driver);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).run(iku, name, java.util.Map.of("operator", "web.operator.rehsos", "otherBidang",
                "web.operator.linjamsos", "kabid", "web.kabid.rehsos", "kadis", "web.kadis"));
    }

    /**
     * The city as Bappeda sees it: every OPD side by side, ranked, and one OPD's IKU and programs a click away.
     */
    @Test
    void bappedaSeesEveryOpdSideBySideAndOneOpdInDetail() throws Exception {
        demoLoaded();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> JSON.readTree(
                as("bappeda").raw("GET", "/api/v1/reports/city?pemdaCode=3574&year=2024", null).body())
                .path("opd").size() > 0);
        // the seed's evaluation reaches the city view from the evaluation service's events
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> JSON.readTree(
                as("bappeda").raw("GET", "/api/v1/reports/city?pemdaCode=3574&year=2024", null).body())
                .path("evaluations").toString().contains("\"predikat\":\"BB\""));
        try (Browser browser = Browser.signedIn(gateway, idp, "bappeda", "/kota?tahun=2024")) {
            var driver = browser.driver();
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("Seluruh OPD");
            String opdName = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak";
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText()).contains(opdName,
                    "Rata-rata capaian", "Peringkat", "Predikat SAKIP", "BB (80,00)", "terlambat");
            browser.screenshot("kota");
            assertThat(accessibilityViolations(driver)).isEmpty();
            driver.findElement(org.openqa.selenium.By.linkText(opdName)).click();
            browser.waitUntil("the OPD in detail", Duration.ofSeconds(30), d -> opdName.equals(
                    d.findElement(org.openqa.selenium.By.tagName("h1")).getText()));
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText()).contains(
                    "Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan", "108,49%",
                    "PROGRAM PEMBERDAYAAN SOSIAL", "97,25%");
            browser.screenshot("kota-opd");
            assertThat(accessibilityViolations(driver)).isEmpty();
        }
    }

    /**
     * Impor in the browser: a pagu workbook with codes the OPD's program tree does not have is refused whole, every
     * bad row named, nothing stored; a file that is no workbook is refused beside the file field.
     */
    @Test
    void aRefusedWorkbookNamesEveryBadRowInTheBrowserAndStoresNothing() throws Exception {
        Path workbook = Files.createTempFile("pagu", ".xlsx");
        Files.write(workbook, Xlsx.of(List.of(
                List.<Object>of("Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu", "Realisasi TW 1", "Realisasi TW 2",
                        "Realisasi TW 3", "Realisasi TW 4", "Realisasi Anggaran"),
                List.<Object>of("9.99.99.2.01.0001", "Sub kegiatan yang tidak direncanakan", 1000000),
                List.<Object>of("9.99.99.2.01.0002", "Sub kegiatan lain yang tidak direncanakan", 2000000))));
        Path notAWorkbook = Files.createTempFile("bukan", ".xlsx");
        Files.writeString(notAWorkbook, "ini bukan buku kerja");
        String year = String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue());
        String lines = "/api/v1/budget/lines?pemdaCode=3574&opdCode=" + OPD + "&year=" + year;
        try (Browser browser = Browser.signedIn(gateway, idp, "uji.e2e", "/impor")) {
            var driver = browser.driver();
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                    .contains("Renstra", "Rencana Aksi", "Pagu dan realisasi anggaran");
            new org.openqa.selenium.support.ui.Select(driver.findElement(org.openqa.selenium.By.id("pagu-year")))
                    .selectByValue(year);
            driver.findElement(org.openqa.selenium.By.id("pagu-file")).sendKeys(workbook.toString());
            driver.findElement(org.openqa.selenium.By.cssSelector(
                    "section[aria-labelledby=pagu-judul] button[type=submit]")).click();
            browser.waitUntil("the refused rows", Duration.ofSeconds(30), d -> d.findElement(
                    org.openqa.selenium.By.tagName("main")).getText().contains("Baris yang ditolak (2)"));
            String page = driver.findElement(org.openqa.selenium.By.tagName("main")).getText();
            assertThat(page).contains("baris 2: sub kegiatan 9.99.99.2.01.0001 tidak ada di pohon program OPD",
                    "baris 3: sub kegiatan 9.99.99.2.01.0002 tidak ada di pohon program OPD",
                    "Impor ditolak seluruhnya; tidak ada data yang disimpan.");
            assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(org.openqa.selenium.By.id(
                    "pagu-year"))).getFirstSelectedOption().getText()).as("the form keeps the year").isEqualTo(year);
            browser.screenshot("impor");
            assertThat(accessibilityViolations(driver)).isEmpty();
            HttpResponse<String> stored = as("uji.e2e").raw("GET", lines, null);
            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(stored.body())).as("nothing stored").isEmpty();

            driver.findElement(org.openqa.selenium.By.id("pagu-file")).sendKeys(notAWorkbook.toString());
            driver.findElement(org.openqa.selenium.By.cssSelector(
                    "section[aria-labelledby=pagu-judul] button[type=submit]")).click();
            browser.waitUntil("the refused file", Duration.ofSeconds(30), d ->
                    !d.findElements(org.openqa.selenium.By.id("pagu-file-galat")).isEmpty());
            assertThat(driver.findElement(org.openqa.selenium.By.id("pagu-file-galat")).getText())
                    .contains("bukan berkas .xlsx");
        }
    }

    /**
     * The Pemda's administrator sets its lambang on the Laporan page: a file that is no image is refused beside the
     * field, an image is kept and shown, and the cover of the agency's LKjIP prints it.
     */
    @Test
    void thePemdasAdministratorSetsTheLambangAndTheLkjipCoverPrintsIt() throws Exception {
        demoLoaded();
        Path emblem = Files.createTempFile("lambang", ".png");
        var image = new java.awt.image.BufferedImage(800, 960, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(200, 30, 30));
        g.fillOval(100, 100, 600, 760);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", emblem.toFile());
        Path notAnImage = Files.createTempFile("bukan", ".png");
        Files.writeString(notAnImage, "ini bukan gambar");
        try (Browser browser = Browser.signedIn(gateway, idp, "e2e.admin", "/laporan")) {
            var driver = browser.driver();
            driver.findElement(org.openqa.selenium.By.id("lambang-file")).sendKeys(notAnImage.toString());
            driver.findElement(org.openqa.selenium.By.cssSelector(
                    "section[aria-labelledby=lambang] button[type=submit]")).click();
            browser.waitUntil("the refused file", Duration.ofSeconds(30), d ->
                    !d.findElements(org.openqa.selenium.By.id("lambang-galat")).isEmpty());
            assertThat(driver.findElement(org.openqa.selenium.By.id("lambang-galat")).getText())
                    .contains("bukan gambar");

            driver.findElement(org.openqa.selenium.By.id("lambang-file")).sendKeys(emblem.toString());
            driver.findElement(org.openqa.selenium.By.cssSelector(
                    "section[aria-labelledby=lambang] button[type=submit]")).click();
            browser.waitUntil("the kept lambang", Duration.ofSeconds(30), d -> d.findElement(
                    org.openqa.selenium.By.tagName("main")).getText().contains("Lambang Pemda tersimpan"));
            var shown = driver.findElement(org.openqa.selenium.By.cssSelector("img.lambang"));
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return arguments[0].naturalWidth", shown)).intValue()).isEqualTo(427);
            browser.screenshot("laporan-lambang");
            assertThat(accessibilityViolations(driver)).isEmpty();
        }
        // drawn again at 512 pixels high; reporting has it from the event
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(PdfPages.of(as("uji.e2e").bytes("/api/v1/reports/lkjip?pemdaCode=3574"
                        + "&opdCode=DINSOS-PPPA&year=2024")).images(1)).containsExactly("427x512"));
    }

    /**
     * The OPD's operator sees the seed's SPM as the LKjIP prints it, and writes a service of another year: X above Y
     * is refused beside its row with what was typed kept, the corrected one is saved with its capaian, and withdrawn
     * it leaves the year.
     */
    @Test
    void theOperatorWritesAndWithdrawsAnSpmServiceInTheBrowser() throws Exception {
        demoLoaded();
        var by = (java.util.function.Function<String, org.openqa.selenium.By>) org.openqa.selenium.By::id;
        try (Browser browser = Browser.signedIn(gateway, idp, "e2e.operator.dinsos", "/spm?tahun=2024")) {
            var driver = browser.driver();
            screen(browser, "/spm?tahun=2024", "spm", "Standar Pelayanan Minimal", "Disabilitas", "Anak terlantar",
                    "324", "100,00%", "Standar jumlah dan kualitas barang dan/atau jasa");

            driver.get(gateway + "/spm/baru?tahun=2025");
            browser.waitUntil("the new service's form", Duration.ofSeconds(30), d -> !d.findElements(by.apply("code"))
                    .isEmpty());
            driver.findElement(by.apply("code")).sendKeys("uji-browser");
            driver.findElement(by.apply("name")).sendKeys("Rehabilitasi sosial dasar lanjut usia terlantar");
            driver.findElement(by.apply("g0-name")).sendKeys("Lansia terlantar");
            driver.findElement(by.apply("g0-x")).sendKeys("51");
            driver.findElement(by.apply("g0-y")).sendKeys("50");
            driver.findElement(org.openqa.selenium.By.cssSelector("section[aria-labelledby=layanan-judul] "
                    + "button[type=submit]")).click();
            browser.waitUntil("the refused row", Duration.ofSeconds(30), d -> !d.findElements(by.apply("g0-x-galat"))
                    .isEmpty());
            assertThat(driver.findElement(by.apply("g0-x-galat")).getText()).contains("tidak boleh melebihi");
            assertThat(driver.findElement(by.apply("g0-x")).getAttribute("value")).isEqualTo("51");
            assertThat(driver.findElement(by.apply("g0-x")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("spm-galat");
            assertThat(accessibilityViolations(driver)).as("axe-core on the refused SPM form").isEmpty();

            driver.findElement(by.apply("g0-x")).clear();
            driver.findElement(by.apply("g0-x")).sendKeys("40");
            driver.findElement(org.openqa.selenium.By.cssSelector("section[aria-labelledby=layanan-judul] "
                    + "button[type=submit]")).click();
            browser.waitUntil("the saved service", Duration.ofSeconds(30), d -> d.findElement(
                    org.openqa.selenium.By.tagName("main")).getText().contains("Layanan SPM tersimpan"));
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                    .contains("UJI-BROWSER", "Lansia terlantar", "80,00%");

            driver.findElement(org.openqa.selenium.By.cssSelector("a[href*='/spm/UJI-BROWSER']")).click();
            browser.waitUntil("the service's form", Duration.ofSeconds(30), d -> !d.findElements(
                    by.apply("tarik-judul")).isEmpty());
            driver.findElement(org.openqa.selenium.By.cssSelector("section[aria-labelledby=tarik-judul] "
                    + "button[type=submit]")).click();
            browser.waitUntil("the withdrawn service", Duration.ofSeconds(30), d -> d.findElement(
                    org.openqa.selenium.By.tagName("main")).getText().contains("Layanan SPM ditarik"));
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                    .contains("Belum ada layanan SPM untuk tahun ini").doesNotContain("UJI-BROWSER");
        }
    }

    /**
     * The evaluation service runs with the rest and answers through the gateway: the OPD opens its evaluation under
     * PermenPANRB 88/2021 (80 criteria in four components) and answers a criterion; the frameworks are listed.
     */
    @Test
    void theEvaluationServiceAnswersThroughTheGateway() throws Exception {
        var perencana = as("uji.e2e");
        JsonNode opened = perencana.send("POST", "/api/v1/evaluations", java.util.Map.of("pemdaCode", "3574",
                "opdCode", OPD, "year", 2024), 201);
        assertThat(opened.get("state").asString()).isEqualTo("DRAFT");
        assertThat(opened.get("score").get("criteria").asInt()).isEqualTo(80);
        JsonNode answered = perencana.send("PUT", "/api/v1/evaluations/" + opened.get("id").asString()
                        + "/criteria/1.a.1/self-assessment", java.util.Map.of("grade", "BB", "note", "Perwali pedoman"),
                opened.get("version").asLong(), 200);
        assertThat(answered.get("components").get(0).get("subComponents").get(0).get("criteria").get(0)
                .get("selfGrade").asString()).isEqualTo("BB");
        JsonNode frameworks = perencana.send("GET", "/api/v1/evaluation-frameworks", null, 200);
        assertThat(frameworks.get(0).get("code").asString()).isEqualTo("PERMENPANRB-88-2021");

        // the seed's evaluation of the demo agency: final, its six recommendations, one followed up, one closed
        demoLoaded();
        JsonNode seed = as("inspektorat").send("GET", "/api/v1/evaluations?pemdaCode=3574&opdCode=DINSOS-PPPA"
                + "&year=2024", null, 200);
        assertThat(seed.get(0).get("state").asString()).isEqualTo("FINAL");
        JsonNode recommendations = as("inspektorat").send("GET", "/api/v1/recommendations?pemdaCode=3574"
                + "&opdCode=DINSOS-PPPA&evaluationId=" + seed.get(0).get("id").asString(), null, 200);
        assertThat(names(recommendations, "areaName")).containsExactly("Perencanaan Kinerja", "Pengukuran Kinerja",
                "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal",
                "Capaian Kinerja");
        assertThat(names(recommendations, "status")).containsExactly("OPEN", "IN_PROGRESS", "CLOSED", "OPEN",
                "OPEN", "OPEN");
        PdfPages lhe = PdfPages.of(as("inspektorat").bytes("/api/v1/evaluations/" + seed.get(0).get("id").asString()
                + "/lhe"));
        assertThat(lhe.notEmbedded()).isEmpty();
        assertThat(lhe.words()).contains("NOTA DINAS", "Nomor: 000.B.6.3/48/425.109/2024", "C. Rekomendasi",
                "Kabid memantau dan melakukan paraf", "Ira Listyo Handayani, S.T., M.M.").doesNotContain("DRAF");
    }

    /**
     * The OPD's perencana starts the year's self-assessment in the browser, answers two criteria and saves them, and
     * is refused beside every criterion still unanswered when submitting; nothing is submitted.
     */
    @Test
    void theOpdStartsItsSelfAssessmentInTheBrowserAndIsToldWhichCriteriaWait() throws Exception {
        try (Browser browser = Browser.signedIn(gateway, idp, "web.perencana", "/evaluasi?tahun=2023")) {
            var driver = browser.driver();
            var by = (java.util.function.Function<String, org.openqa.selenium.By>) org.openqa.selenium.By::id;
            driver.findElement(org.openqa.selenium.By.cssSelector("form[action*='/evaluasi/buka'] button")).click();
            browser.waitUntil("the criteria", Duration.ofSeconds(30), d -> !d.findElements(by.apply("self-1.a.1"))
                    .isEmpty());
            new org.openqa.selenium.support.ui.Select(driver.findElement(by.apply("self-1.a.1"))).selectByValue("BB");
            driver.findElement(by.apply("selfEvidence-1.a.1")).sendKeys("Perwali pedoman perencanaan");
            new org.openqa.selenium.support.ui.Select(driver.findElement(by.apply("self-1.a.2"))).selectByValue("B");
            driver.findElement(org.openqa.selenium.By.cssSelector("form[action$='/kriteria'] button[type=submit]"))
                    .click();
            browser.waitUntil("the answers saved", Duration.ofSeconds(60), d -> d.findElement(
                    org.openqa.selenium.By.tagName("main")).getText().contains("Jawaban tersimpan"));
            assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(by.apply("self-1.a.2")))
                    .getFirstSelectedOption().getText()).isEqualTo("B");
            driver.findElement(org.openqa.selenium.By.cssSelector("form[action*='/langkah/ajukan'] button")).click();
            browser.waitUntil("the criteria still unanswered", Duration.ofSeconds(30), d -> !d.findElements(
                    by.apply("galat-4.c.5")).isEmpty());
            assertThat(driver.findElement(by.apply("galat-4.c.5")).getText()).contains("belum dinilai mandiri");
            assertThat(driver.findElements(by.apply("galat-1.a.1"))).isEmpty();
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                    .contains("78 dari 80 kriteria belum dinilai mandiri");
            browser.screenshot("evaluasi-kriteria");
            assertThat(accessibilityViolations(driver)).as("axe-core on the criteria").isEmpty();
        }
    }

    /** Opens a screen, checks its heading and text, photographs it and holds it to axe-core. */
    private static void screen(Browser browser, String path, String name, String heading, String... texts)
            throws IOException {
        var driver = browser.driver();
        driver.get(gateway + path);
        browser.waitUntil(name, Duration.ofSeconds(30), d -> heading.equals(
                d.findElement(org.openqa.selenium.By.tagName("h1")).getText()));
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText()).contains(texts);
        browser.screenshot(name);
        assertThat(accessibilityViolations(driver)).as("axe-core on " + name).isEmpty();
    }

    /** axe-core's serious and critical findings on the page as it stands. */
    private static List<String> accessibilityViolations(org.openqa.selenium.WebDriver driver) throws IOException {
        String axe;
        try (var in = PlatformEndToEndTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript(axe);
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        List<String> violations = new java.util.ArrayList<>();
        ((List<?>) found).forEach(v -> violations.add(String.valueOf(v)));
        return violations;
    }

    /** Every program, kegiatan and sub kegiatan row of a tree by its code (a budget tree's own lines left out). */
    private static void collect(JsonNode rows, java.util.Map<String, JsonNode> byCode) {
        for (JsonNode row : rows) {
            if (!row.path("ownLine").asBoolean()) {
                byCode.put(row.get("code").asString(), row);
            }
            collect(row.get("children"), byCode);
        }
    }

    private static JsonNode row(JsonNode table, String indicatorId) {
        for (JsonNode row : table.get("indicators")) {
            if (row.get("indicatorId").asString().equals(indicatorId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + indicatorId + " in " + table);
    }

    private static String planNode(String kind, String parent, String code, String text) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("pemdaCode", "3574").put("opdCode", OPD).put("kind", kind)
                .put("text", text);
        if (parent != null) {
            body.put("parentId", parent);
        }
        if (code != null) {
            body.put("code", code);
        }
        HttpResponse<String> response = post("/api/v1/plan/nodes", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static String indicator(String name, String polarity, int target) throws Exception {
        HttpResponse<String> response = post("/api/v1/indicators", """
                {"pemdaCode":"3574","opdCode":"%s","name":"%s","unit":"%%","polarity":"%s",
                 "targets":[{"year":2024,"value":%d}]}""".formatted(OPD, name, polarity, target));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return as("uji.e2e").raw(method, path, body);
    }
}
