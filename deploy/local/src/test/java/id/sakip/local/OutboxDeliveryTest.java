package id.sakip.local;

import id.sakip.events.Topics;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.RealPostgres;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox holds an event while the broker is unreachable and delivers it once the broker is back. The planning
 * service runs as its own process, pointed from the start at a port where a real Kafka broker (the one the local run
 * uses) is started only after the write.
 */
class OutboxDeliveryTest {

    @TempDir
    static Path kafkaHome;

    private static final String DATABASE = "outbox_planning";
    private static ServiceProcess planning;
    private static KafkaBroker kafka;

    @BeforeAll
    static void startPlanningWithoutBroker() throws Exception {
        RealPostgres postgres = RealPostgres.get();
        postgres.database(DATABASE);
        int kafkaPort = Ports.anyFree();
        kafka = new KafkaBroker(Layout.find().kafkaClasspath(), kafkaHome, kafkaPort, Ports.anyFree());
        planning = ServiceProcess.start("planning-service", Layout.find().executableJar("planning-service"),
                Ports.anyFree(), List.of(
                        "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                        "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.kafka.bootstrap-servers=localhost:" + kafkaPort,
                        "--spring.kafka.admin.auto-create=false",
                        "--sakip.outbox.resubmit-interval=1s",
                        "--sakip.outbox.resubmit-min-age=1s",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                                + TestTokens.publicKeyPem()),
                Path.of("target/outbox-logs/planning-service.log"));
        planning.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopAll() {
        if (planning != null) {
            planning.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void anEventWrittenWhileTheBrokerIsAwayIsDeliveredWhenItIsBack() throws Exception {
        String planner = TestTokens.user("uji.outbox").opd("3574", "DINSOS-PPPA")
                .roles("ADMIN_PEMDA", "PERENCANA").jwt();
        var planningApi = new GatewayClient("http://localhost:" + planning.port(), () -> planner);
        planningApi.register("/api/v1/organisations/3574", "{\"name\":\"Kota Probolinggo\"}");
        planningApi.register("/api/v1/organisations/3574/opd/DINSOS-PPPA", "{\"name\":\"Dinas Sosial PPPA\"}");
        // the OPD's profile is an event too (OpdProfileChanged): it waits in the outbox as well
        long waiting = incompletePublications();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + planning.port() + "/api/v1/indicators"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + planner)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"pemdaCode":"3574","opdCode":"DINSOS-PPPA","name":"Indeks Pemberdayaan Gender (IDG)",
                         "unit":"indeks","polarity":"INCREASING","targets":[{"year":2024,"value":68.45}]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JsonMapper.builder().build().readTree(created.body()).get("id").asString();

        // the write is committed; its event waits in the outbox while every send fails
        assertThat(incompletePublications()).isEqualTo(waiting + 1);
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12))
                .until(() -> incompletePublications() == waiting + 1);
        // the failed send is recorded as such (FAILED, then RESUBMITTED when it is tried again), not left as if it
        // were still being sent
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses().matches(".*(FAILED|RESUBMITTED).*"));

        kafka.start(Duration.ofSeconds(120));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> incompletePublications() == 0);
        var records = new KafkaProbe(kafka.bootstrapServers())
                .readUntil(Topics.PLANNING_INDICATOR, Duration.ofSeconds(30), r -> id.equals(r.key()));
        assertThat(records).anyMatch(r -> id.equals(r.key()));
        assertThat(records).allMatch(r -> id.equals(r.key()));
    }

    private static String statuses() throws Exception {
        return String.valueOf(single(
                "SELECT string_agg(status, ',') FROM event_publication WHERE completion_date IS NULL"));
    }

    private static long incompletePublications() throws Exception {
        return ((Number) single("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")).longValue();
    }

    private static Object single(String sql) throws Exception {
        RealPostgres postgres = RealPostgres.get();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(),
                postgres.password());
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
