package id.sakip.measurement.realization;

import id.sakip.events.Aggregation;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.QuarterTargetsSet;
import id.sakip.events.RealizationStatusChanged;
import id.sakip.events.Topics;
import id.sakip.events.YearTarget;
import id.sakip.measurement.MeasurementApiTestBase;
import id.sakip.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Draft -> submitted -> verified -> approved with the period locked, unlocked by an administrator; every step audited. */
class WorkflowApiTest extends MeasurementApiTestBase {

    private static final String PENDORONG = "{\"faktorPendorong\":\"Pendataan PMKS terpadu dengan DTKS\"}";

    @Test
    void theSeedsIkuGoesThroughTheWholeWorkflowAndItsPeriodIsLockedAndUnlocked() throws Exception {
        String opd = newOpd();
        UUID iku = defineIndicator(opd, "Persentase PMKS yang tertangani", "%", Polarity.INCREASING,
                Aggregation.LAST, List.of(new YearTarget(2024, new BigDecimal("90"))));
        JsonNode draft = recorded(iku, "2024", "97.64");
        UUID id = id(draft);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("capaianPercent").decimalValue()).isEqualByComparingTo("108.49");
        assertThat(draft.get("rating").asString()).isEqualTo("Sangat Tinggi");
        assertThat(draft.get("trafficLight").asString()).isEqualTo("HIJAU");

