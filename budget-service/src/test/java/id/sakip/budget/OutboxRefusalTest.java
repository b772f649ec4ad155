package id.sakip.budget;

import id.sakip.events.Topics;
import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A publication the broker refuses for good (here: larger than its topic allows) is set aside with its reason,
 * counted, and not resent for ever; the events after it are delivered as usual.
 */
class OutboxRefusalTest extends BudgetApiTestBase {

    @Test
    void aPublicationTheBrokerRefusesIsSetAsideAndLaterEventsStillFlow() throws Exception {
        // a sub kegiatan whose 1000-character name makes its PaguSet larger than the topic will take
        planTree("PROGRAM", "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL",
                "KEGIATAN", "1.06.02.2.03", "Pengembangan Potensi",
                "SUB_KEGIATAN", "1.06.02.2.03.0001", "\u4e2d".repeat(1000),
                "SUB_KEGIATAN", "1.06.02.2.03.0002", "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial");
        long refusedBefore = refused();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealKafka.get().bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.BUDGET_LINE);
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "2000"), AlterConfigOp.OpType.SET))))
                    .all().get();
            try {
                String tooLarge = line("1.06.02.2.03.0001", null, "4121000");
                String later = line("1.06.02.2.03.0002", null, "43243600");

                // the later event arrives although the one before it never will
                kafka.readUntil(Topics.BUDGET_LINE, Duration.ofSeconds(60), r -> later.equals(r.key()));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> refused() == refusedBefore + 1);
                String reason = jdbc.sql("SELECT reason FROM outbox_refused WHERE serialized_event LIKE ?")
                        .param("%" + tooLarge + "%").query(String.class).single();
                assertThat(reason).contains("RecordTooLargeException");
                assertThat(jdbc.sql("""
                                SELECT count(*) FROM event_publication
                                WHERE completion_date IS NULL AND serialized_event LIKE ?""")
                        .param("%" + tooLarge + "%").query(Long.class).single()).isZero();
                // the line itself was recorded: only its announcement waits for an operator
                mvc.perform(get("/api/v1/budget/lines/" + tooLarge)).andExpect(status().isOk());
                mvc.perform(get("/actuator/health").header("Authorization",
                                TestTokens.platformOperator().bearer()))
                        .andExpect(jsonPath("$.components.outbox.status").value("UP"))
                        .andExpect(jsonPath("$.components.outbox.details.refused").value((int) (refusedBefore + 1)));
                mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components").doesNotExist());
            } finally {
                admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, null), AlterConfigOp.OpType.DELETE))))
                        .all().get();
            }
        }
    }

    private long refused() {
        return jdbc.sql("SELECT count(*) FROM outbox_refused").query(Long.class).single();
    }
}
