package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import id.sakip.indonesian.Indonesian;
import id.sakip.indonesian.IndonesianNumber;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pemda's capaian rules: the ones in force for a year and where they come from, every change with who, when and
 * why, and for its administrator the form that changes them from a year on (measurement decides and refuses).
 */
@Controller
class AturanController {

    /** The formulas offered, in this order (the first is the default of PermenPANRB 6/2022). */
    static final Map<String, String> FORMULAS = formulas();
    private static final List<String> BOUNDS = List.of("Sangat Tinggi", "Tinggi", "Sedang", "Rendah");

    private final Services services;

    private static Map<String, String> formulas() {
        Map<String, String> formulas = new LinkedHashMap<>();
        formulas.put("TWO_T_MINUS_R", "(2T \u2212 R) / T \u00d7 100");
        formulas.put("T_OVER_R", "T / R \u00d7 100");
        return java.util.Collections.unmodifiableMap(formulas);
    }

    AturanController(Services services) {
        this.services = services;
    }

    /** One set of rules as the page shows it. */
    record Aturan(String formula, List<String> bounds, String cap, String efficiency) {
    }

    /** One change of the history. */
    record Perubahan(long version, int fromYear, Aturan aturan, String reason, String by, String at) {
    }

    static boolean sees(SakipUser user) {
        return user.pemda() != null && (user.has(Role.ADMIN_PEMDA) || user.has(Role.BAPPEDA)
                || user.has(Role.INSPEKTORAT));
    }

