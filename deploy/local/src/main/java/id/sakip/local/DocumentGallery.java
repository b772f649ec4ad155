package id.sakip.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Every document the platform makes for the demo agency, as a person would look at it: starts the platform on data
 * of its own ({@code .data-documents}, with the demo data), downloads each PDF and workbook through the gateway into
 * a folder ({@code target/documents} unless given) and turns each page into a PNG: PDFs with {@code pdftoppm},
 * workbooks through {@code libreoffice --headless} first (each tool only where it is installed; the files are kept
 * either way). Run with {@code ./run-local.sh documents [folder]} (the local run stopped). The main pages are kept
 * in {@code docs/documents/} for a reviewer.
 */
public final class DocumentGallery {

    private static final String PEMDA = "3574";
    private static final String OPD = "DINSOS-PPPA";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient gateway;
    private final Path folder;

    private DocumentGallery(String gateway, Supplier<String> token, Path folder) {
        // a whole city's workbook may take its time
        this.gateway = new GatewayClient(gateway, token, Duration.ofSeconds(120));
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/documents").toAbsolutePath();
        Files.createDirectories(folder);
        Path data = LocalPlatform.freshData("documents");
        LocalPlatform local = LocalPlatform.forSuite(data, List.of(), null);
        int exit = 1;
        try {
            local.start();
            Settings settings = local.settings();
            // the read models take the demo data in within seconds; a document asked for earlier would be thinner
            Thread.sleep(15_000);
            DocumentGallery gallery = new DocumentGallery(settings.gatewayUrl(), Tokens.refreshing(
                    settings.identity().issuer(), DemoData.CLIENT,
                    System.getenv().getOrDefault("SAKIP_DEMO_LOADER_SECRET", "demo-loader-local")), folder);
            List<String> made = gallery.run();
            System.out.println();
            made.forEach(line -> System.out.println("  " + line));
            System.out.println("Documents and their pages in " + folder);
            exit = 0;
        } finally {
            local.stop();
        }
        System.exit(exit);
    }

    private List<String> run() throws Exception {
        Map<String, String> documents = new LinkedHashMap<>();
        String opd = "pemdaCode=" + PEMDA + "&opdCode=" + OPD;
        documents.put("lkjip-2024.pdf", "/api/v1/reports/lkjip?" + opd + "&year=2024&format=pdf");
        documents.put("lkjip-2024-draf.pdf", "/api/v1/reports/lkjip?" + opd + "&year=2024&format=pdf&basis=all");
        documents.put("perjanjian-kinerja-2024.pdf", "/api/v1/reports/perjanjian-kinerja?" + opd
                + "&year=2024&format=pdf");
        for (int year : new int[] {2024, 2025}) {
            JsonNode versions = json("/api/v1/perjanjian-kinerja?" + opd + "&year=" + year);
            for (JsonNode version : versions == null ? JSON.createArrayNode() : versions) {
                documents.put("perjanjian-kinerja-" + year + "-v" + version.path("versionNo").asInt()
                        + ("DRAFT".equals(version.path("status").asString()) ? "-draf" : "") + ".pdf",
                        "/api/v1/perjanjian-kinerja/" + version.path("id").asString() + "/document");
            }
        }
        documents.put("rencana-aksi-2025.pdf", "/api/v1/rencana-aksi/" + PEMDA + "/" + OPD + "/2025/document");
        documents.put("rencana-aksi-2025.xlsx", "/api/v1/rencana-aksi/" + PEMDA + "/" + OPD
                + "/2025/document?format=xlsx");
        documents.put("pelaporan-kinerja-2024.xlsx", "/api/v1/reports/pelaporan-kinerja?" + opd
                + "&year=2024&format=xlsx");
        documents.put("evaluasi-renja-2024.xlsx", "/api/v1/reports/evaluasi-renja?" + opd + "&year=2024&format=xlsx");
        // every state, as the LKjIP draft: the demo's realisations are not approved
        documents.put("capaian-sasaran-2024-draf.xlsx", "/api/v1/reports/capaian-sasaran?" + opd
                + "&year=2024&basis=all&format=xlsx");
        documents.put("kota-2024.xlsx", "/api/v1/reports/city?pemdaCode=" + PEMDA + "&year=2024&format=xlsx");
        documents.put("kota-tabel-2024.xlsx", "/api/v1/reports/city/tables?pemdaCode=" + PEMDA
                + "&year=2024&format=xlsx");
        // the seed's internal evaluation, its result letter (the demo loader may read its own OPD's)
        JsonNode evaluations = json("/api/v1/evaluations?" + opd + "&year=2024");
        for (JsonNode evaluation : evaluations == null ? JSON.createArrayNode() : evaluations) {
            documents.put("lhe-2024.pdf", "/api/v1/evaluations/" + evaluation.path("id").asString() + "/lhe");
        }
        List<String> made = new ArrayList<>();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            HttpResponse<byte[]> answer = get(document.getValue());
            if (answer.statusCode() != 200) {
                String said = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)
                        .replaceAll("\\s+", " ");
                made.add(document.getKey() + ": not made (" + answer.statusCode() + " "
                        + said.substring(0, Math.min(160, said.length())) + ")");
                continue;
            }
            Path file = folder.resolve(document.getKey());
            Files.write(file, answer.body());
            made.add(document.getKey() + ": " + answer.body().length + " bytes, " + pages(file));
        }
        return made;
    }

    /** The file's pages as PNG beside it: how many, or why none. */
    private String pages(Path file) throws IOException, InterruptedException {
        Path pdf = file;
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            if (!run(folder, "libreoffice", "--headless", "--convert-to", "pdf", "--outdir", folder.toString(),
                    file.toString())) {
                return "no pages (libreoffice is not installed)";
            }
            pdf = folder.resolve(name.replace(".xlsx", ".xlsx.pdf"));
            Files.move(folder.resolve(name.replace(".xlsx", ".pdf")), pdf,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String prefix = pdf.toString().replaceAll("\\.pdf$", "");
        if (!run(folder, "pdftoppm", "-r", "70", "-png", pdf.toString(), prefix)) {
            return "no pages (pdftoppm is not installed)";
        }
        String base = Path.of(prefix).getFileName().toString();
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(base + "-")
                    && f.getFileName().toString().endsWith(".png")).count() + " page(s) as PNG";
        }
    }

    private static boolean run(Path folder, String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(180, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = get(path);
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return gateway.download(path);
    }
}
