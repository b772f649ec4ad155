package id.sakip.local;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The fault suite: starts the local platform on data of its own ({@code .data-faults}, emptied first), then, under a
 * steady write load through the gateway, kills each service (SIGKILL), stops the broker and restarts PostgreSQL, each
 * in the middle of the load, and afterwards compares what every caller was told with what every store holds.
 * <p>
 * The load: two writers, each in turn defining a program in the plan tree (planning; budget's and reporting's
 * replicas of the tree) and an indicator (planning; measurement's catalog, reporting's read model), every one with a
 * text of its own, one request at a time with a 10 s limit. Per fault: acknowledged (201), refused (any other
 * answer, or no connection at all), timed out (no answer, or a connection broken mid-request); then, once every store has settled: <b>lost</b> (acknowledged, or timed out and
 * kept by planning, but missing from a store), <b>doubled</b> (a text held twice by a store), <b>phantom</b> (refused
 * but held somewhere). Run with {@code ./run-local.sh faults} (the local run must not be running: the suite uses its
 * ports); prints a Markdown table for docs/reliability.md and writes it to {@code .data-faults/fault-suite.md}.
 */
public final class FaultSuite {

    private static final String PEMDA = "3574";
    private static final String OPD = "DINSOS-PPPA";
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final Duration FAULT_AT = Duration.ofSeconds(15);
    private static final Duration SETTLE = Duration.ofMinutes(4);

    private final LocalPlatform local;
    private final Supplier<String> token;
    private final String gateway;
    // a write unanswered in 10 s counts as timed out (and is looked for afterwards)
    private final GatewayClient client;
    private final AtomicInteger codes = new AtomicInteger();
    private String sasaran;

    private FaultSuite(LocalPlatform local) {
        this.local = local;
        this.gateway = local.settings().gatewayUrl();
        this.token = Tokens.refreshing(local.settings().identity().issuer(), DemoData.CLIENT,
                System.getenv().getOrDefault("SAKIP_DEMO_LOADER_SECRET", "demo-loader-local"));
        this.client = new GatewayClient(gateway, token, Duration.ofSeconds(10));
    }

    /** What one write was told. */
    private enum Outcome { ACKNOWLEDGED, REFUSED, TIMED_OUT }

    /** One write: program or indicator, its unique text, and what its caller was told. */
    private record Write(boolean program, String text, Outcome outcome, int status) {
    }

    /** A fault, injected after {@link #FAULT_AT} of load. */
    private record Fault(String name, Injection injection) {
    }

    @FunctionalInterface
    private interface Injection {
        void inject(FaultSuite suite) throws Exception;
    }

    /** One fault's counts. */
    private record Result(String fault, int acknowledged, int refused, int timedOut, int timedOutKept, int lost,
            int doubled, int phantom, long settledSeconds, List<String> examples) {
    }

    public static void main(String[] args) throws Exception {
        Path data = LocalPlatform.freshData("faults");
        LocalPlatform local = LocalPlatform.forSuite(data, List.of(), null);
        int exit = 1;
        try {
            local.start();
            FaultSuite suite = new FaultSuite(local);
            List<Result> results = suite.run(List.of(
                    new Fault("planning-service killed (SIGKILL)", s -> s.kill("planning-service")),
                    new Fault("measurement-service killed (SIGKILL)", s -> s.kill("measurement-service")),
                    new Fault("budget-service killed (SIGKILL)", s -> s.kill("budget-service")),
                    new Fault("reporting-service killed (SIGKILL)", s -> s.kill("reporting-service")),
                    new Fault("gateway killed (SIGKILL)", s -> s.kill("gateway")),
                    new Fault("Kafka broker stopped for 20 s", s -> s.brokerAway(Duration.ofSeconds(20))),
                    new Fault("PostgreSQL restarted (away 10 s)", s -> s.local.restartPostgres(Duration.ofSeconds(10)))));
            String table = table(results);
            System.out.println();
            System.out.println(table);
            Files.writeString(data.resolve("fault-suite.md"), table);
            exit = results.stream().allMatch(r -> r.lost() == 0 && r.doubled() == 0 && r.phantom() == 0) ? 0 : 2;
        } finally {
            local.stop();
        }
        System.exit(exit);
    }

    private List<Result> run(List<Fault> faults) throws Exception {
        sasaran = setUp();
        List<Result> results = new ArrayList<>();
        for (Fault fault : faults) {
            System.out.println();
            System.out.println("== " + fault.name());
            results.add(run(fault));
            awaitAllReady();
        }
        return results;
    }

