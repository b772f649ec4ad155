package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Impor: a Renstra or a Rencana Aksi workbook (the OPD's perencana) or a year's pagu (its keuangan), in the
 * templates' columns. The services take a workbook whole or not at all: a refusal names every bad row, which the
 * page lists; an import that succeeds says what it created.
 */
@Controller
class ImporController {

    private final Services services;

    ImporController(Services services) {
        this.services = services;
    }

    record Sasaran(String id, String text) {
    }

    /** What each import's form may pass on beside the file: nothing else of the request reaches the service. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "renstra", List.of("title"),
            "rencana-aksi", List.of("year", "sasaranId", "indikatorSasaran", "targetTw1", "targetTw2", "targetTw3",
                    "targetTw4"),
            "anggaran", List.of("year", "paguVersion", "legalReference", "legalDate"));

    @GetMapping("/impor")
    Mono<String> page(@AuthenticationPrincipal OidcUser principal, ServerWebExchange exchange, Model model) {
        return render(SakipUser.of(principal.getClaims()), null, Map.of(), Map.of(), null, null, exchange, model);
    }

    @PostMapping("/impor/{jenis}")
    Mono<String> upload(@AuthenticationPrincipal OidcUser principal, @PathVariable String jenis,
            ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        return exchange.getMultipartData().flatMap(parts -> {
            if (!FIELDS.containsKey(jenis) || user.opd() == null) {
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                return Mono.just(Pages.refused(model, "Halaman ini tidak ada."));
            }
            Map<String, String> entered = fields(parts, FIELDS.get(jenis));
            Part part = parts.getFirst("file");
            if (!(part instanceof FilePart file) || file.filename().isBlank()) {
                exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                return render(user, jenis, Map.of("file", "pilih berkas Excel (.xlsx)"), entered,
                        "Belum ada berkas yang dipilih.", null, exchange, model);
            }
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(switch (jenis) {
                case "renstra" -> "/api/v1/renstra/import";
                case "rencana-aksi" -> "/api/v1/rencana-aksi/import";
                default -> "/api/v1/budget/import";
            }).queryParam("pemdaCode", "{pemda}").queryParam("opdCode", "{opd}");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("pemda", user.pemda());
            values.put("opd", user.opd());
            entered.forEach((name, value) -> {
                if (!value.isBlank()) {
                    uri.queryParam(name, "{" + name + "}");
                    values.put(name, value.strip());
                }
            });
            Services.Service service = jenis.equals("anggaran") ? Services.Service.BUDGET : Services.Service.PLANNING;
            // every value expanded and encoded strictly ('+' and '&' included), never spliced into the address
            return services.upload(service, uri.encode().buildAndExpand(values).toUriString(), file).flatMap(result -> {
                if (result.ok()) {
                    return render(user, jenis, Map.of(), Map.of(), null, created(jenis, result.body()), exchange,
                            model);
                }
                exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                return render(user, jenis, result.errors(), entered, result.problem(), null, exchange, model);
            });
        });
    }

    @GetMapping("/impor/templat/{jenis}")
    Mono<ResponseEntity<byte[]>> template(@PathVariable String jenis) {
        int year = Year.now(Tampilan.WIB).getValue();
        return switch (jenis) {
            case "renstra" -> services.download(Services.Service.PLANNING, "/api/v1/renstra/import-template?startYear="
                    + year + "&endYear=" + (year + 4)).map(Pages::passOn);
            case "rencana-aksi" -> services.download(Services.Service.PLANNING, "/api/v1/rencana-aksi/import-template")
                    .map(Pages::passOn);
            case "anggaran" -> services.download(Services.Service.BUDGET, "/api/v1/budget/import-template")
                    .map(Pages::passOn);
            default -> Mono.just(Pages.passOn(new Services.Download(404, new org.springframework.http.HttpHeaders(),
                    "{\"detail\":\"Templat ini tidak ada.\"}".getBytes())));
        };
    }

    /**
     * The page with the forms the person's roles use; {@code errors} of the named import beside its fields or, for
     * a workbook's rows ("baris 7"), listed under it.
     */
    private Mono<String> render(SakipUser user, String jenis, Map<String, String> errors, Map<String, String> entered,
            String problem, String created, ServerWebExchange exchange, Model model) {
        model.addAttribute("halaman", "/impor");
        boolean plans = user.opd() != null && user.has(Role.PERENCANA);
        boolean budgets = user.opd() != null && user.has(Role.KEUANGAN);
        if (!plans && !budgets) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            return Mono.just(Pages.refused(model, "Impor dilakukan perencana OPD (Renstra, Rencana Aksi) atau "
                    + "pengelola keuangan OPD (pagu)."));
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> rowErrors = new ArrayList<>();
        errors.forEach((key, message) -> {
            if (key.startsWith("baris") || key.startsWith("lembar") || key.startsWith("kolom")) {
                rowErrors.add(key + ": " + message);
            } else {
                fieldErrors.put(key, message);
            }
        });
        int year = Year.now(Tampilan.WIB).getValue();
        model.addAttribute("rencana", plans);
        model.addAttribute("keuangan", budgets);
        model.addAttribute("jenis", jenis);
        model.addAttribute("galat", fieldErrors);
        model.addAttribute("galatBaris", rowErrors);
        model.addAttribute("isian", entered);
        // the rows are listed one by one below; the service's sentence would repeat them all
        model.addAttribute("masalah", rowErrors.isEmpty() ? problem : "Impor ditolak seluruhnya; tidak ada data yang "
                + "disimpan. Perbaiki baris di bawah ini, lalu unggah lagi.");
        model.addAttribute("pesan", created);
        model.addAttribute("tahunPilihan", List.of(year + 1, year, year - 1));
        if (!plans) {
            model.addAttribute("sasaran", List.of());
            return Mono.just("impor");
        }
        return services.get(Services.Service.PLANNING, "/api/v1/plan/tree?pemdaCode=" + user.pemda() + "&opdCode="
                + user.opd()).map(tree -> {
                    List<Sasaran> sasaran = new ArrayList<>();
                    if (tree.ok()) {
                        tree.body().path("roots").forEach(node -> collect(node, user.opd(), sasaran));
                    }
                    model.addAttribute("sasaran", sasaran);
                    return "impor";
                });
    }

    /** The OPD's own sasaran, under which a Rencana Aksi's programs are placed. */
    private static void collect(JsonNode node, String opd, List<Sasaran> sasaran) {
        if ("SASARAN".equals(node.path("kind").asString()) && opd.equals(node.path("opdCode").asString())) {
            sasaran.add(new Sasaran(node.path("id").asString(), node.path("text").asString()));
        }
        node.path("children").forEach(child -> collect(child, opd, sasaran));
    }

    private static String created(String jenis, JsonNode result) {
        return switch (jenis) {
            case "renstra" -> "Renstra " + result.path("renstra").path("startYear").asInt() + "–"
                    + result.path("renstra").path("endYear").asInt() + " dibuat: " + result.path("tujuan").asInt()
                    + " tujuan, " + result.path("sasaran").asInt() + " sasaran, " + result.path("indicators").asInt()
                    + " indikator.";
            case "rencana-aksi" -> "Rencana Aksi dibuat: " + result.path("programs").asInt() + " program, "
                    + result.path("kegiatan").asInt() + " kegiatan, " + result.path("subKegiatan").asInt()
                    + " sub kegiatan, " + result.path("aksi").asInt() + " aksi.";
            default -> "Pagu diimpor: " + result.path("rows").asInt() + " baris" + (result.path("ownLines").asInt() > 0
                    ? ", " + result.path("ownLines").asInt() + " pagu sendiri program atau kegiatan" : "") + ".";
        };
    }

    private static Map<String, String> fields(MultiValueMap<String, Part> parts, List<String> names) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) {
            if (parts.getFirst(name) instanceof FormFieldPart field) {
                fields.put(name, field.value());
            }
        }
        return fields;
    }
}
