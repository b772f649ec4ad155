package id.sakip.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local run: an embedded PostgreSQL (data kept in .data/postgres), a real Kafka broker in KRaft mode (data kept
 * in .data/kafka), the four services and the gateway, then the demo data. Ctrl-C stops everything. While it runs,
 * type {@code kafka stop}, {@code kafka start}, {@code status} or {@code quit}.
 */
public final class LocalPlatform {

    private final Layout layout = Layout.find();
    private final Path data;
    private EmbeddedPostgres postgres;
    private int pgPort;
    private KafkaBroker kafka;
    private Platform platform;
    private Settings settings;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private final List<String> extraArguments;
    private final Path usersFile;

    LocalPlatform(Path data) {
        this(data, List.of(), null);
    }

    /**
     * With settings every process gets besides the local run's own ({@code --key=value}), and a file of users the
     * identity provider knows besides its demo users (or null).
     */
    LocalPlatform(Path data, List<String> extraArguments, Path usersFile) {
        this.data = data;
        this.extraArguments = List.copyOf(extraArguments);
        this.usersFile = usersFile;
    }

    /**
     * Data of a suite's own: {@code SAKIP_DATA_DIR} when set, else {@code .data-<suite>} beside the local run's
     * {@code .data}; emptied, so every run starts from nothing and never touches the local run's data.
     */
    static Path freshData(String suite) throws IOException {
        Layout layout = Layout.find();
        Path data = System.getenv("SAKIP_DATA_DIR") != null ? layout.dataDir()
                : layout.dataDir().resolveSibling(".data-" + suite);
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(data);
        return data;
    }

