package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import id.sakip.indonesian.Indonesian;
import org.springframework.http.HttpStatus;
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

/**
 * Kota, for Bappeda and the Inspektorat: every OPD of the Pemda side by side, ranked by capaian and by serapan, and
 * for one OPD its IKU and programs.
 */
@Controller
class KotaController {

    private final Services services;

    KotaController(Services services) {
        this.services = services;
    }

    record Opd(String code, String name, long indicators, long measured, long reached, String capaian, String light,
            String rankCapaian, String ikuCapaian, String pagu, String realized, String serapan, String rankSerapan,
            String predikat, String recommendations, boolean overdue) {
    }

    record Iku(String sasaran, String indicator, String target, String realisasi, String capaian, String light,
            String status) {
    }

    record Program(String code, String name, String pagu, String realized, String serapan, String capaian,
            String efficiency) {
    }

    @GetMapping("/kota")
    Mono<String> city(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "triwulan", required = false) Integer triwulan, ServerWebExchange exchange,
            Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = start(tahun, model);
        Integer quarter = triwulan != null && triwulan >= 1 && triwulan <= 4 ? triwulan : null;
        model.addAttribute("triwulan", quarter);
        if (!seesTheCity(user)) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            return Mono.just(Pages.refused(model, "Tampilan kota untuk Bappeda dan Inspektorat."));
        }
        return services.get(Services.Service.REPORTING, "/api/v1/reports/city?pemdaCode=" + user.pemda() + "&year="
                + year + (quarter == null ? "" : "&quarter=" + quarter))
                .map(Pages.orProblem(model, "kota", answer -> {
                    List<Opd> rows = new ArrayList<>();
                    java.util.Map<String, JsonNode> evaluations = new java.util.HashMap<>();
                    answer.body().path("evaluations").forEach(e -> evaluations.put(e.path("opdCode").asString(), e));
                    for (JsonNode opd : answer.body().path("opd")) {
                        var capaian = Tampilan.decimal(opd.path("averageCapaian"));
                        rows.add(new Opd(opd.path("opdCode").asString(), opd.path("opdName").asString(
                                opd.path("opdCode").asString()), opd.path("indicators").asLong(),
                                opd.path("measured").asLong(), opd.path("reached").asLong(),
                                capaian == null ? "–" : Indonesian.percent(capaian), Tampilan.lightClass(capaian),
                                opd.path("rankByCapaian").isNumber() ? String.valueOf(opd.path("rankByCapaian").asInt()) : "–",
                                opd.hasNonNull("ikuAverageCapaian") ? Indonesian.percent(Tampilan.decimal(
                                        opd.path("ikuAverageCapaian"))) : "–",
                                Tampilan.rupiah(opd.path("pagu")),
                                Tampilan.rupiah(opd.path("realized")),
                                opd.hasNonNull("serapanPercent") ? Indonesian.percent(Tampilan.decimal(
                                        opd.path("serapanPercent"))) : "–",
                                opd.path("rankBySerapan").isNumber() ? String.valueOf(opd.path("rankBySerapan").asInt()) : "–",
                                predikat(evaluations.get(opd.path("opdCode").asString())),
                                recommendations(evaluations.get(opd.path("opdCode").asString())),
                                evaluations.containsKey(opd.path("opdCode").asString()) && evaluations.get(
                                        opd.path("opdCode").asString()).path("overdueRecommendations").asLong() > 0));
                    }
                    // ranked first by capaian (1 = highest), the unranked after them
                    rows.sort(java.util.Comparator.comparing((Opd o) -> o.rankCapaian().equals("–") ? Integer.MAX_VALUE
                            : Integer.parseInt(o.rankCapaian())));
                    model.addAttribute("opd", rows);
                    model.addAttribute("catatan", answer.body().path("empty").asBoolean()
                            ? answer.body().path("note").asString("Belum ada data untuk tahun ini.") : null);
                    return "kota";
                }));
    }

    @GetMapping("/kota/{opdCode}")
    Mono<String> opd(@AuthenticationPrincipal OidcUser principal, @PathVariable String opdCode,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = start(tahun, model);
        if (!seesTheCity(user)) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            return Mono.just(Pages.refused(model, "Tampilan kota untuk Bappeda dan Inspektorat."));
        }
        return services.get(Services.Service.REPORTING, "/api/v1/reports/city/tables?pemdaCode=" + user.pemda()
                + "&year=" + year).map(Pages.orProblem(model, "kota-opd", answer -> {
                    List<Iku> iku = new ArrayList<>();
                    String name = opdCode;
                    for (JsonNode row : answer.body().path("iku")) {
                        if (opdCode.equals(row.path("opdCode").asString())) {
                            name = row.path("opdName").asString(opdCode);
                            var capaian = Tampilan.decimal(row.path("capaianPercent"));
                            iku.add(new Iku(row.path("sasaran").asString(""), row.path("indicator").asString(),
                                    row.path("target").asString(""),
                                    row.path("realisasi").asString("–"), capaian == null ? "–"
                                    : Indonesian.percent(capaian), Tampilan.lightClass(capaian),
                                    Tampilan.status(row.path("status").asString(""))));
                        }
                    }
                    List<Program> programs = new ArrayList<>();
                    for (JsonNode row : answer.body().path("programs")) {
                        if (opdCode.equals(row.path("opdCode").asString())) {
                            name = row.path("opdName").asString(name);
                            var capaian = Tampilan.decimal(row.path("capaianPercent"));
                            var serapan = Tampilan.decimal(row.path("serapanPercent"));
                            programs.add(new Program(row.path("code").asString(""), row.path("name").asString(),
                                    Tampilan.rupiah(row.path("pagu")),
                                    Tampilan.rupiah(row.path("realized")),
                                    serapan == null ? "–" : Indonesian.percent(serapan),
                                    capaian == null ? "–" : Indonesian.percent(capaian),
                                    row.path("efficiency").asString("–")));
                        }
                    }
                    model.addAttribute("opdKode", opdCode);
                    model.addAttribute("opdNama", name);
                    model.addAttribute("iku", iku);
                    model.addAttribute("program", programs);
                    return "kota-opd";
                }));
    }

    static boolean seesTheCity(SakipUser user) {
        return user.pemda() != null && (user.has(Role.BAPPEDA) || user.has(Role.INSPEKTORAT));
    }

    private static int start(Integer tahun, Model model) {
        model.addAttribute("halaman", "/kota");
        return Tahun.onPage(tahun, model);
    }

    /** The OPD's SAKIP predikat of the year with its score, or a dash before its evaluation is final. */
    private static String predikat(JsonNode evaluation) {
        return evaluation == null || !evaluation.hasNonNull("predikat") ? "–" : evaluation.path("predikat").asString()
                + " (" + Indonesian.twoDecimals(Tampilan.decimal(evaluation.path("score"))) + ")";
    }

    /** Open recommendations and how many are past due: "3 (1 terlambat)". */
    private static String recommendations(JsonNode evaluation) {
        if (evaluation == null || evaluation.path("openRecommendations").asLong() == 0) {
            return "–";
        }
        long overdue = evaluation.path("overdueRecommendations").asLong();
        return evaluation.path("openRecommendations").asLong() + (overdue > 0 ? " (" + overdue + " terlambat)" : "");
    }
}
