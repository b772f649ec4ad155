package id.sakip.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fuzz suite: starts the local platform on data of its own ({@code .data-fuzz}, emptied first, with the demo
 * data), reads the four services' OpenAPI documents and sends {@code requests} (10,000 unless given) malformed,
 * boundary and hostile requests through the gateway ({@link ApiFuzzer}), signed in as the demo loader (the seed
 * agency's administrator, planner, operator and finance officer) or not at all. Counts the answers by status; a 5xx,
 * an answer that is not a problem of the platform, or a batch of 100 refused requests after which a service's data
 * differ (row counts and versions of its own tables) fails the run. Run with {@code ./run-local.sh fuzz [requests]}
 * (the local run stopped); prints a Markdown summary for docs/reliability.md.
 */
public final class FuzzSuite {

    private static final int BATCH = 100;
    /** Platform tables that change on their own (the outbox, idempotency, who wrote). */
    private static final List<String> NOT_DATA = List.of("event_publication", "processed_event", "actor",
            "outbox_refused", "flyway_schema_history");

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path data = LocalPlatform.freshData("fuzz");
        // the gateway's rate limit would answer most of a fast run with 429 before any check of the services
        LocalPlatform local = LocalPlatform.forSuite(data, List.of("--sakip.gateway.rate-limit.per-second=1000",
                "--sakip.gateway.rate-limit.burst=2000"), null);
        int exit = 1;
        try {
            local.start();
            Settings settings = local.settings();
            Summary summary = run(settings, requests, java.time.Duration.ZERO);
            System.out.println();
            System.out.println(summary.markdown());
            Files.writeString(data.resolve("fuzz-suite.md"), summary.markdown());
            exit = summary.passed() ? 0 : 2;
        } finally {
            local.stop();
        }
        System.exit(exit);
    }

    /** Whether the run passed, and what it saw in Markdown. */
    record Summary(boolean passed, String markdown) {
    }

    /**
     * The run itself, on any platform whose services and databases {@code settings} name.
     *
     * @param pause between two requests (to stay under the gateway's rate limit where it is not raised)
     */
    static Summary run(Settings settings, int requests, java.time.Duration pause) throws Exception {
        ApiFuzzer fuzzer = new ApiFuzzer(settings.gatewayUrl(), Tokens.refreshing(settings.identity().issuer(),
                DemoData.CLIENT, System.getenv().getOrDefault("SAKIP_DEMO_LOADER_SECRET", "demo-loader-local")),
                20_261_201L, pause);
        for (Platform.Service service : settings.services()) {
            fuzzer.describe("http://localhost:" + service.port() + "/v3/api-docs");
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int serverErrors = 0;
        int notProblems = 0;
        int writes = 0;
        int changedByRefused = 0;
        List<String> examples = new ArrayList<>();
        long started = System.nanoTime();
        for (int sent = 0; sent < requests; sent += BATCH) {
            String before = settled(settings);
            ApiFuzzer.Report report = fuzzer.run(Math.min(BATCH, requests - sent));
            report.byStatus().forEach((status, n) -> byStatus.merge(status, n, Integer::sum));
            serverErrors += report.serverErrors();
            notProblems += report.notProblems();
            writes += report.successfulWrites();
            report.examples().stream().limit(Math.max(0, 20 - examples.size())).forEach(examples::add);
            if (report.successfulWrites() == 0 && !fingerprint(settings).equals(before)) {
                changedByRefused++;
                examples.add("batch from request " + sent + ": data changed although every write was refused");
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        boolean failed = serverErrors > 0 || notProblems > 0 || changedByRefused > 0;
        StringBuilder summary = new StringBuilder();
        summary.append("%,d requests over %d operations in %d s: %s%n%n".formatted(requests, fuzzer.operations(),
                seconds, failed ? "FAILED" : "passed"));
        summary.append("| status | answers |\n|---:|---:|\n");
        byStatus.forEach((status, n) -> summary.append("| %d | %,d |%n".formatted(status, n)));
        summary.append("%nanswers 5xx: %d; answers that are not a platform problem: %d; writes that succeeded: %d; "
                .formatted(serverErrors, notProblems, writes));
        summary.append("batches of refused requests that changed data: %d%n".formatted(changedByRefused));
        examples.forEach(e -> summary.append("- ").append(e).append('\n'));
        return new Summary(!failed, summary.toString());
    }

    /**
     * The fingerprint once nothing moves any more: a write that succeeded in the batch before may still be on its
     * way into the read models, which must not count against the next batch.
     */
    private static String settled(Settings settings) throws SQLException, InterruptedException {
        String last = fingerprint(settings);
        for (int i = 0; i < 20; i++) {
            Thread.sleep(1500);
            String now = fingerprint(settings);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Row counts (and the sum of versions where there is one) of every service's own tables. */
    static String fingerprint(Settings settings) throws SQLException {
        StringBuilder print = new StringBuilder();
        for (Platform.Service service : settings.services()) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(service.database()),
                    settings.dbUser(), settings.dbPassword()); Statement statement = connection.createStatement()) {
                List<String[]> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("""
                        SELECT t.table_name, bool_or(c.column_name = 'version')
                        FROM information_schema.tables t JOIN information_schema.columns c
                          ON c.table_schema = t.table_schema AND c.table_name = t.table_name
                        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                        GROUP BY t.table_name ORDER BY t.table_name""")) {
                    while (rows.next()) {
                        if (!NOT_DATA.contains(rows.getString(1))) {
                            tables.add(new String[] {rows.getString(1), String.valueOf(rows.getBoolean(2))});
                        }
                    }
                }
                for (String[] table : tables) {
                    String sql = "SELECT count(*)" + (table[1].equals("true") ? " || '/' || coalesce(sum(version), 0)"
                            : "") + " FROM \"" + table[0] + "\"";
                    try (ResultSet row = statement.executeQuery(sql)) {
                        row.next();
                        print.append(service.database()).append('.').append(table[0]).append('=')
                                .append(row.getString(1)).append(' ');
                    }
                }
            }
        }
        return print.toString();
    }

    private FuzzSuite() {
    }
}
