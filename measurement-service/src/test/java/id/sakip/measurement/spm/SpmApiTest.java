package id.sakip.measurement.spm;

import id.sakip.measurement.MeasurementApiTestBase;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.SpmServiceChanged;
import id.sakip.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SPM X / Y per service and group, with the seed's Rehabilitasi Sosial dasar (324 / 324 = 100.00). */
class SpmApiTest extends MeasurementApiTestBase {

    static final String SEED = """
            {"name":"Rehabilitasi Sosial dasar penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar,
             serta gelandangan pengemis di luar panti","indicator":"Persentase (%) penyandang disabilitas, anak, lanjut
             usia, serta gelandangan dan pengemis yang terpenuhi kebutuhan dasarnya di luar panti",
             "groups":[{"name":"Disabilitas","x":150,"y":150},{"name":"Anak terlantar","x":49,"y":49},
                       {"name":"Lansia terlantar","x":50,"y":50},{"name":"Gelandangan pengemis","x":75,"y":75}]}"""
            .replace("\n", " ");

    @Test
    void theSeedsServiceMeetsEveryNeed() throws Exception {
        String opd = newOpd();
        write(opd, "REHSOS-LUAR-PANTI", SEED, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.totalX").value(324))
                .andExpect(jsonPath("$.totalY").value(324))
                .andExpect(jsonPath("$.percent").value(100.00))
                .andExpect(jsonPath("$.services[0].groups[1].name").value("Anak terlantar"));

        // a second service: the OPD's total is over every group of every service
        write(opd, "REHSOS-DALAM-PANTI", "{\"name\":\"Rehabilitasi sosial dasar di dalam panti\",\"groups\":["
                + "{\"name\":\"Anak terlantar\",\"x\":20,\"y\":30},{\"name\":\"Lansia\",\"x\":0,\"y\":0}]}", null)
                .andExpect(status().isCreated());
        JsonNode view = read("/api/v1/spm/" + PEMDA + "/" + opd + "/2024");
        assertThat(view.get("totalX").decimalValue()).isEqualByComparingTo("344");
        assertThat(view.get("totalY").decimalValue()).isEqualByComparingTo("354");
        assertThat(view.get("percent").decimalValue()).isEqualByComparingTo("97.18");
        assertThat(view.get("services").get(0).get("percent").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(view.get("services").get(0).get("groups").get(1).get("percent").isNull()).isTrue();

        // written again whole, guarded by its version: never blindly
        write(opd, "REHSOS-DALAM-PANTI", "{\"name\":\"Dalam panti\",\"groups\":[{\"name\":\"Anak\",\"x\":30,\"y\":30}]}",
                null).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"));
        write(opd, "REHSOS-DALAM-PANTI", "{\"name\":\"Dalam panti\",\"groups\":[{\"name\":\"Anak\",\"x\":30,\"y\":30}]}",
                "\"5\"").andExpect(status().isConflict());
        write(opd, "REHSOS-DALAM-PANTI", "{\"name\":\"Dalam panti\",\"groups\":[{\"name\":\"Anak\",\"x\":30,\"y\":30}]}",
                "\"1\"").andExpect(status().isOk()).andExpect(jsonPath("$.percent").value(100.00));
        assertThat(jdbc.sql("SELECT count(*) FROM spm_audit a JOIN spm_service s ON s.id = a.service_id "
                + "WHERE s.opd_code = ? AND s.code = 'REHSOS-DALAM-PANTI' AND a.old_state IS NOT NULL").param(opd)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyWriteAndWithdrawalIsPublishedWholeAndAWithdrawnServiceComesBack() throws Exception {
        String opd = newOpd();
        String body = "{\"recipients\":\"Penyandang disabilitas terlantar, anak terlantar\","
                + "\"standard\":\"Standar jumlah dan kualitas barang dan/atau jasa\"," + SEED.substring(1);
        write(opd, "REHSOS-LUAR-PANTI", body, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.services[0].recipients").value("Penyandang disabilitas terlantar, anak terlantar"))
                .andExpect(jsonPath("$.services[0].standard").value("Standar jumlah dan kualitas barang dan/atau jasa"));

        SpmServiceChanged first = published(opd, 1);
        assertThat(first.code()).isEqualTo("REHSOS-LUAR-PANTI");
        assertThat(first.org().opdCode()).isEqualTo(opd);
        assertThat(first.year()).isEqualTo(2024);
        assertThat(first.standard()).isEqualTo("Standar jumlah dan kualitas barang dan/atau jasa");
        assertThat(first.groups()).extracting(SpmServiceChanged.Group::x).containsExactly(150L, 49L, 50L, 75L);
        assertThat(first.withdrawn()).isFalse();

        // withdrawn like any change: never blindly, and only what is there
        withdraw(opd, "REHSOS-LUAR-PANTI", null).andExpect(status().isPreconditionRequired());
        withdraw(opd, "REHSOS-LUAR-PANTI", "\"3\"").andExpect(status().isConflict());
        withdraw(opd, "REHSOS-LUAR-PANTI", "\"1\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.services").isEmpty())
                .andExpect(jsonPath("$.percent").doesNotExist());
        withdraw(opd, "REHSOS-LUAR-PANTI", "\"2\"").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:spm-service-not-found"));
        SpmServiceChanged withdrawn = published(opd, 2);
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.serviceId()).isEqualTo(first.serviceId());

        // its code written again brings it back, its versions going on, so a consumer orders it after the withdrawal
        write(opd, "REHSOS-LUAR-PANTI", SEED, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.services[0].version").value(3))
                .andExpect(jsonPath("$.services[0].recipients").doesNotExist())
                .andExpect(jsonPath("$.totalX").value(324));
        SpmServiceChanged back = published(opd, 3);
        assertThat(back.withdrawn()).isFalse();
        assertThat(back.recipients()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM spm_audit a JOIN spm_service s ON s.id = a.service_id "
                + "WHERE s.opd_code = ?").param(opd).query(Long.class).single()).isEqualTo(3);
    }

    @org.springframework.beans.factory.annotation.Autowired
    Spm spm;

    @Test
    void aServiceWrittenBeforeItsEventExistedIsPublishedOnceAtStart() throws Exception {
        String opd = newOpd();
        write(opd, "LAMA", SEED, null).andExpect(status().isCreated());
        // as a row of before V10 is: never published
        jdbc.sql("UPDATE spm_service SET published = FALSE WHERE opd_code = ?").param(opd).update();

        java.time.Instant before = java.time.Instant.now().minusMillis(1);
        assertThat(spm.publishUnpublished()).isEqualTo(1);
        assertThat(spm.publishUnpublished()).isZero();
        // the write's own event, then the backfill's
        assertThat(kafka.readUntil(Topics.MEASUREMENT_SPM, Duration.ofSeconds(30), r -> opd.equals(
                        changed(r).org().opdCode()) && changed(r).occurredAt().isAfter(before)).stream()
                .map(SpmApiTest::changed).filter(e -> opd.equals(e.org().opdCode())).count()).isEqualTo(2);
    }

    @Test
    void impossibleCountsChangeNothing() throws Exception {
        String opd = newOpd();
        write(opd, "A", SEED, null).andExpect(status().isCreated());
        long rows = rows();
        write(opd, "A", "{\"name\":\"x\",\"groups\":[{\"name\":\"Lansia\",\"x\":51,\"y\":50}]}", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:invalid-spm"))
                .andExpect(jsonPath("$.errors['groups[0].x']").exists());
        write(opd, "A", "{\"name\":\"x\",\"groups\":[{\"name\":\"Lansia\",\"x\":-1,\"y\":50}]}", null)
                .andExpect(status().isBadRequest());
        write(opd, "A", "{\"name\":\"x\",\"groups\":[{\"name\":\"Lansia\",\"x\":1.5,\"y\":50}]}", null)
                .andExpect(status().isBadRequest());
        write(opd, "A", "{\"name\":\"x\",\"groups\":[{\"name\":\"A\",\"x\":1,\"y\":5},{\"name\":\"a\",\"x\":1,\"y\":5}]}",
                null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['groups[1].name']").exists());
        write(opd, "A", "{\"name\":\"x\",\"groups\":[]}", null).andExpect(status().isBadRequest());
        assertThat(rows()).isEqualTo(rows);
        assertThat(read("/api/v1/spm/" + PEMDA + "/" + opd + "/2024").get("percent").decimalValue())
                .isEqualByComparingTo(new BigDecimal("100.00"));
    }

    private SpmServiceChanged published(String opd, long version) {
        return kafka.readUntil(Topics.MEASUREMENT_SPM, Duration.ofSeconds(30), r -> version == changed(r).aggregateVersion()
                        && opd.equals(changed(r).org().opdCode()))
                .stream().map(SpmApiTest::changed)
                .filter(e -> e.aggregateVersion() == version && opd.equals(e.org().opdCode()))
                .findFirst().orElseThrow();
    }

    private static SpmServiceChanged changed(ConsumerRecord<String, byte[]> record) {
        return (SpmServiceChanged) EventCodec.read(EventType.SPM_SERVICE_CHANGED, record.value());
    }

    private ResultActions withdraw(String opd, String service, String ifMatch) throws Exception {
        var request = delete("/api/v1/spm/" + PEMDA + "/" + opd + "/2024/" + service)
                .header("Authorization", worker("operator", opd).bearer());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private ResultActions write(String opd, String service, String body, String ifMatch) throws Exception {
        var request = put("/api/v1/spm/" + PEMDA + "/" + opd + "/2024/" + service).header("Authorization", worker("operator", opd).bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }
}
