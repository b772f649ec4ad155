package id.sakip.budget;

import id.sakip.testsupport.HugeText;
import id.sakip.testsupport.HugeText.Write;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** A megabyte in any text of any write is refused at the edge, with the field named, before it could reach an event. */
class HugeTextTest extends BudgetApiTestBase {

    @Test
    void aMegabyteInAnyTextOfAnyWriteIsRefusedWithItsField() throws Exception {
        String line = "/api/v1/budget/lines/" + UUID.randomUUID();
        List<Write> writes = List.of(
                new Write(POST, "/api/v1/budget/lines", """
                        {"pemdaCode":"3574","opdCode":"%s","bidangCode":"REHSOS","year":2024,"code":"1.06.04",
                         "name":"Lain-lain","paguVersion":"PERUBAHAN","pagu":1000,"legalReference":"Perda 1/2024",
                         "legalDate":"2024-09-30"}""".formatted(opd)),
                new Write(POST, line + "/pagu-revisions", """
                        {"paguVersion":"PERUBAHAN","pagu":1000,"legalReference":"Perda 1/2024","legalDate":"2024-09-30",
                         "reason":"Tambahan"}"""),
                new Write(PUT, line + "/realizations/1", "{\"amount\":1000,\"reason\":\"SP2D dikoreksi\"}"));

        assertThat(HugeText.disagreements(mvc, writes, this::state)).isEmpty();
    }
}
