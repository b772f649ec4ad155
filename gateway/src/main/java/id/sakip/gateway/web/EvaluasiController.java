package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import id.sakip.indonesian.Indonesian;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evaluasi SAKIP: the OPD's internal evaluation of a year, where it stands, its score per component (the OPD's own
 * beside the evaluator's) and predikat, the LHE to download, and its recommendations with their follow-ups, those
 * past due marked; the OPD's perencana and Kepala OPD record a quarter's follow-up there (the evaluation service
 * decides and refuses). Bappeda and the Inspektorat open an OPD's from the Kota page.
 */
@Controller
class EvaluasiController {

    private static final Pattern OPD = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private final Services services;

    EvaluasiController(Services services) {
        this.services = services;
    }

    record Komponen(String name, String weight, String self, String evaluator) {
    }

    record TindakLanjut(String quarter, String note, String evidence, boolean closes, String by, String at) {
    }

    record Rekomendasi(String id, String area, String text, String owner, String due, String status,
            boolean overdue, boolean closed, long version, List<TindakLanjut> followUps) {
    }

    static boolean sees(SakipUser user) {
        return user.opd() != null || KotaController.seesTheCity(user);
    }

    @GetMapping("/evaluasi")
    Mono<String> page(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "opd", required = false) String opd,
            @RequestParam(name = "pesan", required = false) String pesan, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        return page(user, year, opd, "dicatat".equals(pesan) ? "Tindak lanjut tercatat." : null, null, Map.of(),
                Map.of(), exchange, model);
    }

    @PostMapping("/evaluasi/rekomendasi/{id}/tindak-lanjut")
    Mono<String> followUp(@AuthenticationPrincipal OidcUser principal, @PathVariable("id") UUID id,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> typed = typed(form);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("quarter", typed.get("quarter"));
            body.put("note", typed.get("note"));
            body.put("evidence", typed.get("evidence"));
            body.put("done", "ya".equals(typed.get("done")));
            return services.send(Services.Service.EVALUATION, HttpMethod.POST, "/api/v1/recommendations/" + id
                    + "/follow-ups", body, Pages.version(typed.get("version"))).flatMap(result -> {
                        if (result.ok()) {
                            return Pages.redirect("/evaluasi?tahun=" + year + "&pesan=dicatat");
                        }
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                        return page(user, year, null, null, id.toString(), typed, result.errors(), exchange, model)
                                .doOnNext(view -> model.addAttribute("masalah", result.problem()));
                    });
        });
    }

    /** The OPD starts its self-assessment of the year (or the Inspektorat opens the OPD's evaluation). */
    @PostMapping("/evaluasi/buka")
    Mono<String> open(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        return exchange.getFormData().flatMap(form -> {
            String asked = form.getFirst("opd");
            String opd = user.opd() != null ? user.opd() : asked != null && OPD.matcher(asked).matches() ? asked : null;
            if (opd == null || user.pemda() == null) {
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                return Mono.just(Pages.refused(model, "Evaluasi SAKIP dibuka per OPD."));
            }
            return services.send(Services.Service.EVALUATION, HttpMethod.POST, "/api/v1/evaluations", Map.of(
                    "pemdaCode", user.pemda(), "opdCode", opd, "year", year), null).flatMap(result -> {
                        if (result.ok()) {
                            return Pages.redirect("/evaluasi/" + result.body().path("id").asString() + "/kriteria");
                        }
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                        return page(user, year, opd, null, null, Map.of(), Map.of(), exchange, model)
                                .doOnNext(view -> model.addAttribute("masalah", result.problem()));
                    });
        });
    }

    @GetMapping("/evaluasi/{id}/lhe")
    Mono<ResponseEntity<byte[]>> lhe(@PathVariable("id") UUID id) {
        return services.download(Services.Service.EVALUATION, "/api/v1/evaluations/" + id + "/lhe")
                .map(Pages::passOn);
    }

    private Mono<String> page(SakipUser user, int year, String asked, String pesan, String refused,
            Map<String, String> typed, Map<String, String> errors, ServerWebExchange exchange, Model model) {
        model.addAttribute("halaman", "/evaluasi");
        model.addAttribute("pesan", pesan);
        String opd = user.opd() != null ? user.opd() : asked != null && OPD.matcher(asked).matches() ? asked : null;
        if (opd == null || user.pemda() == null || !sees(user)) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "Evaluasi SAKIP dilihat per OPD; pilih OPD dari halaman Kota."));
        }
        model.addAttribute("opd", opd);
        if (user.opd() == null) {
            model.addAttribute("tetap", Map.of("opd", opd));
        }
        model.addAttribute("tindakLanjutDitolak", refused);
        model.addAttribute("isian", typed);
        model.addAttribute("pilihanTriwulan", quarters());
        model.addAttribute("galat", errors);
        model.addAttribute("bolehTindakLanjut", user.opd() != null
                && (user.has(Role.PERENCANA) || user.has(Role.KEPALA_OPD)));
        model.addAttribute("bolehBuka", user.opd() != null && (user.has(Role.PERENCANA) || user.has(Role.KEPALA_OPD))
                || user.has(Role.INSPEKTORAT));
        String query = "?pemdaCode=" + user.pemda() + "&opdCode=" + opd;
        return services.get(Services.Service.EVALUATION, "/api/v1/evaluations" + query + "&year=" + year)
                .flatMap(list -> {
                    if (!list.ok() || list.body() == null) {
                        model.addAttribute("masalah", list.problem());
                        return Mono.just("evaluasi");
                    }
                    if (list.body().isEmpty()) {
                        model.addAttribute("kosong", true);
                        return Mono.just("evaluasi");
                    }
                    String id = list.body().get(0).path("id").asString();
                    return Mono.zip(services.get(Services.Service.EVALUATION, "/api/v1/evaluations/" + id),
                            services.get(Services.Service.EVALUATION, "/api/v1/recommendations" + query
                                    + "&evaluationId=" + id)).map(both -> {
                                        if (!both.getT1().ok() || !both.getT2().ok()) {
                                            model.addAttribute("masalah", both.getT1().ok() ? both.getT2().problem()
                                                    : both.getT1().problem());
                                            return "evaluasi";
                                        }
                                        show(both.getT1().body(), both.getT2().body(), model);
                                        return "evaluasi";
                                    });
                });
    }

    private static void show(JsonNode evaluation, JsonNode recommendations, Model model) {
        model.addAttribute("evaluasi", evaluation);
        model.addAttribute("final", "FINAL".equals(evaluation.path("state").asString()));
        JsonNode self = evaluation.path("selfScore");
        JsonNode score = evaluation.path("score");
        List<Komponen> components = new ArrayList<>();
        for (int i = 0; i < score.path("components").size(); i++) {
            JsonNode c = score.path("components").get(i);
            components.add(new Komponen(c.path("name").asString(), Indonesian.decimal(Tampilan.decimal(c.path("weight"))),
                    self.path("graded").asInt() == 0 ? "–"
                            : Indonesian.twoDecimals(Tampilan.decimal(self.path("components").get(i).path("score"))),
                    score.path("graded").asInt() == 0 ? "–" : Indonesian.twoDecimals(Tampilan.decimal(c.path("score")))));
        }
        model.addAttribute("komponen", components);
        model.addAttribute("nilaiMandiri", self.path("graded").asInt() + " dari " + self.path("criteria").asInt()
                + " kriteria; nilai " + Indonesian.twoDecimals(Tampilan.decimal(self.path("total")))
                + (self.hasNonNull("predikat") ? ", predikat " + self.path("predikat").asString() : ""));
        model.addAttribute("nilaiEvaluator", score.path("graded").asInt() + " dari " + score.path("criteria").asInt()
                + " kriteria; nilai " + Indonesian.twoDecimals(Tampilan.decimal(score.path("total")))
                + (score.hasNonNull("predikat") ? ", predikat " + score.path("predikat").asString() + " ("
                + score.path("predikatMeaning").asString() + ")" : ""));
        List<Rekomendasi> rows = new ArrayList<>();
        for (JsonNode r : recommendations) {
            List<TindakLanjut> followUps = new ArrayList<>();
            r.path("followUps").forEach(f -> followUps.add(new TindakLanjut(Tampilan.period(f.path("quarter")
                    .asString()), f.path("note").asString(), f.path("evidence").asString(null),
                    f.path("closes").asBoolean(), f.path("by").asString(), Tampilan.moment(f.path("at").asString()))));
            rows.add(new Rekomendasi(r.path("id").asString(), r.path("areaName").asString(), r.path("text").asString(),
                    r.path("owner").asString(), Tampilan.date(r.path("dueDate").asString()),
                    r.path("statusLabel").asString(), r.path("overdue").asBoolean(),
                    "CLOSED".equals(r.path("status").asString()), r.path("version").asLong(), followUps));
        }
        model.addAttribute("rekomendasi", rows);
    }

    /** The quarters a follow-up may name: this year's and last year's, the latest first. */
    private static Map<String, String> quarters() {
        Map<String, String> quarters = new LinkedHashMap<>();
        int now = java.time.Year.now(Tampilan.WIB).getValue();
        for (int year = now; year >= now - 1; year--) {
            for (int q = 4; q >= 1; q--) {
                quarters.put(year + "Q" + q, Tampilan.period(year + "Q" + q));
            }
        }
        return quarters;
    }

    private static Map<String, String> typed(MultiValueMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        for (String field : List.of("quarter", "note", "evidence", "done", "version")) {
            String value = form.getFirst(field);
            typed.put(field, value == null ? "" : value.strip());
        }
        return typed;
    }
}
