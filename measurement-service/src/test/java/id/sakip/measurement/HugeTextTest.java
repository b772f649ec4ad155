package id.sakip.measurement;

import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.HugeText;
import id.sakip.testsupport.HugeText.Write;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** A megabyte in any text of any write is refused at the edge, with the field named, before it could reach an event. */
class HugeTextTest extends MeasurementApiTestBase {

    @AfterEach
    void signedOut() {
        DefaultToken.none();
    }

    @Test
    void aMegabyteInAnyTextOfAnyWriteIsRefusedWithItsField() throws Exception {
        // the edge checks a body before anything else: any signed-in user meets them
        DefaultToken.use(TestTokens.user("operator.uji").opd(PEMDA, "DINSOS-PPPA").roles("OPERATOR"));
        String id = UUID.randomUUID().toString();
        String realization = "/api/v1/realizations/" + id;
        List<Write> writes = List.of(
                new Write(POST, "/api/v1/realizations", """
                        {"indicatorId":"%s","period":"2024Q1","category":"Utama"}""".formatted(id)),
                new Write(PUT, realization, "{\"category\":\"Utama\",\"reason\":\"salah ketik\"}"),
                new Write(POST, realization + "/submit", """
                        {"faktorPendorong":"Pendataan","faktorPenghambat":"Anggaran","tindakLanjut":"Koordinasi"}"""),
                new Write(POST, realization + "/verify", "{\"note\":\"Sesuai bukti\"}"),
                new Write(POST, realization + "/reject", "{\"note\":\"Bukti kurang\"}"),
                new Write(POST, "/api/v1/realization-periods/3574/DINSOS-PPPA/2024Q1/unlock",
                        "{\"reason\":\"Koreksi data\"}"),
                new Write(POST, "/api/v1/capaian-rules/3574/changes", """
                        {"effectiveFromYear":2025,"decreasingFormula":"T_OVER_R","ratingBounds":[90,75,65,50],
                         "displayCap":100,"efficiencyMinimumRatio":1,"reason":"Peraturan Wali Kota"}"""),
                new Write(PUT, "/api/v1/spm/3574/DINSOS-PPPA/2024/SPM-1", """
                        {"name":"Rehabilitasi sosial dasar","recipients":"Anak terlantar","standard":"Standar jumlah",
                         "indicator":"Persentase","groups":[
                         {"name":"Anak terlantar","x":1,"y":2}]}"""));

        assertThat(HugeText.disagreements(mvc, writes, this::everything)).isEmpty();
    }

    private String everything() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM event_publication) || '/' || (SELECT count(*) FROM realization) || '/'
                    || (SELECT count(*) FROM capaian_rule_change)""")
                .query(String.class).single();
    }
}
