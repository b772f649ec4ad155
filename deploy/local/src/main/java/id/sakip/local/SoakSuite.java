package id.sakip.local;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The soak: a Pemda's quarter-end for {@code minutes} (60 unless given) on a platform of its own ({@code .data-soak}).
 * Each of {@code opd} OPD (40 unless given) has an operator and a Kepala Bidang of its bidang and a Kepala OPD, who at
 * once, OPD by OPD, enter each of five indicators' realisation for a period, submit it, verify it and approve the
 * period, period after period (2020Q1 onwards), paced so the periods fill the time. Every answer other than the one
 * the step expects is an error; the memory of every process (resident set) is read every minute. Run with
 * {@code ./run-local.sh soak [minutes] [opd]} (the local run stopped); prints a Markdown summary for
 * docs/reliability.md.
 */
public final class SoakSuite {

    private static final String PEMDA = "3574";
    private static final String BIDANG = "REHSOS";
    private static final int INDICATORS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocalPlatform local;
    private final String gateway;
    private final String idp;
    // every user's requests go through one client, each with its own token
    private final GatewayClient client;
    private final Map<String, String[]> tokens = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, Integer> errors = Collections.synchronizedMap(new TreeMap<>());
    private final List<String> errorExamples = Collections.synchronizedList(new ArrayList<>());