    @GetMapping("/aturan-capaian")
    Mono<String> rules(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "pesan", required = false) String pesan, ServerWebExchange exchange, Model model) {
        return page(SakipUser.of(principal.getClaims()), Tahun.onPage(tahun, model), pesan, null, Map.of(), exchange,
                model);
    }

    @PostMapping("/aturan-capaian")
    Mono<String> change(@AuthenticationPrincipal OidcUser principal, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> typed = typed(form);
            Integer fromYear = number(typed.get("effectiveFromYear"));
            int year = Tahun.onPage(fromYear, model);
            Map<String, String> errors = new LinkedHashMap<>();
            Map<String, Object> body = new HashMap<>();
            body.put("effectiveFromYear", fromYear);
            body.put("decreasingFormula", typed.get("decreasingFormula"));
            List<BigDecimal> bounds = new ArrayList<>();
            for (int i = 0; i < BOUNDS.size(); i++) {
                bounds.add(read(typed.get("bound" + i), "ratingBounds", errors));
            }
            body.put("ratingBounds", bounds);
            // a cap the page did not offer goes as sent, for the service to refuse by name
            body.put("displayCap", read(typed.get("displayCap"), "displayCap", errors));
            body.put("efficiencyMinimumRatio", read(typed.get("efficiencyMinimumRatio"), "efficiencyMinimumRatio",
                    errors));
            body.put("reason", typed.get("reason"));
            if (!errors.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                return page(user, year, null, typed, errors, exchange, model).doOnNext(view ->
                        model.addAttribute("masalah", "Periksa isian yang ditandai; tidak ada yang diubah."));
            }
            return services.send(Services.Service.MEASUREMENT, HttpMethod.POST, "/api/v1/capaian-rules/"
                    + user.pemda() + "/changes", body, Pages.version(typed.get("version"))).flatMap(result -> {
                        if (result.ok()) {
                            return Pages.redirect("/aturan-capaian?tahun=" + year + "&pesan=diubah");
                        }
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                        // another administrator changed the rules meanwhile: show theirs, so one click cannot
                        // overwrite them unseen; any other refusal keeps what was typed
                        boolean overtaken = result.body() != null && result.body().path("type").asString("")
                                .endsWith(":concurrent-modification");
                        return page(user, year, null, overtaken ? null : typed, result.errors(), exchange, model)
                                .doOnNext(view ->
                                model.addAttribute("masalah", result.problem()));
                    });
        });
    }

    private Mono<String> page(SakipUser user, int year, String pesan, Map<String, String> typed,
            Map<String, String> errors, ServerWebExchange exchange, Model model) {
        model.addAttribute("halaman", "/aturan-capaian");
        model.addAttribute("pesan", "diubah".equals(pesan) ? "Aturan capaian diubah; capaian tahun yang dicakupnya "
                + "dihitung ulang." : null);
        model.addAttribute("galat", errors);
        model.addAttribute("rumusPilihan", FORMULAS);
        model.addAttribute("namaBatas", BOUNDS);
        if (user.pemda() == null) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "Aturan capaian ditetapkan per Pemda; akun Anda tidak terhubung "
                    + "dengan Pemda."));
        }
        String base = "/api/v1/capaian-rules/" + user.pemda();
        return Mono.zip(services.get(Services.Service.MEASUREMENT, base + "?year=" + year),
                services.get(Services.Service.MEASUREMENT, base + "/history")).map(both -> {
                    if (!both.getT1().ok() || !both.getT2().ok()) {
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(
                                both.getT1().ok() ? both.getT2().status() : both.getT1().status()));
                        model.addAttribute("masalah", both.getT1().ok() ? both.getT2().problem()
                                : both.getT1().problem());
                        return "aturan-capaian";
                    }
                    JsonNode inForce = both.getT1().body();
                    JsonNode rules = inForce.path("rules");
                    model.addAttribute("aturan", aturan(rules));
                    model.addAttribute("sumber", "PEMDA".equals(inForce.path("source").asString())
                            ? "ditetapkan Pemda (perubahan ke-" + inForce.path("changeVersion").asLong() + ")"
                            : "bawaan instalasi (Pemda belum menetapkan sendiri)");
                    model.addAttribute("catatanAturan", inForce.path("footnote").asString());
                    List<Perubahan> history = new ArrayList<>();
                    both.getT2().body().path("changes").forEach(c -> history.add(new Perubahan(
                            c.path("version").asLong(), c.path("effectiveFromYear").asInt(), aturan(c.path("rules")),
                            c.path("reason").asString(), c.path("changedBy").asString(),
                            Tampilan.moment(c.path("changedAt").asString()))));
                    model.addAttribute("riwayat", history);
                    model.addAttribute("bolehUbah", user.has(Role.ADMIN_PEMDA));
                    model.addAttribute("versi", both.getT2().body().path("version").asLong());
                    model.addAttribute("isian", typed != null ? typed : defaults(rules, year));
                    return "aturan-capaian";
                });
    }

    private static Aturan aturan(JsonNode rules) {
        List<String> bounds = new ArrayList<>();
        rules.path("ratingBounds").forEach(b -> bounds.add("> " + Indonesian.decimal(b.decimalValue())));
        BigDecimal ratio = rules.path("efficiencyMinimumRatio").decimalValue();
        return new Aturan(FORMULAS.getOrDefault(rules.path("decreasingFormula").asString(), "-"), bounds,
                rules.path("displayCap").isNumber() ? "paling tinggi " + Indonesian.decimal(rules.path("displayCap")
                        .decimalValue()) + "%" : "tanpa batas",
                ratio.compareTo(BigDecimal.ONE) == 0 ? "capaian \u2265 serapan"
                        : "capaian \u2265 " + Indonesian.decimal(ratio) + " \u00d7 serapan");
    }

    /** The form filled with the rules in force, from the year shown. */
    private static Map<String, String> defaults(JsonNode rules, int year) {
        Map<String, String> form = new HashMap<>();
        form.put("effectiveFromYear", String.valueOf(year));
        form.put("decreasingFormula", rules.path("decreasingFormula").asString());
        for (int i = 0; i < BOUNDS.size(); i++) {
            form.put("bound" + i, Indonesian.decimal(rules.path("ratingBounds").path(i).decimalValue()));
        }
        form.put("displayCap", rules.path("displayCap").isNumber()
                ? rules.path("displayCap").decimalValue().stripTrailingZeros().toPlainString() : "");
        form.put("efficiencyMinimumRatio", Indonesian.decimal(rules.path("efficiencyMinimumRatio").decimalValue()));
        form.put("reason", "");
        return form;
    }

    private static Map<String, String> typed(MultiValueMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        for (String field : List.of("effectiveFromYear", "decreasingFormula", "bound0", "bound1", "bound2", "bound3",
                "displayCap", "efficiencyMinimumRatio", "reason", "version")) {
            String value = form.getFirst(field);
            typed.put(field, value == null ? "" : value.strip());
        }
        return typed;
    }

    private static BigDecimal read(String text, String field, Map<String, String> errors) {
        try {
            return IndonesianNumber.parse(text);
        } catch (IndonesianNumber.NotANumber e) {
            errors.putIfAbsent(field, e.getMessage());
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
