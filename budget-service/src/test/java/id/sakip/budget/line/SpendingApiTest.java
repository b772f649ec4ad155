package id.sakip.budget.line;

import id.sakip.budget.BudgetApiTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A quarter's spending is written on the version read, and every amount it had is kept with who and why. */
class SpendingApiTest extends BudgetApiTestBase {

    @Test
    void withoutTheVersionReadOrOnAStaleOneNothingChanges() throws Exception {
        seedTree();
        String id = line("1.06.02.2.03.0001", null, "4121000");
        spend(id, 1, "1000000").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        String before = state();

        spend(id, 2, "{\"amount\":500000}", null).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:if-match-required"))
                .andExpect(jsonPath("$.errors['If-Match']").exists());
        spend(id, 2, "{\"amount\":500000}", 1L).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:concurrent-modification"));
        // a correction says why
        spend(id, 1, "{\"amount\":900000}", 2L).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:correction-reason-required"))
                .andExpect(jsonPath("$.errors.reason").exists())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1.000.000")));
        spend(id, 1, "{\"amount\":900000,\"reason\":\"" + "x".repeat(2001) + "\"}", 2L)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        assertThat(state()).isEqualTo(before);

        // the same amount again is no change: no new version, no history entry
        spend(id, 1, "{\"amount\":1000000.00}", 2L).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aCorrectionIsKeptWithWhoWhenBeforeAfterAndWhy() throws Exception {
        seedTree();
        String id = line("1.06.02.2.03.0002", null, "43243600");
        spend(id, 2, "20000000").andExpect(status().isOk());
        spend(id, 4, "21859100").andExpect(status().isOk());
        spend(id, 2, "{\"amount\":19500000,\"reason\":\"SP2D ganda dikoreksi\"}", 3L).andExpect(status().isOk())
                .andExpect(jsonPath("$.realized").value(41359100.00))
                .andExpect(jsonPath("$.version").value(4));

        JsonNode changes = read("/api/v1/budget/lines/" + id + "/spending-history").get("changes");
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).get("quarter").asInt()).isEqualTo(2);
        assertThat(changes.get(0).get("before").isNull()).isTrue();
        assertThat(changes.get(0).get("after").decimalValue()).isEqualByComparingTo("20000000");
        JsonNode correction = changes.get(2);
        assertThat(correction.get("quarter").asInt()).isEqualTo(2);
        assertThat(correction.get("before").decimalValue()).isEqualByComparingTo("20000000");
        assertThat(correction.get("after").decimalValue()).isEqualByComparingTo("19500000");
        assertThat(correction.get("reason").asString()).isEqualTo("SP2D ganda dikoreksi");
        assertThat(correction.get("changedBy").asString()).isEqualTo("keuangan");
        assertThat(correction.get("changedByName").asString()).isEqualTo("Keuangan Uji");
        assertThat(correction.get("changedAt").asString()).isNotBlank();
    }

    @Test
    void ofTwoConcurrentWritesOnOneVersionExactlyOneSucceeds() throws Exception {
        seedTree();
        String id = line("1.06.02.2.03.0004", null, "3400000");
        for (int round = 0; round < 5; round++) {
            long version = read("/api/v1/budget/lines/" + id).get("version").asLong();
            // a different amount each round, so every round's winner is a change
            int offset = round;
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> writers = new ArrayList<>();
            for (String amount : List.of("100000", "200000")) {
                writers.add(() -> {
                    start.await();
                    return spend(id, 1, "{\"amount\":" + (Integer.parseInt(amount) + offset) + ",\"reason\":\"uji\"}",
                            version).andReturn().getResponse().getStatus();
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (Callable<Integer> writer : writers) {
                    answers.add(pool.submit(writer));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdownNow();
            }
            assertThat(read("/api/v1/budget/lines/" + id).get("version").asLong()).isEqualTo(version + 1);
        }
        assertThat(read("/api/v1/budget/lines/" + id + "/spending-history").get("changes")).hasSize(5);
    }
}