    /** A tujuan and a sasaran of the seed's OPD for the programs and indicators to hang under. */
    private String setUp() throws Exception {
        String tujuan = created(post("/api/v1/plan/nodes", """
                {"pemdaCode":"%s","opdCode":"%s","kind":"TUJUAN","text":"Tujuan uji gangguan"}"""
                .formatted(PEMDA, OPD)));
        return created(post("/api/v1/plan/nodes", """
                {"pemdaCode":"%s","opdCode":"%s","kind":"SASARAN","parentId":"%s","text":"Sasaran uji gangguan"}"""
                .formatted(PEMDA, OPD, tujuan)));
    }

    private Result run(Fault fault) throws Exception {
        String tag = "uji-gangguan " + fault.name().split(" ")[0] + " " + Instant.now().getEpochSecond();
        ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        Instant end = Instant.now().plus(LOAD);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                int n = 0;
                while (Instant.now().isBefore(end)) {
                    writes.add(write(n % 2 == 0, tag + " " + writer + "-" + n));
                    n++;
                    sleep(100);
                }
            }, "fault-writer-" + w);
            thread.start();
            writers.add(thread);
        }
        Thread.sleep(FAULT_AT.toMillis());
        System.out.println("  injecting after " + FAULT_AT.toSeconds() + " s of load");
        fault.injection().inject(this);
        for (Thread thread : writers) {
            thread.join();
        }
        System.out.println("  load over: " + writes.size() + " writes; waiting for every store to settle");
        return reconcile(fault.name(), tag, List.copyOf(writes));
    }

    private Write write(boolean program, String text) {
        String body = program
                ? """
                {"pemdaCode":"%s","opdCode":"%s","kind":"PROGRAM","parentId":"%s","code":"%s","text":"%s"}"""
                .formatted(PEMDA, OPD, sasaran, nextCode(), text)
                : """
                {"pemdaCode":"%s","opdCode":"%s","planNodeId":"%s","name":"%s","unit":"%%","polarity":"INCREASING"}"""
                .formatted(PEMDA, OPD, sasaran, text);
        try {
            HttpResponse<String> response = post(program ? "/api/v1/plan/nodes" : "/api/v1/indicators", body);
            return new Write(program, text, response.statusCode() == 201 ? Outcome.ACKNOWLEDGED : Outcome.REFUSED,
                    response.statusCode());
        } catch (java.net.ConnectException e) {
            // nothing listened (the gateway was down): the write never left this machine's socket
            return new Write(program, text, Outcome.REFUSED, -1);
        } catch (IOException e) {
            // no answer, or the connection broke mid-request: the caller cannot know whether it was kept
            return new Write(program, text, Outcome.TIMED_OUT, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Write(program, text, Outcome.TIMED_OUT, 0);
        } catch (RuntimeException e) {
            // no token while the identity provider or the gateway is away: the write was never sent
            return new Write(program, text, Outcome.REFUSED, -1);
        }
    }

    /** A program code of its own (9.BB.PP, never the seed's). */
    private String nextCode() {
        int n = codes.getAndIncrement();
        return "9.%02d.%02d".formatted(n / 100 % 100, n % 100);
    }

    /**
     * Waits until every acknowledged write (and every timed-out one planning kept) is in every store, or
     * {@link #SETTLE} has passed, then counts.
     */
    private Result reconcile(String fault, String tag, List<Write> writes) throws Exception {
        Instant started = Instant.now();
        Map<String, Map<String, Integer>> held;
        int missing;
        do {
            Thread.sleep(3000);
            held = held(tag);
            missing = 0;
            for (Write write : writes) {
                boolean kept = count(held, "planning", write) > 0;
                if (write.outcome() == Outcome.ACKNOWLEDGED || write.outcome() == Outcome.TIMED_OUT && kept) {
                    for (String store : stores(write)) {
                        missing += count(held, store, write) == 0 ? 1 : 0;
                    }
                }
            }
        } while (missing > 0 && Duration.between(started, Instant.now()).compareTo(SETTLE) < 0);
        long settled = Duration.between(started, Instant.now()).toSeconds();

        int acknowledged = 0;
        int refused = 0;
        int timedOut = 0;
        int timedOutKept = 0;
        int lost = 0;
        int doubled = 0;
        int phantom = 0;
        List<String> examples = new ArrayList<>();
        for (Write write : writes) {
            boolean kept = count(held, "planning", write) > 0;
            switch (write.outcome()) {
                case ACKNOWLEDGED -> acknowledged++;
                case REFUSED -> refused++;
                case TIMED_OUT -> {
                    timedOut++;
                    timedOutKept += kept ? 1 : 0;
                }
            }
            boolean shouldBeEverywhere = write.outcome() == Outcome.ACKNOWLEDGED
                    || write.outcome() == Outcome.TIMED_OUT && kept;
            for (String store : stores(write)) {
                int copies = count(held, store, write);
                if (shouldBeEverywhere && copies == 0) {
                    lost++;
                    example(examples, "lost in " + store + ": " + write);
                }
                if (copies > 1) {
                    doubled++;
                    example(examples, copies + " copies in " + store + ": " + write);
                }
                if (write.outcome() == Outcome.REFUSED && copies > 0) {
                    phantom++;
                    example(examples, "phantom in " + store + ": " + write);
                }
            }
        }
        Result result = new Result(fault, acknowledged, refused, timedOut, timedOutKept, lost, doubled, phantom,
                settled, examples);
        System.out.printf("  acknowledged %d, refused %d, timed out %d (%d kept); lost %d, doubled %d, phantom %d;"
                        + " settled in %d s%n", acknowledged, refused, timedOut, timedOutKept, lost, doubled, phantom,
                settled);
        examples.forEach(e -> System.out.println("    " + e));
        return result;
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 5) {
            examples.add(example);
        }
    }

    private static List<String> stores(Write write) {
        return write.program() ? List.of("planning", "budget", "reporting")
                : List.of("planning", "measurement", "reporting");
    }

    private static int count(Map<String, Map<String, Integer>> held, String store, Write write) {
        String key = store + (write.program() ? "/program" : "/indicator");
        return held.getOrDefault(key, Map.of()).getOrDefault(write.text(), 0);
    }

    /** Per store and kind, how many rows hold each text of this fault's writes. */
    private Map<String, Map<String, Integer>> held(String tag) throws SQLException {
        Map<String, Map<String, Integer>> held = new LinkedHashMap<>();
        held.put("planning/program", texts("planning", "SELECT text FROM plan_node WHERE text LIKE ?", tag));
        held.put("planning/indicator", texts("planning", "SELECT name FROM indicator WHERE name LIKE ?", tag));
        held.put("budget/program", texts("budget", "SELECT text FROM plan_node WHERE text LIKE ?", tag));
        held.put("measurement/indicator", texts("measurement", "SELECT name FROM catalog_indicator WHERE name LIKE ?",
                tag));
        held.put("reporting/program", texts("reporting", "SELECT text FROM rpt_plan_node WHERE text LIKE ?", tag));
        held.put("reporting/indicator", texts("reporting", "SELECT name FROM rpt_indicator WHERE name LIKE ?", tag));
        return held;
    }

    private Map<String, Integer> texts(String database, String sql, String tag) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Settings settings = local.settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(database), settings.dbUser(),
                settings.dbPassword()); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, tag + " %");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.merge(rows.getString(1), 1, Integer::sum);
                }
            }
        } catch (SQLException e) {
            // PostgreSQL is still coming back: nothing is known yet, the next round reads again
            System.out.println("  (" + database + " not readable yet: " + e.getMessage() + ")");
            return counts;
        }
        return counts;
    }

    private void kill(String name) {
        ServiceProcess process = local.platform().processes().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow();
        long pid = process.pid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        System.out.println("  killed " + name + " (pid " + pid + ")");
    }

    private void brokerAway(Duration away) throws Exception {
        local.kafka().stop();
        System.out.println("  broker stopped");
        Thread.sleep(away.toMillis());
        local.kafka().start(Duration.ofSeconds(120));
        System.out.println("  broker started");
    }

    private void awaitAllReady() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (local.platform().processes().stream().allMatch(ServiceProcess::ready)) {
                return;
            }
            sleep(1000);
        }
        throw new IllegalStateException("the platform did not come back within 4 minutes");
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.raw("POST", path, body);
    }

    private static String created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("set-up write answered " + response.statusCode() + ": " + response.body());
        }
        int at = response.body().indexOf("\"id\":\"") + 6;
        return response.body().substring(at, response.body().indexOf('"', at));
    }

    private static String table(List<Result> results) {
        StringBuilder table = new StringBuilder("""
                | fault | acknowledged | refused | timed out (kept) | lost | doubled | phantom | settled in |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (Result r : results) {
            table.append("| %s | %d | %d | %d (%d) | %d | %d | %d | %d s |%n".formatted(r.fault(), r.acknowledged(),
                    r.refused(), r.timedOut(), r.timedOutKept(), r.lost(), r.doubled(), r.phantom(),
                    r.settledSeconds()));
        }
        return table.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
