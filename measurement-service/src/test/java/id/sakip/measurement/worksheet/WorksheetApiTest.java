package id.sakip.measurement.worksheet;

import id.sakip.events.Aggregation;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.QuarterTargetsSet;
import id.sakip.events.YearTarget;
import id.sakip.measurement.MeasurementApiTestBase;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lembar realisasi: what a bidang fills in for a quarter, with each row's target, value, files and rights. */
class WorksheetApiTest extends MeasurementApiTestBase {

    @Test
    void aQuartersWorksheetListsThePlannedIndicatorsWithTheirQuarterTargetsRealisationsAndTheCallersRights()
            throws Exception {
        String opd = newOpd();
        UUID rehsos = defineIndicator(new OrgRef(PEMDA, opd, "REHSOS"), "Persentase PMKS yang tertangani", "%",
                Polarity.INCREASING, Aggregation.LAST, List.of(new YearTarget(2024, new BigDecimal("90"))));
        UUID linjamsos = defineIndicator(new OrgRef(PEMDA, opd, "LINJAMSOS"), "Jumlah penerima bantuan", "orang",
                Polarity.INCREASING, Aggregation.SUM, List.of(new YearTarget(2024, new BigDecimal("100"))));
        UUID kla = defineIndicator(new OrgRef(PEMDA, opd, null), "Predikat KLA", "predikat", Polarity.ORDINAL,
                Aggregation.LAST, List.of(YearTarget.category(2024, "Nindya")));
        defineIndicator(new OrgRef(PEMDA, opd, "REHSOS"), "Indikator tahun lain", "%", Polarity.INCREASING,
                Aggregation.LAST, List.of(new YearTarget(2023, new BigDecimal("50"))));
        publishQuarterTargets(new QuarterTargetsSet(UUID.randomUUID(), Instant.now(), 1, new OrgRef(PEMDA, opd, null),
                2024, List.of(new QuarterTargetsSet.IndicatorQuarters(linjamsos, List.of(
                new QuarterTargetsSet.QuarterTarget(2, new BigDecimal("40"), null, "40 orang")))), "perencana"));
        var operator = TestTokens.user("operator.rehsos").opd(PEMDA, opd).bidang("REHSOS").roles("OPERATOR").bearer();
        JsonNode recorded = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/realizations").header("Authorization", operator)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"indicatorId\":\"" + rehsos + "\",\"period\":\"2024Q2\",\"value\":80}"))
                .andExpect(status().isCreated()));
        mvc.perform(multipart("/api/v1/realizations/" + id(recorded) + "/evidence").file(new MockMultipartFile("file",
                "bukti.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .header("Authorization", operator)).andExpect(status().isCreated());

        JsonNode sheet = body(mvc.perform(get("/api/v1/realization-worksheets/" + PEMDA + "/" + opd + "/2024Q2")
                .header("Authorization", operator)).andExpect(status().isOk()));
        assertThat(sheet.get("locked").asBoolean()).isFalse();
        // the OPD's own indicator (of no bidang) first; the one planned for another year is not on the sheet
        assertThat(names(sheet)).containsExactly("Predikat KLA", "Jumlah penerima bantuan",
                "Persentase PMKS yang tertangani");
        JsonNode own = row(sheet, rehsos);
        assertThat(own.get("entry").asString()).isEqualTo("RATIO");
        assertThat(own.get("target").asString()).isEqualTo("90");
        assertThat(own.get("realization").get("value").decimalValue()).isEqualByComparingTo("80");
        // below target: the rules ask for the obstacles and the follow-up before submission
        assertThat(own.get("realization").get("justificationAsked").valueStream().map(JsonNode::asString))
                .containsExactly("faktorPenghambat", "tindakLanjut");
        assertThat(own.get("evidenceCount").asInt()).isEqualTo(1);
        assertThat(own.get("mayEnter").asBoolean()).isTrue();
        assertThat(own.get("mayVerify").asBoolean()).isFalse();
        JsonNode other = row(sheet, linjamsos);
        assertThat(other.get("entry").asString()).isEqualTo("NUMBER");
        assertThat(other.get("target").asString()).as("the Rencana Aksi's cumulative target up to TW II")
                .isEqualTo("40");
        assertThat(other.get("realization").isNull()).isTrue();
        assertThat(other.get("mayEnter").asBoolean()).as("another bidang's row").isFalse();
        JsonNode category = row(sheet, kla);
        assertThat(category.get("entry").asString()).isEqualTo("CATEGORY");
        assertThat(category.get("target").asString()).isEqualTo("Nindya");
        assertThat(category.get("scale").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(KLA_SCALE);

        var kabid = TestTokens.user("kabid.rehsos").opd(PEMDA, opd).bidang("REHSOS").roles("KEPALA_BIDANG").bearer();
        JsonNode mine = body(mvc.perform(get("/api/v1/realization-worksheets/" + PEMDA + "/" + opd + "/2024Q2")
                .param("bidangCode", "REHSOS").header("Authorization", kabid)).andExpect(status().isOk()));
        assertThat(names(mine)).as("one bidang's sheet").containsExactly("Persentase PMKS yang tertangani");
        assertThat(row(mine, rehsos).get("mayVerify").asBoolean()).isTrue();
        assertThat(row(mine, rehsos).get("mayEnter").asBoolean()).isFalse();
    }

    @Test
    void anotherOpdsWorksheetIsRefusedAndABadPeriodIsAFieldError() throws Exception {
        String opd = newOpd();
        mvc.perform(get("/api/v1/realization-worksheets/" + PEMDA + "/" + opd + "/2024Q5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.period").exists());
        mvc.perform(get("/api/v1/realization-worksheets/" + PEMDA + "/LAIN/2024Q1"))
                .andExpect(status().isForbidden());
    }

    private static List<String> names(JsonNode sheet) {
        return sheet.get("rows").valueStream().map(row -> row.get("name").asString()).toList();
    }

    private static JsonNode row(JsonNode sheet, UUID indicator) {
        return sheet.get("rows").valueStream().filter(row -> row.get("indicatorId").asString()
                .equals(indicator.toString())).findFirst().orElseThrow();
    }
}
