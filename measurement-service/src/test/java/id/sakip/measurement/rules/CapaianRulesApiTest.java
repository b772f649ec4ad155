package id.sakip.measurement.rules;

import id.sakip.events.Aggregation;
import id.sakip.events.CapaianRulesChanged;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.DecreasingFormula;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.TargetType;
import id.sakip.events.Topics;
import id.sakip.events.YearTarget;
import id.sakip.measurement.MeasurementApiTestBase;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Pemda's capaian rules as data: read with where they come from, changed by its administrator from a year on with
 * a reason, every realisation of those years computed again, a cap on what is shown with the value kept, and a
 * change that would reach an approved period refused.
 */
class CapaianRulesApiTest extends MeasurementApiTestBase {

    /** A Pemda of its own, so no other test computes with the rules this one changes. */
    private static final String OWN_PEMDA = "3598";

    private final String opd = "T-RULES-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    private final TestTokens.Token admin = TestTokens.user("admin.uji").name("Admin Uji").pemda(OWN_PEMDA)
            .roles("ADMIN_PEMDA");
    private final TestTokens.Token operator = TestTokens.user("operator.aturan").opd(OWN_PEMDA, opd)
            .roles("OPERATOR");

    @Test
    void aPemdasRulesChangeFromAYearOnAndEveryCapaianFollows() throws Exception {
        String path = "/api/v1/capaian-rules/" + OWN_PEMDA;
        mvc.perform(get(path).param("year", "2024").header("Authorization", operator.bearer()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.source").value("INSTALASI"))
                .andExpect(jsonPath("$.rules.decreasingFormula").value("TWO_T_MINUS_R"))
                .andExpect(jsonPath("$.rules.displayCap").doesNotExist())
                .andExpect(jsonPath("$.footnote").value(containsString("tanpa batas atas")));

        OrgRef own = new OrgRef(OWN_PEMDA, opd, null);
        UUID increasing = defineIndicator(own, "Jumlah keluarga penerima manfaat", "keluarga", Polarity.INCREASING,
                Aggregation.LAST, List.of(new YearTarget(2024, new BigDecimal("40"))));
        UUID decreasing = defineIndicator(own, "Jumlah kasus kekerasan", "kasus", Polarity.DECREASING,
                Aggregation.LAST, List.of(new YearTarget(2024, new BigDecimal("8"))));
        JsonNode above = entered(increasing, "52");
        JsonNode below = entered(decreasing, "10");
        assertThat(above.get("capaianPercent").decimalValue()).isEqualByComparingTo("130.00");
        assertThat(above.get("capaianUncappedPercent").decimalValue()).isEqualByComparingTo("130.00");
        assertThat(below.get("capaianPercent").decimalValue()).isEqualByComparingTo("75.00");

        // refused: no If-Match; every bad field named at once; an operator is no administrator; nothing changed
        String good = """
                {"effectiveFromYear":2024,"decreasingFormula":"T_OVER_R","ratingBounds":[90,75,65,50],
                 "displayCap":100,"reason":"Pedoman LKjIP Kota 2024"}""";
        changing(admin, null, good).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        changing(admin, "0", """
                {"effectiveFromYear":2024,"decreasingFormula":"T_KALI_R","ratingBounds":[50,65,75,90],
                 "displayCap":110,"efficiencyMinimumRatio":0,"reason":"uji"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-capaian-rules"))
                .andExpect(jsonPath("$.errors.decreasingFormula").exists())
                .andExpect(jsonPath("$.errors.ratingBounds").exists())
                .andExpect(jsonPath("$.errors.displayCap").exists())
                .andExpect(jsonPath("$.errors.efficiencyMinimumRatio").exists());
        changing(admin, "0", good.replace("\"reason\":\"Pedoman LKjIP Kota 2024\"", "\"reason\":\" \""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        changing(operator, "0", good).andExpect(status().isForbidden());
        assertThat(changes()).isZero();

        // the change: T / R for decreasing indicators, capaian shown at most 100, from 2024 on
        changing(admin, "0", good).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.source").value("PEMDA"))
                .andExpect(jsonPath("$.changeVersion").value(1))
                .andExpect(jsonPath("$.rules.displayCap").value(100));
        JsonNode capped = read(increasing);
        assertThat(capped.get("capaianPercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(capped.get("capaianUncappedPercent").decimalValue()).isEqualByComparingTo("130.00");
        assertThat(capped.get("rating").asString()).isEqualTo("Sangat Tinggi");
        JsonNode overR = read(decreasing);
        assertThat(overR.get("capaianPercent").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(overR.get("version").asLong()).isEqualTo(2);
        JsonNode trail = body(mvc.perform(get("/api/v1/realizations/" + overR.get("id").asString() + "/history")
                .header("Authorization", operator.bearer())));
        assertThat(trail.toString()).contains("RECOMPUTE", "Pedoman LKjIP Kota 2024");
        // a year before the change keeps the installation's rules
        mvc.perform(get(path).param("year", "2023").header("Authorization", operator.bearer()))
                .andExpect(jsonPath("$.source").value("INSTALASI"));

        // published for reporting, whole
        var published = kafka.readUntil(Topics.MEASUREMENT_CAPAIAN_RULES, Duration.ofSeconds(30),
                        r -> OWN_PEMDA.equals(r.key())).stream().filter(r -> OWN_PEMDA.equals(r.key()))
                .map(r -> (CapaianRulesChanged) EventCodec.read(EventType.CAPAIAN_RULES_CHANGED, r.value()))
                .findFirst().orElseThrow();
        assertThat(published.effectiveFromYear()).isEqualTo(2024);
        assertThat(published.displayCap()).isEqualByComparingTo("100");
        assertThat(published.changedBy()).isEqualTo("admin.uji");

        // a stale version is refused; the history keeps the defaults and the change with who and why
        changing(admin, "0", good).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        mvc.perform(get(path + "/history").header("Authorization", operator.bearer())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.defaults.decreasingFormula").value("TWO_T_MINUS_R"))
                .andExpect(jsonPath("$.changes[0].changedBy").value("admin.uji"))
                .andExpect(jsonPath("$.changes[0].reason").value("Pedoman LKjIP Kota 2024"));

        // an approved period is not changed under its approval: refused, naming it, until it is unlocked
        approve2024(increasing, decreasing);
        String before = state();
        changing(admin, "1", good.replace("\"displayCap\":100", "\"displayCap\":120"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:rules-year-approved"))
                .andExpect(jsonPath("$.errors.effectiveFromYear").value(containsString(
                        opd + " 2024")));
        assertThat(state()).isEqualTo(before);
        assertThat(changes()).isEqualTo(1);
        // from the next year on it applies
        changing(admin, "1", good.replace("2024,", "2025,").replace("\"displayCap\":100", "\"displayCap\":120"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rules.displayCap").value(120));

        // planning gives the decreasing indicator its own (2T - R) / T: the approved figure stays until the period is
        // unlocked, then it is computed with what is in force
        publishIndicator(decreasing, own, 2, DecreasingFormula.TWO_T_MINUS_R);
        assertThat(read(decreasing).get("capaianPercent").decimalValue()).isEqualByComparingTo("80.00");
        mvc.perform(post("/api/v1/realization-periods/" + OWN_PEMDA + "/" + opd + "/2024/unlock")
                        .header("Authorization", admin.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Koreksi rumus indikator\"}"))
                .andExpect(status().isOk());
        JsonNode reopened = read(decreasing);
        assertThat(reopened.get("capaianPercent").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(reopened.get("status").asString()).isEqualTo("VERIFIED");
    }

    /**
     * A decreasing indicator with its own T / R beside a neighbour on the Pemda's (2T - R) / T: 8 -> 10 gives 80.00
     * and 75.00; when planning returns it to the Pemda's rule, its realisation is computed again.
     */
    @Test
    void anIndicatorsOwnFormulaBesideItsNeighbourOnThePemdas() throws Exception {
        String pemda = "3597";
        var entering = TestTokens.user("operator.rumus").opd(pemda, opd).roles("OPERATOR");
        OrgRef place = new OrgRef(pemda, opd, null);
        UUID own = UUID.randomUUID();
        UUID neighbour = defineIndicator(place, "Jumlah anak putus sekolah", "anak", Polarity.DECREASING,
                Aggregation.LAST, List.of(new YearTarget(2024, new BigDecimal("8"))));
        publishIndicator(own, place, 1, DecreasingFormula.T_OVER_R);
        String[] ids = new String[2];
        int i = 0;
        for (UUID indicator : new UUID[] {own, neighbour}) {
            ids[i++] = body(mvc.perform(post("/api/v1/realizations").header("Authorization", entering.bearer())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"indicatorId\":\"" + indicator
                            + "\",\"period\":\"2024\",\"value\":10}")).andExpect(status().isCreated()))
                    .get("id").asString();
        }
        mvc.perform(get("/api/v1/realizations/" + ids[0]).header("Authorization", entering.bearer()))
                .andExpect(jsonPath("$.capaianPercent").value(80.00));
        mvc.perform(get("/api/v1/realizations/" + ids[1]).header("Authorization", entering.bearer()))
                .andExpect(jsonPath("$.capaianPercent").value(75.00));

        // planning returns it to the Pemda's rule: computed again, RECOMPUTE in its trail
        publishIndicator(own, place, 2, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/realizations/" + ids[0]).header("Authorization", entering.bearer()))
                        .andExpect(jsonPath("$.capaianPercent").value(75.00)));
        assertThat(body(mvc.perform(get("/api/v1/realizations/" + ids[0] + "/history")
                .header("Authorization", entering.bearer()))).toString()).contains("RECOMPUTE");
    }

    private void publishIndicator(UUID id, OrgRef owner, long version, DecreasingFormula formula) {
        var event = new IndicatorDefined(UUID.randomUUID(), Instant.now(), version, id, owner, "Jumlah kasus kekerasan",
                "kasus", Polarity.DECREASING, List.of(new YearTarget(2024, new BigDecimal("8"))), "perencana.uji",
                TargetType.NUMBER, Aggregation.LAST, List.of(), null, formula, false, false);
        kafka.send(Topics.PLANNING_INDICATOR, id.toString(), EventCodec.write(event), java.util.Map.of(
                CloudEventHeaders.TYPE, EventType.INDICATOR_DEFINED.ceType(), CloudEventHeaders.ID,
                event.eventId().toString()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> catalog.find(id).map(c -> c.version() == version).orElse(false));
    }

    private JsonNode entered(UUID indicator, String value) throws Exception {
        return body(mvc.perform(post("/api/v1/realizations").header("Authorization", operator.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"indicatorId\":\"" + indicator
                        + "\",\"period\":\"2024\",\"value\":" + value + "}")).andExpect(status().isCreated()));
    }

    private JsonNode read(UUID indicator) throws Exception {
        return body(mvc.perform(get("/api/v1/realizations").param("indicatorId", indicator.toString())
                .header("Authorization", operator.bearer()))).get(0);
    }

    private ResultActions changing(TestTokens.Token user, String version, String body) throws Exception {
        var request = post("/api/v1/capaian-rules/" + OWN_PEMDA + "/changes").header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return mvc.perform(request);
    }

    private void approve2024(UUID... indicators) throws Exception {
        var kabid = TestTokens.user("kabid.aturan").opd(OWN_PEMDA, opd).roles("KEPALA_BIDANG");
        var kadis = TestTokens.user("kadis.aturan").opd(OWN_PEMDA, opd).roles("KEPALA_OPD");
        for (UUID indicator : indicators) {
            JsonNode r = read(indicator);
            String id = r.get("id").asString();
            mvc.perform(post("/api/v1/realizations/" + id + "/submit").header("Authorization", operator.bearer())
                    .header("If-Match", "\"" + r.get("version").asLong() + "\"")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"faktorPendorong":"Pendampingan","faktorPenghambat":"Data terlambat",
                             "tindakLanjut":"Pemutakhiran data"}""")).andExpect(status().isOk());
            mvc.perform(post("/api/v1/realizations/" + id + "/verify").header("Authorization", kabid.bearer())
                    .header("If-Match", "\"" + (r.get("version").asLong() + 1) + "\"")
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/realization-periods/" + OWN_PEMDA + "/" + opd + "/2024/approve")
                .header("Authorization", kadis.bearer()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
    }

    private long changes() {
        return jdbc.sql("SELECT count(*) FROM capaian_rule_change WHERE pemda_code = ?").param(OWN_PEMDA)
                .query(Long.class).single();
    }
}