        // above target: faktor pendorong is asked for, and nothing changes without it
        String before = state();
        act(id, "submit", "operator.rehsos", 1, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:justification-required"))
                .andExpect(jsonPath("$.errors.faktorPendorong").exists())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("108,49%")));
        assertThat(state()).isEqualTo(before);

        act(id, "submit", "operator.rehsos", 1, PENDORONG).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.version").value(2));
        // four eyes: the one who submitted does not verify
        act(id, "verify", "operator.rehsos", 2, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:same-person"));
        // verified only as read: no If-Match, no verification
        String submitted = state();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/realizations/" + id + "/verify")
                        .header("Authorization", worker("kabid.rehsos", opd).bearer())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        assertThat(state()).isEqualTo(submitted);
        act(id, "verify", "kabid.rehsos", 2, "{\"note\":\"Sesuai bukti dukung\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        period(opd, "2024", "approve", "kadis", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.countByStatus.APPROVED").value(1))
                .andExpect(jsonPath("$.lockHistory[0].action").value("LOCK"))
                .andExpect(jsonPath("$.lockHistory[0].actor").value("kadis"));

        // a locked period takes nothing: no change, no new realisation, no second approval
        before = state();
        long rows = rows();
        change(id, 4L, "{\"value\":98,\"reason\":\"koreksi\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:period-locked"));
        UUID other = defineIndicator(opd, "Jumlah PMKS", "orang", Polarity.INCREASING, Aggregation.SUM,
                List.of(new YearTarget(2024, new BigDecimal("100"))));
        record(other, "2024", "90").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:period-locked"));
        period(opd, "2024", "approve", "kadis", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:period-locked"));
        period(opd, "2024", "unlock", "admin", "{\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        assertThat(state()).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);

        period(opd, "2024", "unlock", "admin", "{\"reason\":\"Koreksi data BPS\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.countByStatus.VERIFIED").value(1))
                .andExpect(jsonPath("$.lockHistory[1].action").value("UNLOCK"))
                .andExpect(jsonPath("$.lockHistory[1].reason").value("Koreksi data BPS"));
        // after the unlock the realisation's last writer is the administrator, yet its verifier still may not approve
        period(opd, "2024", "approve", "kabid.rehsos", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:period-not-ready"))
                .andExpect(jsonPath("$.errors['" + id + "']").value(
                        org.hamcrest.Matchers.containsString("diverifikasi oleh kabid.rehsos sendiri")));
        // nor its submitter
        period(opd, "2024", "approve", "operator.rehsos", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors['" + id + "']").value(
                        org.hamcrest.Matchers.containsString("diajukan oleh operator.rehsos sendiri")));

        JsonNode history = read("/api/v1/realizations/" + id + "/history");
        List<String> actions = new ArrayList<>();
        history.forEach(entry -> actions.add(entry.get("action").asString() + "/" + entry.get("actor").asString()));
        assertThat(actions).containsExactly("CREATE/operator.uji", "SUBMIT/operator.rehsos", "VERIFY/kabid.rehsos",
                "APPROVE/kadis", "UNLOCK/admin");
        assertThat(history.get(2).get("reason").asString()).isEqualTo("Sesuai bukti dukung");
        assertThat(history.get(3).get("before").get("status").asString()).isEqualTo("VERIFIED");
        assertThat(history.get(3).get("after").get("status").asString()).isEqualTo("APPROVED");
        assertThat(history.get(4).get("reason").asString()).isEqualTo("Koreksi data BPS");

        // one key, one partition, published in order: once UNLOCKED is there, every earlier step is too
        var published = kafka.readUntil(Topics.MEASUREMENT_REALIZATION, Duration.ofSeconds(30), r ->
                statusChange(r, id) != null && statusChange(r, id).transition().equals("UNLOCKED"));
        List<RealizationStatusChanged> changes = new ArrayList<>();
        published.forEach(r -> {
            RealizationStatusChanged change = statusChange(r, id);
            if (change != null) {
                changes.add(change);
            }
        });
        assertThat(changes).extracting(RealizationStatusChanged::transition)
                .containsExactly("SUBMITTED", "VERIFIED", "APPROVED", "UNLOCKED");
        RealizationStatusChanged approved = changes.get(2);
        assertThat(approved.capaianPercent()).isEqualByComparingTo("108.4888888888888889");
        assertThat(approved.reached()).isTrue();
        assertThat(approved.rating()).isEqualTo("SANGAT_TINGGI");
        assertThat(approved.faktorPendorong()).isEqualTo("Pendataan PMKS terpadu dengan DTKS");
        assertThat(approved.actor()).isEqualTo("kadis");
        assertThat(changes).extracting(RealizationStatusChanged::aggregateVersion).containsExactly(2L, 3L, 4L, 5L);
    }

    private static RealizationStatusChanged statusChange(ConsumerRecord<String, byte[]> record, UUID id) {
        if (!id.toString().equals(record.key()) || !EventType.REALIZATION_STATUS_CHANGED.ceType().equals(
                KafkaProbe.header(record, CloudEventHeaders.TYPE))) {
            return null;
        }
        return (RealizationStatusChanged) EventCodec.read(EventType.REALIZATION_STATUS_CHANGED, record.value());
    }

    @Test
    void transitionsOutOfOrderAndMissingJustificationChangeNothing() throws Exception {
        String opd = newOpd();
        UUID pmks = defineIndicator(opd, "Persentase PMKS (Penurunan)", "%", Polarity.DECREASING, Aggregation.LAST,
                List.of(new YearTarget(2024, new BigDecimal("33"))));
        JsonNode draft = recorded(pmks, "2024Q4", "35");
        UUID id = id(draft);
        assertThat(draft.get("capaianPercent").decimalValue()).isEqualByComparingTo("93.94");
        assertThat(draft.get("reached").asBoolean()).isFalse();
        String before = state();
        long rows = rows();

        period(opd, "2024Q4", "approve", "kadis", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:period-not-ready"))
                .andExpect(jsonPath("$.errors['" + id + "']").value("masih draf"));
        act(id, "verify", "kabid", 1, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));
        act(id, "reject", "kabid", 1, "{\"note\":\"kurang\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:transition-not-allowed"));
        // below target: faktor penghambat and the follow-up plan are required
        act(id, "submit", "operator", 1, "{\"faktorPendorong\":\"x\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.faktorPenghambat").exists())
                .andExpect(jsonPath("$.errors.tindakLanjut").exists());
        period(opd, "2024Q3", "approve", "kadis", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:nothing-to-approve"));
        period(opd, "2024Q4", "unlock", "admin", "{\"reason\":\"uji\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:period-not-locked"));
        assertThat(state()).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);

        act(id, "submit", "operator", 1, "{\"faktorPenghambat\":\"Bertambahnya PMKS pendatang\","
                + "\"tindakLanjut\":\"Penjangkauan bersama Satpol PP\"}").andExpect(status().isOk());
        act(id, "reject", "kabid", 2, "{\"note\":\" \"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.note").exists());
        act(id, "reject", "kabid", 2, "{\"note\":\"Lampirkan data Satpol PP\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.reviewNote").value("Lampirkan data Satpol PP"));

        // a returned realisation is corrected with a reason, never blindly: If-Match is required and must be current
        change(id, null, "{\"value\":32,\"reason\":\"data Satpol PP\"}").andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        change(id, 2L, "{\"value\":32,\"reason\":\"data Satpol PP\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        change(id, 3L, "{\"value\":32}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        change(id, 3L, "{\"value\":32,\"reason\":\"data Satpol PP\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.capaianPercent").value(103.03))
                .andExpect(jsonPath("$.version").value(4));
        JsonNode last = read("/api/v1/realizations/" + id + "/history").get(3);
        assertThat(last.get("action").asString()).isEqualTo("CHANGE");
        assertThat(last.get("before").get("value").asString()).isEqualTo("35");
        assertThat(last.get("after").get("value").asString()).isEqualTo("32");
        assertThat(last.get("reason").asString()).isEqualTo("data Satpol PP");
    }

    @Test
    void submittingNeedsTheVersionRead() throws Exception {
        String opd = newOpd();
        UUID indicator = defineIndicator(opd, "Jumlah lansia terlayani", "orang", Polarity.INCREASING,
                Aggregation.SUM, List.of(new YearTarget(2024, new BigDecimal("50"))));
        UUID id = id(recorded(indicator, "2024", "50"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/realizations/" + id + "/submit")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        act(id, "submit", "operator", 1, "{}").andExpect(status().isOk());
    }

    @Test
    void twoWritersOfTheSameVersionNeverBothWin() throws Exception {
        String opd = newOpd();
        UUID indicator = defineIndicator(opd, "Jumlah anak terlantar tertangani", "orang", Polarity.INCREASING,
                Aggregation.SUM, List.of(new YearTarget(2024, new BigDecimal("49"))));
        UUID id = id(recorded(indicator, "2024Q1", "10"));
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (String value : List.of("11", "12")) {
                writers.add(() -> change(id, 1L, "{\"value\":" + value + ",\"reason\":\"koreksi " + value + "\"}")
                        .andReturn().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (var result : pool.invokeAll(writers)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = read("/api/v1/realizations/" + id);
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        assertThat(read("/api/v1/realizations/" + id + "/history")).hasSize(2);
    }

    @Test
    void aQuarterIsComparedWithTheRencanaAksisCumulativeTargetAndTheYearByItsAggregation() throws Exception {
        String opd = newOpd();
        UUID served = defineIndicator(opd, "Jumlah lansia terlantar yang terlayani", "orang", Polarity.INCREASING,
                Aggregation.SUM, List.of(new YearTarget(2024, new BigDecimal("100"))));
        publishQuarterTargets(new QuarterTargetsSet(UUID.randomUUID(), Instant.now(), 1, new OrgRef(PEMDA, opd, null),
                2024, List.of(new QuarterTargetsSet.IndicatorQuarters(served, List.of(
                        quarter(1, "25"), quarter(2, "50"), quarter(3, "75"), quarter(4, "100")))), "perencana"));

        JsonNode q1 = recorded(served, "2024Q1", "30");
        assertThat(q1.get("target").decimalValue()).isEqualByComparingTo("25");
        assertThat(q1.get("capaianPercent").decimalValue()).isEqualByComparingTo("120.00");
        JsonNode q2 = recorded(served, "2024Q2", "20");
        assertThat(q2.get("cumulativeValue").decimalValue()).isEqualByComparingTo("50");
        assertThat(q2.get("capaianPercent").decimalValue()).isEqualByComparingTo("100.00");

        JsonNode year = read("/api/v1/realizations/indicators/" + served + "/years/2024");
        assertThat(year.get("source").asString()).isEqualTo("TRIWULAN");
        assertThat(year.get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(year.get("capaianPercent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(year.get("rating").asString()).isEqualTo("Sangat Rendah");
        assertThat(year.get("quarters")).hasSize(2);

        // TW I corrected: TW II, still a draft, is computed again with the new cumulative value
        change(id(q1), 1L, "{\"value\":20,\"reason\":\"data ganda\"}").andExpect(status().isOk());
        JsonNode q2Again = read("/api/v1/realizations/" + id(q2));
        assertThat(q2Again.get("cumulativeValue").decimalValue()).isEqualByComparingTo("40");
        assertThat(q2Again.get("capaianPercent").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(q2Again.get("version").asLong()).isEqualTo(2);
        assertThat(read("/api/v1/realizations/" + id(q2) + "/history").get(1).get("action").asString())
                .isEqualTo("RECOMPUTE");

        // once TW II is under review, changing TW I under it is refused whole
        act(id(q2), "submit", "operator", 2, "{\"faktorPenghambat\":\"Data lansia belum lengkap\","
                + "\"tindakLanjut\":\"Pemutakhiran data\"}").andExpect(status().isOk());
        String before = state();
        change(id(q1), 2L, "{\"value\":25,\"reason\":\"lagi\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:later-quarter-in-review"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anOrdinalIndicatorTakesACategoryOfItsScale() throws Exception {
        String opd = newOpd();
        UUID kla = defineIndicator(opd, "Kategori Kota Layak Anak", "kategori", Polarity.ORDINAL, Aggregation.LAST,
                List.of(YearTarget.category(2023, "Utama")));
        long rows = rows();
        record("{\"indicatorId\":\"" + kla + "\",\"period\":\"2023\",\"value\":3}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-realization-value"))
                .andExpect(jsonPath("$.errors.category").exists());
        record("{\"indicatorId\":\"" + kla + "\",\"period\":\"2023\",\"category\":\"Paripurna\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.category").value(org.hamcrest.Matchers.containsString("Paripurna")));
        assertThat(rows()).isEqualTo(rows);

        record("{\"indicatorId\":\"" + kla + "\",\"period\":\"2023\",\"category\":\"Nindya\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("Nindya"))
                .andExpect(jsonPath("$.targetText").value("Utama"))
                .andExpect(jsonPath("$.capaianPercent").value(75.00))
                .andExpect(jsonPath("$.reached").value(false));
    }

    @Test
    void valuesThatDoNotFitTheIndicatorAreRefused() throws Exception {
        String opd = newOpd();
        UUID people = defineIndicator(opd, "Jumlah penyandang disabilitas terlayani", "orang", Polarity.INCREASING,
                Aggregation.SUM, List.of(new YearTarget(2024, new BigDecimal("150"))));
        UUID share = defineIndicator(opd, "Persentase keluarga miskin tertangani", "%", Polarity.INCREASING,
                Aggregation.LAST, List.of(new YearTarget(2024, new BigDecimal("18"))));
        long rows = rows();
        record(people, "2024Q1", "-3").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.value").exists());
        record("{\"indicatorId\":\"" + people + "\",\"period\":\"2024Q1\",\"numerator\":1,\"denominator\":2}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.numerator").exists());
        record("{\"indicatorId\":\"" + people + "\",\"period\":\"2024Q1\",\"category\":\"Utama\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.category").exists());
        record("{\"indicatorId\":\"" + people + "\",\"period\":\"2024Q1\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.value").exists());
        record("{\"indicatorId\":\"" + share + "\",\"period\":\"2024\",\"numerator\":12566}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.denominator").exists());
        record("{\"indicatorId\":\"" + share + "\",\"period\":\"2024\",\"numerator\":1,\"denominator\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.denominator").exists());
        record(people, "2099Q1", "3").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:period-in-future"));
        assertThat(rows()).isEqualTo(rows);

        // a percentage kept as its counts: capaian from the unrounded ratio (12.566 of 67.681 families)
        JsonNode ratio = body(record("{\"indicatorId\":\"" + share + "\",\"period\":\"2024\",\"numerator\":12566,"
                + "\"denominator\":67681}"));
        assertThat(ratio.get("value").decimalValue()).isEqualByComparingTo("18.5665105421");
        assertThat(ratio.get("capaianPercent").decimalValue()).isEqualByComparingTo("103.15");
        assertThat(ratio.get("numerator").decimalValue()).isEqualByComparingTo("12566");
    }

    private static QuarterTargetsSet.QuarterTarget quarter(int quarter, String value) {
        return new QuarterTargetsSet.QuarterTarget(quarter, new BigDecimal(value), null, value + " orang");
    }
}
