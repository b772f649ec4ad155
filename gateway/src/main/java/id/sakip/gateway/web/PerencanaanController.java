package id.sakip.gateway.web;

import id.sakip.access.SakipUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Perencanaan, read as the OPD's people read it: the pohon kinerja from visi to aksi with each node's indicators
 * and the year's target, the Renstra matrix, the Perjanjian Kinerja with its versions, the Rencana Aksi with its
 * quarter schedule.
 */
@Controller
class PerencanaanController {

    private final Services services;

    PerencanaanController(Services services) {
        this.services = services;
    }

    /** A node of the tree; the levels above the programs are shown open. */
    record Simpul(String kind, String code, String text, List<Ukuran> indicators, List<Simpul> children,
            boolean open) {
    }

    /** An indicator with the chosen year's target. */
    record Ukuran(String name, String target, boolean iku) {
    }

    record Baris(String tujuan, String sasaran, String indicator, List<String> targets) {
    }

    /** A version of the Perjanjian Kinerja, with where its paper (PDF) is downloaded. */
    record Versi(int number, String status, String signed, String by, String pagu, String reason, String decree,
            String paper) {
    }

    record Sasaran(String text, List<Ukuran> indicators) {
    }

    record Program(String code, String text, String pagu) {
    }

    record Aksi(int depth, String kind, String code, String name, String indicator, String target, String volume,
            List<Boolean> schedule, List<String> quarterTargets) {
    }

    @GetMapping("/pohon-kinerja")
    Mono<String> tree(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = start(principal, tahun, "pohon-kinerja", model);
        if (user.opd() == null) {
            return Mono.just(noOpd(exchange, model));
        }
        int year = (int) model.getAttribute("tahun");
        return services.get(Services.Service.PLANNING, "/api/v1/plan/tree?pemdaCode=" + user.pemda() + "&opdCode="
                + user.opd()).map(Pages.orProblem(model, "pohon-kinerja", answer -> {
                    List<Simpul> roots = new ArrayList<>();
                    answer.body().path("roots").forEach(node -> roots.add(simpul(node, year)));
                    model.addAttribute("akar", roots);
                    return "pohon-kinerja";
                }));
    }

    @GetMapping("/renstra")
    Mono<String> renstra(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = start(principal, tahun, "renstra", model);
        if (user.opd() == null) {
            return Mono.just(noOpd(exchange, model));
        }
        int year = (int) model.getAttribute("tahun");
        return services.get(Services.Service.PLANNING, "/api/v1/renstra?pemdaCode=" + user.pemda() + "&opdCode="
                + user.opd()).flatMap(list -> {
                    if (!list.ok()) {
                        model.addAttribute("masalah", list.problem());
                        return Mono.just("renstra");
                    }
                    JsonNode chosen = null;
                    for (JsonNode renstra : list.body()) {
                        if (chosen == null || (renstra.path("startYear").asInt() <= year
                                && renstra.path("endYear").asInt() >= year)) {
                            chosen = renstra;
                        }
                    }
                    if (chosen == null) {
                        return Mono.just("renstra");
                    }
                    String title = chosen.path("title").asString("");
                    model.addAttribute("judulRenstra", title.isBlank() ? "Renstra " + chosen.path("startYear").asInt()
                            + "–" + chosen.path("endYear").asInt() : title);
                    return services.get(Services.Service.PLANNING, "/api/v1/renstra/" + chosen.path("id").asString()
                            + "/matrix").map(matrix -> {
                                if (!matrix.ok()) {
                                    model.addAttribute("masalah", matrix.problem());
                                    return "renstra";
                                }
                                List<Integer> years = new ArrayList<>();
                                matrix.body().path("years").forEach(y -> years.add(y.asInt()));
                                List<Baris> rows = new ArrayList<>();
                                for (JsonNode row : matrix.body().path("rows")) {
                                    for (JsonNode indicator : row.path("indicators")) {
                                        List<String> targets = new ArrayList<>();
                                        for (int y : years) {
                                            targets.add(target(indicator.path("targets"), y,
                                                    indicator.path("unit").asString("")));
                                        }
                                        rows.add(new Baris(row.path("tujuan").asString(""),
                                                row.path("sasaran").asString(""), indicator.path("name").asString(),
                                                targets));
                                    }
                                }
                                model.addAttribute("tahunRenstra", years);
                                model.addAttribute("matriks", rows);
                                return "renstra";
                            });
                });
    }

