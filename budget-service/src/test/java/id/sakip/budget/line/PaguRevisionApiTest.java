package id.sakip.budget.line;

import id.sakip.budget.BudgetApiTestBase;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.PaguSet;
import id.sakip.events.Topics;
import id.sakip.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** APBD murni, then Perubahan and shifts: each with its legal basis, all kept; spending follows the pagu in force. */
class PaguRevisionApiTest extends BudgetApiTestBase {

    private static final String PERUBAHAN = """
            {"paguVersion":"PERUBAHAN","pagu":%s,"legalReference":"Perda Perubahan APBD TA 2024 (uji)",
             "legalDate":"2024-09-30","reason":"Tambahan peserta pelatihan"}""";

    @Test
    void aRevisionIsKeptBesideTheMurniAndAllowsMoreSpending() throws Exception {
        seedTree();
        String id = line("1.06.02.2.03.0001", null, "4121000");
        spend(id, 1, "4000000").andExpect(status().isOk());
        spend(id, 2, "500000").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:over-pagu"));

        revise(id, PERUBAHAN.formatted("5000000"), "2").andExpect(status().isOk())
                .andExpect(jsonPath("$.pagu").value(5000000.00))
                .andExpect(jsonPath("$.paguVersion").value("PERUBAHAN"))
                .andExpect(jsonPath("$.legalReference").value("Perda Perubahan APBD TA 2024 (uji)"))
                .andExpect(jsonPath("$.version").value(3));
        spend(id, 2, "500000").andExpect(status().isOk()).andExpect(jsonPath("$.serapanPercent").value(90.00));

        JsonNode history = read("/api/v1/budget/lines/" + id + "/pagu-history").get("pagu");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("paguVersion").asString()).isEqualTo("MURNI");
        assertThat(history.get(0).get("pagu").decimalValue()).isEqualByComparingTo("4121000");
        assertThat(history.get(1).get("paguVersion").asString()).isEqualTo("PERUBAHAN");
        assertThat(history.get(1).get("legalDate").asString()).isEqualTo("2024-09-30");
        assertThat(history.get(1).get("setBy").asString()).isEqualTo("keuangan");

        var published = kafka.readUntil(Topics.BUDGET_LINE, Duration.ofSeconds(30), r -> paguSet(r, id) != null
                && paguSet(r, id).aggregateVersion() == 3);
        PaguSet revised = published.stream().map(r -> paguSet(r, id))
                .filter(p -> p != null && p.aggregateVersion() == 3).findFirst().orElseThrow();
        assertThat(revised.paguVersion()).isEqualTo("PERUBAHAN");
        assertThat(revised.legalReference()).isEqualTo("Perda Perubahan APBD TA 2024 (uji)");
        assertThat(revised.pagu()).isEqualByComparingTo("5000000");
    }

    @Test
    void aRevisionWithoutItsLegalBasisOrBelowTheSpendingChangesNothing() throws Exception {
        seedTree();
        String id = line("1.06.02.2.03.0004", null, "3400000");
        spend(id, 4, "3360000").andExpect(status().isOk());
        String before = state();

        revise(id, "{\"paguVersion\":\"PERUBAHAN\",\"pagu\":3500000,\"legalDate\":\"2024-09-30\"}", "current")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.legalReference").exists());
        revise(id, PERUBAHAN.formatted("3000000"), "current").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:pagu-below-realization"));
        revise(id, PERUBAHAN.formatted("3500000").replace("PERUBAHAN", "MURNI"), "current")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.paguVersion").exists());
        revise(id, PERUBAHAN.formatted("3500000"), "7").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        revise(id, PERUBAHAN.formatted("3500000"), null).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"))
                .andExpect(jsonPath("$.errors['If-Match']").exists());
        revise(id, PERUBAHAN.formatted("3500000.001"), "current").andExpect(status().isBadRequest());
        assertThat(state()).isEqualTo(before);

        revise(id, PERUBAHAN.formatted("3500000"), "2").andExpect(status().isOk());
        revise(id, PERUBAHAN.formatted("3600000"), "3").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:pagu-version-exists"));
    }

    private static PaguSet paguSet(ConsumerRecord<String, byte[]> record, String id) {
        if (!id.equals(record.key()) || !EventType.PAGU_SET.ceType().equals(
                KafkaProbe.header(record, CloudEventHeaders.TYPE))) {
            return null;
        }
        return (PaguSet) EventCodec.read(EventType.PAGU_SET, record.value());
    }

    /** With {@code ifMatch} "current", the version the line has now. */
    private ResultActions revise(String id, String body, String ifMatch) throws Exception {
        if ("current".equals(ifMatch)) {
            ifMatch = read("/api/v1/budget/lines/" + id).get("version").asString();
        }
        var request = post("/api/v1/budget/lines/" + id + "/pagu-revisions")
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return mvc.perform(request);
    }
}