    private SoakSuite(LocalPlatform local) {
        this.local = local;
        this.gateway = local.settings().gatewayUrl();
        this.client = new GatewayClient(gateway, () -> {
            throw new IllegalStateException("the soak names the user of every request");
        });
        this.idp = local.settings().identity().issuer();
    }

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int opd = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path data = LocalPlatform.freshData("soak");
        Path users = data.resolve("soak-users.json");
        Files.writeString(users, users(opd));
        LocalPlatform local = LocalPlatform.forSuite(data, List.of(), users);
        int exit = 1;
        try {
            local.start();
            String summary = new SoakSuite(local).run(Duration.ofMinutes(minutes), opd);
            System.out.println();
            System.out.println(summary);
            Files.writeString(data.resolve("soak.md"), summary);
            exit = 0;
        } finally {
            local.stop();
        }
        System.exit(exit);
    }

    private static String opdCode(int i) {
        return "SOAK-%02d".formatted(i);
    }

    /** Per OPD an operator and a Kepala Bidang of its bidang, and a Kepala OPD who also plans. */
    private static String users(int opd) {
        List<String> users = new ArrayList<>();
        for (int i = 1; i <= opd; i++) {
            String code = opdCode(i);
            users.add("""
                    {"username":"soak.op.%1$d","name":"Operator %2$s","pemda":"%3$s","opd":"%2$s","bidang":"%4$s",
                     "roles":["OPERATOR"]}""".formatted(i, code, PEMDA, BIDANG));
            users.add("""
                    {"username":"soak.kabid.%1$d","name":"Kabid %2$s","pemda":"%3$s","opd":"%2$s","bidang":"%4$s",
                     "roles":["KEPALA_BIDANG"]}""".formatted(i, code, PEMDA, BIDANG));
            users.add("""
                    {"username":"soak.kadis.%1$d","name":"Kadis %2$s","pemda":"%3$s","opd":"%2$s",
                     "roles":["KEPALA_OPD","PERENCANA"]}""".formatted(i, code, PEMDA));
        }
        return "[" + String.join(",\n", users) + "]";
    }

    private String run(Duration length, int opd) throws Exception {
        List<List<String>> indicators = setUp(opd);
        List<String> periods = new ArrayList<>();
        for (int year = 2020; year <= 2026; year++) {
            for (int q = 1; q <= 4; q++) {
                periods.add(year + "Q" + q);
            }
        }
        Duration perPeriod = length.dividedBy(periods.size());
        Instant started = Instant.now();
        Map<String, List<Long>> memory = new TreeMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample(memory);
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-memory");
        sampler.setDaemon(true);
        sampler.start();
        List<Thread> agencies = new ArrayList<>();
        for (int i = 1; i <= opd; i++) {
            int n = i;
            Thread thread = new Thread(() -> {
                for (int p = 0; p < periods.size(); p++) {
                    Instant due = started.plus(perPeriod.multipliedBy(p));
                    sleepUntil(due);
                    quarterEnd(n, periods.get(p), indicators.get(n - 1));
                }
            }, "soak-" + opdCode(i));
            thread.start();
            agencies.add(thread);
        }
        for (Thread thread : agencies) {
            thread.join();
        }
        sampler.interrupt();
        sample(memory);
        return summary(Duration.between(started, Instant.now()), opd, periods.size(), memory);
    }

    /** The OPD with their bidang, each with five indicators of the bidang with a target every year. */
    private List<List<String>> setUp(int opd) throws Exception {
        String admin = Tokens.client(idp, DemoData.CLIENT, System.getenv().getOrDefault("SAKIP_DEMO_LOADER_SECRET",
                "demo-loader-local"));
        List<List<String>> indicators = new ArrayList<>();
        for (int i = 1; i <= opd; i++) {
            String code = opdCode(i);
            expect(send(admin, "PUT", "/api/v1/organisations/" + PEMDA + "/opd/" + code,
                    "{\"name\":\"Dinas Uji " + i + "\"}", null), 201, "register " + code);
            expect(send(admin, "PUT", "/api/v1/organisations/" + PEMDA + "/opd/" + code + "/bidang/" + BIDANG,
                    "{\"name\":\"Rehabilitasi Sosial\"}", null), 201, "register its bidang");
            List<String> ids = new ArrayList<>();
            StringBuilder targets = new StringBuilder();
            for (int year = 2020; year <= 2026; year++) {
                targets.append(targets.isEmpty() ? "" : ",").append("{\"year\":").append(year).append(",\"value\":90}");
            }
            for (int k = 1; k <= INDICATORS; k++) {
                HttpResponse<String> created = send(token("soak.kadis." + i), "POST", "/api/v1/indicators", """
                        {"pemdaCode":"%s","opdCode":"%s","bidangCode":"%s","name":"Persentase layanan %d","unit":"%%",
                         "polarity":"INCREASING","targets":[%s]}""".formatted(PEMDA, code, BIDANG, k, targets), null);
                expect(created, 201, "define an indicator");
                ids.add(JSON.readTree(created.body()).get("id").asString());
            }
            indicators.add(ids);
        }
        System.out.println("  " + opd + " OPD with " + INDICATORS + " indicators each; waiting for measurement");
        Thread.sleep(20_000);
        return indicators;
    }

    /** One OPD's period: every indicator entered and submitted, verified, then the period approved. */
    private void quarterEnd(int opd, String period, List<String> indicators) {
        String operator = "soak.op." + opd;
        String kabid = "soak.kabid." + opd;
        List<String> realisations = new ArrayList<>();
        for (String indicator : indicators) {
            HttpResponse<String> recorded = timed("record", operator, "POST", "/api/v1/realizations", """
                    {"indicatorId":"%s","period":"%s","value":%d}""".formatted(indicator, period,
                    80 + (int) (Math.random() * 20)), null, 201);
            if (recorded == null) {
                continue;
            }
            String id = JSON.readTree(recorded.body()).get("id").asString();
            if (timed("submit", operator, "POST", "/api/v1/realizations/" + id + "/submit", """
                    {"faktorPendorong":"Pendataan terpadu","faktorPenghambat":"Keterbatasan anggaran",
                     "tindakLanjut":"Koordinasi lintas bidang"}""", 1L, 200) != null) {
                realisations.add(id);
            }
        }
        for (String id : realisations) {
            timed("verify", kabid, "POST", "/api/v1/realizations/" + id + "/verify", "{\"note\":\"Sesuai\"}", 2L,
                    200);
        }
        timed("approve", "soak.kadis." + opd, "POST", "/api/v1/realization-periods/" + PEMDA + "/" + opdCode(opd)
                + "/" + period + "/approve", "{}", null, 200);
    }

    private HttpResponse<String> timed(String step, String user, String method, String path, String body,
            Long version, int expected) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = send(token(user), method, path, body, version);
            latencies.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - started);
            if (response.statusCode() != expected) {
                error(step + " " + response.statusCode(), step + " " + path + " -> " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(200, response.body().length())));
                return null;
            }
            return response;
        } catch (IOException | RuntimeException e) {
            error(step + " " + e.getClass().getSimpleName(), step + " " + path + ": " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void error(String kind, String example) {
        errors.merge(kind, 1, Integer::sum);
        if (errorExamples.size() < 10) {
            errorExamples.add(example);
        }
    }

    /** A user's token, signed in again after 20 minutes (tokens live 30). */
    private String token(String user) throws IOException, InterruptedException {
        String[] held = tokens.get(user);
        if (held == null || Instant.parse(held[1]).isBefore(Instant.now().minus(Duration.ofMinutes(20)))) {
            held = new String[] {Tokens.user(idp, user, System.getenv().getOrDefault("SAKIP_DEMO_PASSWORD",
                    Tokens.DEMO_PASSWORD)), Instant.now().toString()};
            tokens.put(user, held);
        }
        return held[0];
    }

    private HttpResponse<String> send(String token, String method, String path, String body, Long version)
            throws IOException, InterruptedException {
        return client.raw(method, path, body, version, token);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Each process's resident memory in MB, from /proc. */
    private void sample(Map<String, List<Long>> memory) {
        for (ServiceProcess process : local.platform().processes()) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        synchronized (memory) {
                            memory.computeIfAbsent(process.name(), n -> new ArrayList<>()).add(kb / 1024);
                        }
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // a process being restarted has no status for a moment
            }
        }
    }

    private String summary(Duration took, int opd, int periods, Map<String, List<Long>> memory) {
        StringBuilder summary = new StringBuilder("%d OPD x %d periods x %d indicators in %d min%n%n".formatted(opd,
                periods, INDICATORS, took.toMinutes()));
        summary.append("| step | requests | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        latencies.forEach((step, nanos) -> {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            summary.append("| %s | %,d | %d | %d | %d |%n".formatted(step, sorted.size(),
                    sorted.get(sorted.size() / 2) / 1_000_000, sorted.get((int) (sorted.size() * 0.95)) / 1_000_000,
                    sorted.get(sorted.size() - 1) / 1_000_000));
        });
        summary.append("\nerrors: ").append(errors.isEmpty() ? "none" : errors).append('\n');
        errorExamples.forEach(e -> summary.append("- ").append(e).append('\n'));
        summary.append("\n| process | resident MB at start | highest | at the end |\n|---|---:|---:|---:|\n");
        memory.forEach((process, mb) -> summary.append("| %s | %d | %d | %d |%n".formatted(process, mb.get(0),
                Collections.max(mb), mb.get(mb.size() - 1))));
        for (ServiceProcess process : local.platform().processes()) {
            summary.append("- %s restarts: %d%n".formatted(process.name(), process.restarts()));
        }
        return summary.toString();
    }

    private static void sleepUntil(Instant due) {
        long millis = Duration.between(Instant.now(), due).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