    @GetMapping("/perjanjian-kinerja")
    Mono<String> agreement(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = start(principal, tahun, "perjanjian-kinerja", model);
        if (user.opd() == null) {
            return Mono.just(noOpd(exchange, model));
        }
        int year = (int) model.getAttribute("tahun");
        return services.get(Services.Service.PLANNING, "/api/v1/perjanjian-kinerja?pemdaCode=" + user.pemda()
                + "&opdCode=" + user.opd() + "&year=" + year)
                .map(Pages.orProblem(model, "perjanjian-kinerja", answer -> {
                    List<Versi> versions = new ArrayList<>();
                    for (JsonNode version : answer.body()) {
                        versions.add(new Versi(version.path("versionNo").asInt(),
                                "SIGNED".equals(version.path("status").asString()) ? "Ditandatangani"
                                        : "DRAFT".equals(version.path("status").asString()) ? "Draf"
                                        : version.path("status").asString(),
                                Tampilan.date(Tampilan.text(version.path("signedOn"))),
                                version.path("signatoryName").asString("–"),
                                Tampilan.rupiah(version.path("totalPagu")),
                                version.path("revisionReason").asString(""), version.path("decreeNumber").asString(""),
                                "/perjanjian-kinerja/" + version.path("id").asString() + "/kertas"));
                    }
                    model.addAttribute("versi", versions);
                    if (!answer.body().isEmpty()) {
                        JsonNode latest = answer.body().get(0);
                        List<Sasaran> sasaran = new ArrayList<>();
                        for (JsonNode s : latest.path("sasaran")) {
                            List<Ukuran> indicators = new ArrayList<>();
                            for (JsonNode i : s.path("indicators")) {
                                indicators.add(new Ukuran(i.path("name").asString(),
                                        targetText(i.path("target"), i.path("unit").asString("")), true));
                            }
                            sasaran.add(new Sasaran(s.path("text").asString(), indicators));
                        }
                        List<Program> programs = new ArrayList<>();
                        for (JsonNode p : latest.path("programs")) {
                            programs.add(new Program(p.path("code").asString(""), p.path("text").asString(),
                                    Tampilan.rupiah(p.path("pagu"))));
                        }
                        model.addAttribute("sasaranPk", sasaran);
                        model.addAttribute("programPk", programs);
                        model.addAttribute("versiTerakhir", versions.get(0));
                    }
                    return "perjanjian-kinerja";
                }));
    }

    /**
     * A version's paper from planning: a draft to print and sign by hand (DRAF on every page), or what was signed.
     * Planning checks the person may read the OPD's agreement.
     */
    @GetMapping("/perjanjian-kinerja/{id}/kertas")
    Mono<ResponseEntity<byte[]>> paper(@PathVariable UUID id) {
        return services.download(Services.Service.PLANNING, "/api/v1/perjanjian-kinerja/" + id + "/document")
                .map(Pages::passOn);
    }