    /** A platform for a suite on {@code data}, stopped when the suite's JVM ends however it ends. */
    static LocalPlatform forSuite(Path data, List<String> extraArguments, Path usersFile) {
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        LocalPlatform local = new LocalPlatform(data, extraArguments, usersFile);
        Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "sakip-suite-shutdown"));
        return local;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        LocalPlatform local = new LocalPlatform(Layout.find().dataDir());
        Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "sakip-shutdown"));
        try {
            local.start();
        } catch (Exception e) {
            System.err.println();
            System.err.println("SAKIP could not start: " + e.getMessage());
            System.exit(1);
        }
        local.commands();
        local.stopped.await();
    }

    void start() throws Exception {
        long started = System.nanoTime();
        pgPort = Settings.env("SAKIP_PG_PORT", 15432);
        int kafkaPort = Settings.env("SAKIP_KAFKA_PORT", 19092);
        int controllerPort = Settings.env("SAKIP_KAFKA_CONTROLLER_PORT", 19093);
        settings = Settings.fromEnvironment("localhost:" + kafkaPort, data);
        if (usersFile != null) {
            settings = settings.withUsers(usersFile);
        }
        requireFree("PostgreSQL", pgPort, "SAKIP_PG_PORT");
        requireFree("Kafka", kafkaPort, "SAKIP_KAFKA_PORT");
        requireFree("Kafka controller", controllerPort, "SAKIP_KAFKA_CONTROLLER_PORT");
        requireFree("the gateway", settings.gatewayPort(), "SAKIP_GATEWAY_PORT");
        requireFree("the identity provider", settings.identity().port(), "SAKIP_IDP_PORT");
        for (Platform.Service service : settings.services()) {
            requireFree(service.module(), service.port(),
                    "SAKIP_" + service.database().toUpperCase() + "_PORT");
        }
        System.out.println("SAKIP local platform, data in " + data);

        System.out.println("- PostgreSQL (embedded) on port " + pgPort);
        startPostgres();
        createDatabases(settings);

        System.out.println("- Kafka (KRaft) on port " + kafkaPort);
        kafka = new KafkaBroker(layout.kafkaClasspath(), data.resolve("kafka"), kafkaPort, controllerPort);
        kafka.start(Duration.ofSeconds(120));

        System.out.println("- services");
        platform = new Platform(); // assigned before starting, so that Ctrl-C now stops what has started
        List<String> arguments = new java.util.ArrayList<>(List.of("--logging.structured.format.console=ecs"));
        arguments.addAll(extraArguments);
        platform.startAll(layout, settings, data.resolve("logs"), arguments);

        System.out.println("- demo data");
        try {
            int created = DemoData.local(settings.gatewayUrl(), settings.identity().issuer()).load();
            System.out.println(created == 0 ? "  already loaded" : "  " + created + " records created");
        } catch (Exception e) {
            // the platform works without the demo data; the next start tries again to load what is missing
            System.out.println("  NOT loaded: " + e.getMessage() + " (see the logs; the next start tries again)");
        }

        System.out.println();
        System.out.printf("All healthy in %d s. SAKIP is at %s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), settings.gatewayUrl());
        System.out.println("  gateway        " + settings.gatewayUrl() + "/actuator/health");
        System.out.println("  sign-in        " + settings.identity().issuer() + "  (demo users: README, password "
                + System.getenv().getOrDefault("SAKIP_DEMO_PASSWORD", Tokens.DEMO_PASSWORD) + ")");
        System.out.println("  a token        ./run-local.sh token operator.rehsos");
        for (Platform.Service service : settings.services()) {
            System.out.printf("  %-20s http://localhost:%d  (OpenAPI: /v3/api-docs)%n", service.module(),
                    service.port());
        }
        System.out.println("  PostgreSQL     " + settings.jdbcUrl("<planning|measurement|budget|reporting|evaluation>")
                + " (user postgres)");
        System.out.println("  Kafka          " + kafka.bootstrapServers());
        System.out.println("  logs           " + data.resolve("logs"));
        System.out.println("Commands: kafka stop | kafka start | status | quit   (Ctrl-C also stops everything)");
    }

    private void commands() {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    try {
                        handle(line.strip());
                    } catch (Exception e) {
                        System.out.println("'" + line.strip() + "' failed: " + e.getMessage());
                    }
                }
            } catch (Exception e) {
                System.err.println("command input closed: " + e.getMessage());
            }
        }, "sakip-commands");
        reader.setDaemon(true);
        reader.start();
    }

    private void handle(String command) throws Exception {
        switch (command) {
            case "" -> { }
            case "kafka stop" -> {
                kafka.stop();
                System.out.println("Kafka stopped. Writes keep working; their events wait in each service's outbox.");
            }
            case "kafka start" -> {
                kafka.start(Duration.ofSeconds(120));
                System.out.println("Kafka started. Waiting events are sent within about half a minute.");
            }
            case "status" -> {
                System.out.println("  kafka " + (kafka.running() ? "running" : "stopped"));
                for (ServiceProcess process : platform.processes()) {
                    System.out.println("  " + process.name() + " " + (process.ready() ? "ready"
                            : process.alive() ? "not ready" : "stopped") + " (port " + process.port() + ", pid "
                            + process.pid() + ", restarts " + process.restarts()
                            + (process.restarts() > 0 ? ", last exit " + process.exitCode() : "") + ")");
                }
            }
            case "quit", "exit", "stop" -> System.exit(0);
            default -> System.out.println("Unknown command. Use: kafka stop | kafka start | status | quit");
        }
    }

    private void startPostgres() throws java.io.IOException {
        Path pgData = data.resolve("postgres");
        Files.createDirectories(pgData);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(pgPort)
                .setRegisterShutdownHook(false) // stopped by this launcher, after the services that use it
                .start();
    }

    /** Stops PostgreSQL (the services lose their connections), waits, and starts it again on its data. */
    void restartPostgres(Duration away) throws Exception {
        postgres.close();
        Thread.sleep(away.toMillis());
        startPostgres();
    }

    KafkaBroker kafka() {
        return kafka;
    }

    Platform platform() {
        return platform;
    }

    Settings settings() {
        return settings;
    }

    synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        System.out.println("Stopping SAKIP ...");
        if (platform != null) {
            platform.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        System.out.println("Stopped. Data kept in " + data);
        stopped.countDown();
    }

    private void createDatabases(Settings settings) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            for (Platform.Service service : settings.services()) {
                var check = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                check.setString(1, service.database());
                if (!check.executeQuery().next()) {
                    admin.createStatement().execute("CREATE DATABASE " + service.database());
                }
            }
        }
    }

    private static void requireFree(String what, int port, String variable) {
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is already in use. Stop the "
                    + "program using it (is SAKIP already running?) or set " + variable + " to a free port.");
        }
    }
}
