package id.sakip.local;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the web application's pages as a signed-in person gets them, against a running local platform
 * (./run-local.sh with its demo data): signs in through the identity provider like a browser (session cookies,
 * redirects), then asks for each page one after the other and prints p50, p95 and the slowest time per page. The
 * time is the whole answer on localhost, so it includes the gateway's calls to the services. Requests are paced
 * under the gateway's per-person rate limit (20 a second by default), as a person's clicks are.
 * <pre>
 *   java -cp "deploy/local/target/sakip-local.jar:deploy/local/target/lib/*" id.sakip.local.PageBenchmark [rounds]
 * </pre>
 */
public final class PageBenchmark {

    /** Stands for the entry form of the first indicator the worksheet offers. */
    private static final String FIRST_ENTRY_FORM = "first entry form";
    private static final Pattern ENTRY_FORM = Pattern.compile("href=\"(/realisasi/[0-9a-f-]{36}/[0-9Q]+)\"");

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String gateway = System.getenv().getOrDefault("SAKIP_GATEWAY_URL", "http://localhost:8080");
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("kadis", List.of("/?tahun=2024", "/pohon-kinerja?tahun=2024", "/renstra?tahun=2024",
                "/perjanjian-kinerja?tahun=2025", "/rencana-aksi?tahun=2025", "/anggaran?tahun=2024",
                "/persetujuan?periode=2024", "/laporan?tahun=2024"));
        pagesByUser.put("operator.sekretariat", List.of("/realisasi?periode=2024", FIRST_ENTRY_FORM));
        pagesByUser.put("kabid.rehsos", List.of("/verifikasi?periode=2024"));
        pagesByUser.put("bappeda", List.of("/kota?tahun=2024", "/kota/DINSOS-PPPA?tahun=2024"));
        System.out.printf("%-34s %8s %8s %8s %6s%n", "page (user)", "p50 ms", "p95 ms", "max ms", "n");
        for (Map.Entry<String, List<String>> entry : pagesByUser.entrySet()) {
            HttpClient browser = signedIn(gateway, entry.getKey());
            for (String listed : entry.getValue()) {
                String page = listed.equals(FIRST_ENTRY_FORM) ? firstEntryForm(browser, gateway) : listed;
                for (int i = 0; i < 20; i++) {
                    paced(() -> fetch(browser, gateway + page));
                }
                long[] times = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    times[i] = paced(() -> fetch(browser, gateway + page));
                }
                Arrays.sort(times);
                System.out.printf("%-34s %8.1f %8.1f %8.1f %6d%n", page + " (" + entry.getKey() + ")",
                        times[rounds / 2] / 1e6, times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6,
                        times[rounds - 1] / 1e6, rounds);
            }
        }
    }

    private static String firstEntryForm(HttpClient browser, String gateway) throws IOException,
            InterruptedException {
        String worksheet = browser.send(get(URI.create(gateway + "/realisasi?periode=2024")),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher form = ENTRY_FORM.matcher(worksheet);
        if (!form.find()) {
            throw new IllegalStateException("The worksheet of 2024 offers no entry form");
        }
        return form.group(1);
    }

    interface Request {
        void send() throws IOException, InterruptedException;
    }

    /** Sends the request and returns its time in nanoseconds, at most one request every 70 ms. */
    private static long paced(Request request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        request.send();
        long took = System.nanoTime() - start;
        long rest = Duration.ofMillis(70).toNanos() - took;
        if (rest > 0) {
            Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
        }
        return took;
    }

    private static void fetch(HttpClient browser, String url) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("id=\"isi\"")) {
            throw new IllegalStateException(url + " answered " + page.statusCode() + " without its page");
        }
    }

    /** A cookie-keeping client signed in at the gateway as the person (the browser's redirects, followed by hand). */
    static HttpClient signedIn(String gateway, String user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        URI at = URI.create(gateway + "/");
        HttpResponse<String> response = http.send(get(at), HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 20; hop++) {
            if (response.statusCode() / 100 == 3) {
                at = at.resolve(response.headers().firstValue("Location").orElseThrow());
                response = http.send(get(at), HttpResponse.BodyHandlers.ofString());
                continue;
            }
            if (response.statusCode() == 200 && at.getPath().equals("/login")) {
                response = Tokens.signIn(http, at, response, user, Tokens.DEMO_PASSWORD);
                continue;
            }
            if (response.statusCode() == 200 && response.body().contains("id=\"isi\"")
                    && at.toString().startsWith(gateway)) {
                return http;
            }
            break;
        }
        throw new IllegalStateException("Signing in as " + user + " stopped at " + at + " (" + response.statusCode()
                + ")");
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }
}