    /** The person's OPD's Rencana Aksi for the year as its signed table, PDF or XLSX, from planning. */
    @GetMapping("/rencana-aksi/kertas")
    Mono<ResponseEntity<byte[]>> actionPlanPaper(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "format", defaultValue = "pdf") String format) {
        SakipUser user = SakipUser.of(principal.getClaims());
        if (user.opd() == null) {
            return Mono.just(Pages.passOn(new Services.Download(404, new org.springframework.http.HttpHeaders(),
                    "{\"detail\":\"Rencana Aksi dilihat per OPD; akun Anda tidak terhubung dengan OPD mana pun.\"}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        String wanted = format.equals("xlsx") ? "xlsx" : "pdf";
        return services.download(Services.Service.PLANNING, "/api/v1/rencana-aksi/" + user.pemda() + "/"
                + user.opd() + "/" + Tahun.chosen(tahun) + "/document?format=" + wanted).map(Pages::passOn);
    }

    @GetMapping("/rencana-aksi")
    Mono<String> actionPlan(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = start(principal, tahun, "rencana-aksi", model);
        if (user.opd() == null) {
            return Mono.just(noOpd(exchange, model));
        }
        int year = (int) model.getAttribute("tahun");
        return services.get(Services.Service.PLANNING, "/api/v1/rencana-aksi/" + user.pemda() + "/" + user.opd()
                + "/" + year).map(answer -> {
                    if (answer.status() == 404) {
                        return "rencana-aksi";
                    }
                    if (!answer.ok()) {
                        model.addAttribute("masalah", answer.problem());
                        return "rencana-aksi";
                    }
                    List<Aksi> rows = new ArrayList<>();
                    for (JsonNode sasaran : answer.body().path("sasaran")) {
                        rows.add(new Aksi(0, "Sasaran", "", sasaran.path("text").asString(),
                                sasaran.path("indicator").asString(""), "", "", List.of(),
                                strings(sasaran.path("quarterTargets"))));
                        sasaran.path("programs").forEach(item -> items(item, 1, rows));
                    }
                    model.addAttribute("aksi", rows);
                    JsonNode signed = answer.body().path("signed");
                    if (signed.isObject() && signed.hasNonNull("date")) {
                        model.addAttribute("ditandatangani", signed.path("place").asString("") + ", "
                                + Tampilan.date(signed.path("date").asString()) + " · " + signed.path("by").asString(""));
                    }
                    return "rencana-aksi";
                });
    }

    // ---------------------------------------------------------------------------------------------------------

    private static SakipUser start(OidcUser principal, Integer tahun, String page, Model model) {
        Tahun.onPage(tahun, model);
        model.addAttribute("halaman", "/pohon-kinerja");
        model.addAttribute("tab", page);
        return SakipUser.of(principal.getClaims());
    }

    private static String noOpd(ServerWebExchange exchange, Model model) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        return Pages.refused(model, "Perencanaan dilihat per OPD; akun Anda tidak terhubung dengan OPD mana pun.");
    }

    private static Simpul simpul(JsonNode node, int year) {
        List<Ukuran> indicators = new ArrayList<>();
        for (JsonNode indicator : node.path("indicators")) {
            indicators.add(new Ukuran(indicator.path("name").asString(), target(indicator.path("targets"), year,
                    indicator.path("unit").asString("")), indicator.path("iku").asBoolean()));
        }
        List<Simpul> children = new ArrayList<>();
        node.path("children").forEach(child -> children.add(simpul(child, year)));
        String kind = node.path("kind").asString();
        return new Simpul(kindLabel(kind), node.path("code").asString(""), node.path("text").asString(), indicators,
                children, List.of("VISI", "MISI", "TUJUAN", "SASARAN").contains(kind));
    }

    private static void items(JsonNode item, int depth, List<Aksi> rows) {
        List<Boolean> schedule = new ArrayList<>();
        item.path("schedule").forEach(q -> schedule.add(q.asBoolean()));
        rows.add(new Aksi(depth, kindLabel(item.path("kind").asString()), item.path("code").asString(""),
                item.path("name").asString(), item.path("indicator").asString(""), item.path("target").asString(""),
                item.path("volume").asString(""), schedule, strings(item.path("quarterTargets"))));
        item.path("children").forEach(child -> items(child, depth + 1, rows));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? "" : value.asString()));
        return values;
    }

    /** The target of the year among an indicator's targets ("N/A" when the year has none). */
    private static String target(JsonNode targets, int year, String unit) {
        for (JsonNode target : targets) {
            if (target.path("year").asInt() == year) {
                return targetText(target, unit);
            }
        }
        return "belum ditetapkan";
    }

    private static String targetText(JsonNode target, String unit) {
        if (target == null || !target.isObject()) {
            return "N/A";
        }
        return Tampilan.target(Tampilan.decimal(target.path("value")), Tampilan.decimal(target.path("min")),
                Tampilan.decimal(target.path("max")), Tampilan.text(target.path("category")), unit);
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "VISI" -> "Visi";
            case "MISI" -> "Misi";
            case "TUJUAN" -> "Tujuan";
            case "SASARAN" -> "Sasaran";
            case "PROGRAM" -> "Program";
            case "KEGIATAN" -> "Kegiatan";
            case "SUB_KEGIATAN" -> "Sub kegiatan";
            case "AKSI" -> "Aksi";
            default -> kind;
        };
    }
}
