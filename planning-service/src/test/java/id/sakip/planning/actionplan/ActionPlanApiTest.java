package id.sakip.planning.actionplan;

import id.sakip.planning.PlanningApiTestBase;
import id.sakip.testsupport.PdfPages;
import id.sakip.testsupport.WorkbookChecks;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Rencana Aksi: written whole, read as the agency's table, refused whole when a line is wrong. */
class ActionPlanApiTest extends PlanningApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();


    @Test
    void theRencanaAksiComesBackAsTheAgencysTableAndABadLineChangesNothing() throws Exception {
        api.registerOpd("DINKES", "Dinas Kesehatan");
        Tree tree = tree();
        String sasaran = tree.sasaran();
        String program = tree.program();
        String kegiatan = tree.kegiatan();
        String sub = tree.sub();
        String rantang = tree.rantang();
        String sembako = tree.sembako();
        String other = node("DINKES", "TUJUAN", null, "Tujuan OPD lain");
        String path = "/api/v1/rencana-aksi/" + pemda + "/" + opd + "/2025";
        String iku = JSON.readTree(send("POST", "/api/v1/indicators", """
                {"pemdaCode":"%s","opdCode":"%s","planNodeId":"%s","name":"Persentase PMKS yang terpenuhi","unit":"%%",
                 "polarity":"INCREASING","targets":[{"year":2025,"value":90}]}""".formatted(pemda, opd, sasaran))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        String otherIndicator = JSON.readTree(mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.post("/api/v1/indicators").contentType(org.springframework.http.MediaType
                        .APPLICATION_JSON).header("Authorization", planner(pemda, "DINKES").bearer()).content("""
                {"pemdaCode":"%s","opdCode":"DINKES","name":"Indikator OPD lain","unit":"%%","polarity":"INCREASING"}"""
                .formatted(pemda))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asString();
        indicatorId = iku;

        send("PUT", path, plan(sasaran, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"88%\"]",
                "[true,false,false,false]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signed.place").value("Probolinggo"))
                .andExpect(jsonPath("$.sasaran[0].quarterTargets[3]").value("88%"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].target").value("86%"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].target").value("50 Orang"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].children[1].name")
                        .value("Penyaluran Bantuan Sosial Sembako bagi Anak Yatim"))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].children[1].schedule[1]")
                        .value(false))
                .andExpect(jsonPath("$.sasaran[0].programs[0].children[0].children[0].children[1].target")
                        .value("22 Orang"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.sasaran[0].indicatorId").value(iku));
        String key = pemda + "/" + opd + "/2025";
        var published = new id.sakip.testsupport.KafkaProbe(id.sakip.testsupport.RealKafka.get().bootstrapServers())
                .readUntil(id.sakip.events.Topics.PLANNING_RENCANA_AKSI, java.time.Duration.ofSeconds(30),
                        r -> key.equals(r.key())).stream().filter(r -> key.equals(r.key()))
                .map(r -> (id.sakip.events.QuarterTargetsSet) id.sakip.events.EventCodec.read(
                        id.sakip.events.EventType.QUARTER_TARGETS_SET, r.value()))
                .findFirst().orElseThrow();
        assertThat(published.indicators()).singleElement().satisfies(i -> {
            assertThat(i.indicatorId()).hasToString(iku);
            assertThat(i.quarters()).singleElement().satisfies(q -> {
                assertThat(q.quarter()).isEqualTo(4);
                assertThat(q.value()).isEqualByComparingTo("88");
                assertThat(q.text()).isEqualTo("88%");
            });
        });

        long before = lines();
        send("PUT", path, plan(sasaran, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"banyak\"]",
                "[true,true,true,true]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['lines[0].quarterTargets']").exists());
        indicatorId = otherIndicator;
        send("PUT", path, plan(sasaran, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"88%\"]",
                "[true,true,true,true]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['lines[0].indicatorId']").exists());
        // an indicator of an OPD with the same code in another Pemda is not this OPD's
        String otherPemda = pemda.equals("9999") ? "1000" : String.valueOf(Integer.parseInt(pemda) + 1);
        String operator = id.sakip.testsupport.TestTokens.platformOperator().bearer();
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/organisations/" + otherPemda).header("Authorization", operator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Kota Lain\"}"));
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/organisations/" + otherPemda + "/opd/" + opd)
                .header("Authorization", operator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Dinas Sosial Kota Lain\"}"));
        indicatorId = JSON.readTree(mvc.perform(MockMvcRequestBuilders.post("/api/v1/indicators")
                .header("Authorization", planner(otherPemda, opd).bearer()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"pemdaCode":"%s","opdCode":"%s","name":"Indikator Pemda lain","unit":"%%",
                         "polarity":"INCREASING"}""".formatted(otherPemda, opd))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        send("PUT", path, plan(sasaran, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"88%\"]",
                "[true,true,true,true]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['lines[0].indicatorId']").exists());
        indicatorId = iku;
        send("PUT", path, plan(sasaran, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"88%\"]",
                "[false,false,false,false]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-rencana-aksi"))
                .andExpect(jsonPath("$.errors['lines[5].schedule']").exists());
        send("PUT", path, plan(sasaran, program, kegiatan, sub, rantang, sembako, "[\"50%\",\"40%\",null,\"88%\"]",
                "[true,true,true,true]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['lines[0].quarterTargets']").exists());
        send("PUT", path, plan(other, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"88%\"]",
                "[true,true,true,true]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['lines[0].nodeId']").exists());
        send("PUT", path, "{\"lines\":[]}").andExpect(status().isBadRequest());
        assertThat(lines()).isEqualTo(before);

        // replacing needs the version read and a reason; replaced whole; the old version is kept; an edit of an
        // older version is refused
        String replacement = plan(sasaran, program, kegiatan, sub, rantang, sembako,
                "[\"20%\",\"45%\",\"70%\",\"88%\"]", "[true,false,true,false]");
        send("PUT", path, replacement).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        mvc.perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", "1")
                        .content(replacement))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:reason-required"));
        assertThat(lines()).isEqualTo(before);
        reason = "Perubahan DPA 2025";
        mvc.perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", "1")
                        .content(plan(sasaran, program, kegiatan, sub, rantang, sembako,
                                "[\"20%\",\"45%\",\"70%\",\"88%\"]", "[true,false,true,false]")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.sasaran[0].quarterTargets[0]").value("20%"));
        mvc.perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", "1")
                        .content(plan(sasaran, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"90%\"]",
                                "[true,true,true,true]")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        send("GET", path + "/history", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].reason").value("Perubahan DPA 2025"))
                .andExpect(jsonPath("$[0].lines[0].quarterTargets[3]").value("88%"))
                .andExpect(jsonPath("$[0].lines[0].quarterTargets[0]").doesNotExist())
                .andExpect(jsonPath("$[0].lines[5].schedule[1]").value(false));
        send("GET", "/api/v1/rencana-aksi/" + pemda + "/" + opd + "/2031", null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:rencana-aksi-not-found"));
    }

    @Test
    void theRencanaAksiPrintsAsTheAgencysSignedTableInPdfAndWorkbook() throws Exception {
        Tree tree = tree();
        String sasaran = tree.sasaran();
        String program = tree.program();
        String kegiatan = tree.kegiatan();
        String sub = tree.sub();
        String rantang = tree.rantang();
        String sembako = tree.sembako();
        String path = "/api/v1/rencana-aksi/" + pemda + "/" + opd + "/2025";
        send("PUT", path, plan(sasaran, program, kegiatan, sub, rantang, sembako, "[null,null,null,\"88%\"]",
                "[true,false,false,false]")).andExpect(status().isCreated());

        var pdf = mvc.perform(MockMvcRequestBuilders.get(path + "/document")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("rencana-aksi-" + opd + "-2025.pdf");
        PdfPages paper = PdfPages.of(pdf.getContentAsByteArray());
        assertThat(paper.notEmbedded()).isEmpty();
        assertThat(paper.words()).contains("RENCANA AKSI TAHUN 2025", "SASARAN STRATEGIS", "TARGET TRIWULAN",
                "JADWAL PELAKSANAAN TRIWULAN", "Meningkatnya Kualitas dan Kemampuan PMKS", "88%",
                "Program Rehabilitasi Sosial", "86%", "Penyediaan Permakanan", "50 Orang",
                "Penyaluran Bantuan Sosial Sembako bagi Anak Yatim", "1 kali", "22 Orang",
                "Probolinggo, 4 Januari 2025", "Mengetahui,", "KEPALA DINAS SOSIAL PPPA KOTA UJI " + pemda,
                "Dr. REY SUWIGTYO, S.Sos., M.Si.", "NIP. 19670711 198809 1 001", "Halaman 1 dari")
                .doesNotContain("DRAF");

        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get(path + "/document").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WorkbookChecks.numbersAsText(xlsx)).isEmpty();
        assertThat(WorkbookChecks.withoutPrintSetup(xlsx)).isEmpty();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Rencana Aksi 2025");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            var programCell = find(sheet, "Program Rehabilitasi Sosial");
            // the program's cells span its two aksi
            assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
                assertThat(region.isInRange(programCell)).isTrue();
                assertThat(region.getLastRow() - region.getFirstRow()).isEqualTo(1);
            });
            var target = programCell.getRow().getCell(programCell.getColumnIndex() + 2);
            assertThat(target.getNumericCellValue()).isEqualTo(0.86);
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.forLanguageTag("id-ID"))
                    .formatCellValue(target)).isEqualTo("86%");
            var people = find(sheet, "Penyaluran Bantuan Sosial Sembako bagi Anak Yatim").getRow().getCell(11);
            assertThat(people.getNumericCellValue()).isEqualTo(1.0);
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(people)).isEqualTo("1 kali");
            assertThat(find(sheet, "Mengetahui,")).isNotNull();
        }

        mvc.perform(MockMvcRequestBuilders.get(path + "/document").param("format", "docx"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:format-not-offered"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/rencana-aksi/" + pemda + "/" + opd + "/2031/document"))
                .andExpect(status().isNotFound());
    }

    private static org.apache.poi.ss.usermodel.Cell find(org.apache.poi.ss.usermodel.Sheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().contains(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(text + " is not in the sheet");
    }

    private String indicatorId;
    private String reason;

    /** A sasaran's branch down to two aksi of one sub kegiatan. */
    private record Tree(String sasaran, String program, String kegiatan, String sub, String rantang,
            String sembako) {
    }

    private Tree tree() throws Exception {
        String tujuan = node(opd, "TUJUAN", null, "Meningkatnya perlindungan sosial");
        String sasaran = node(opd, "SASARAN", tujuan, "Meningkatnya Kualitas dan Kemampuan PMKS");
        String program = node(opd, "PROGRAM", sasaran, "Program Rehabilitasi Sosial");
        String kegiatan = node(opd, "KEGIATAN", program, "Rehabilitasi Sosial Dasar");
        String sub = node(opd, "SUB_KEGIATAN", kegiatan, "Penyediaan Permakanan");
        String rantang = node(opd, "AKSI", sub, "Program Rantang Sehat bagi Lanjut Usia Terlantar");
        String sembako = node(opd, "AKSI", sub, "Penyaluran Bantuan Sosial Sembako bagi Anak Yatim");
        return new Tree(sasaran, program, kegiatan, sub, rantang, sembako);
    }

    private String plan(String sasaran, String program, String kegiatan, String sub, String rantang,
            String sembako, String quarterTargets, String sembakoSchedule) {
        return """
                {"signed":{"place":"Probolinggo","date":"2025-01-04","by":"Dr. REY SUWIGTYO, S.Sos., M.Si.",
                           "nip":"19670711 198809 1 001"}%s,
                 "lines":[
                  {"nodeId":"%s","indicator":"Persentase PMKS yang terpenuhi kebutuhannya","quarterTargets":%s%s},
                  {"nodeId":"%s","indicator":"Persentase PPKS yang mendapatkan Pelayanan Rehabilitasi Sosial","target":"86%%"},
                  {"nodeId":"%s","indicator":"Jumlah Penerima Pelayanan Rehabilitasi Sosial Dasar","target":"80%%"},
                  {"nodeId":"%s","indicator":"Jumlah Penerima Penyediaan Permakanan","target":"50 Orang"},
                  {"nodeId":"%s","volume":"1 tahun","schedule":[true,true,true,true]},
                  {"nodeId":"%s","volume":"1 kali","schedule":%s,"target":"22 Orang"}]}"""
                .formatted(reason == null ? "" : ",\"reason\":\"" + reason + "\"", sasaran, quarterTargets,
                        indicatorId == null ? "" : ",\"indicatorId\":\"" + indicatorId + "\"",
                        program, kegiatan, sub, rantang, sembako, sembakoSchedule);
    }

    private String node(String opdCode, String kind, String parent, String text) throws Exception {
        String body = "{\"pemdaCode\":\"" + pemda + "\",\"opdCode\":\"" + opdCode + "\",\"kind\":\"" + kind
                + "\",\"text\":\"" + text + "\"" + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"") + "}";
        // each OPD's branches are planned by its own perencana
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/plan/nodes").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .header("Authorization", planner(pemda, opdCode).bearer()).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(response).get("id").asString();
    }

    private long lines() {
        return jdbc.sql("SELECT count(*) FROM rencana_aksi_line").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM rencana_aksi").query(Long.class).single();
    }
}
