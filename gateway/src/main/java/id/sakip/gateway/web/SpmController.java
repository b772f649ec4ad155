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
import org.springframework.web.bind.annotation.PathVariable;
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
import java.util.regex.Pattern;

/**
 * Standar Pelayanan Minimal: the OPD's services of a year with X of Y per group of recipients, as the LKjIP's
 * lampiran prints them, and for the OPD's operators the form that writes a service whole or withdraws one entered
 * by mistake (measurement decides and refuses).
 */
@Controller
class SpmController {

    /** The rows a form offers for groups beyond those already entered. */
    private static final int BLANK_GROUPS = 3;
    /** The most groups a service has (measurement's own limit). */
    private static final int MAX_GROUPS = 50;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,39}");
    private static final Pattern GROUP_ERROR = Pattern.compile("groups\\[(\\d+)]\\.(name|x|y)");

    private final Services services;

    SpmController(Services services) {
        this.services = services;
    }

    record Kelompok(String name, String x, String y, String capaian) {
    }

    record Layanan(String code, String name, String recipients, String standard, String indicator,
            List<Kelompok> groups, String x, String y, String capaian, String changed) {
    }

    /** A group row of the form, as typed. */
    record Baris(int index, String name, String x, String y) {
    }

    @GetMapping("/spm")
    Mono<String> list(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "pesan", required = false) String pesan, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        model.addAttribute("halaman", "/spm");
        model.addAttribute("pesan", "disimpan".equals(pesan) ? "Layanan SPM tersimpan."
                : "ditarik".equals(pesan) ? "Layanan SPM ditarik; tidak lagi dihitung maupun dicetak di LKjIP." : null);
        if (user.opd() == null) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "SPM diisi per OPD; akun Anda tidak terhubung dengan OPD."));
        }
        model.addAttribute("bolehIsi", user.has(Role.OPERATOR));
        return services.get(Services.Service.MEASUREMENT, path(user, year)).map(Pages.orProblem(model, "spm",
                answer -> {
                    JsonNode view = answer.body();
                    List<Layanan> layanan = new ArrayList<>();
                    view.path("services").forEach(s -> layanan.add(layanan(s)));
                    model.addAttribute("layanan", layanan);
                    model.addAttribute("jumlah", layanan.size() > 1 ? count(view.path("totalX")) + " dari "
                            + count(view.path("totalY")) + " (" + percent(view.path("percent")) + ")" : null);
                    return "spm";
                }));
    }

    @GetMapping("/spm/baru")
    Mono<String> blank(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        Map<String, String> form = new HashMap<>();
        List<Baris> rows = new ArrayList<>();
        for (int i = 0; i < BLANK_GROUPS + 1; i++) {
            rows.add(new Baris(i, "", "", ""));
        }
        return form(user, year, null, form, rows, Map.of(), exchange, model);
    }

    @GetMapping("/spm/{kode}")
    Mono<String> edit(@AuthenticationPrincipal OidcUser principal, @PathVariable("kode") String kode,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        if (user.opd() == null || !CODE.matcher(kode).matches()) {
            return notFound(user, kode, exchange, model);
        }
        return services.get(Services.Service.MEASUREMENT, path(user, year)).flatMap(answer -> {
            JsonNode service = null;
            if (answer.ok() && answer.body() != null) {
                for (JsonNode s : answer.body().path("services")) {
                    if (kode.equals(s.path("code").asString())) {
                        service = s;
                    }
                }
            }
            if (service == null) {
                exchange.getResponse().setStatusCode(answer.ok() ? HttpStatus.NOT_FOUND
                        : Pages.refusalStatus(answer.status()));
                model.addAttribute("halaman", "/spm");
                return Mono.just(Pages.refused(model, answer.ok() ? "Layanan SPM " + kode + " tahun " + year
                        + " tidak ada pada OPD ini." : answer.problem()));
            }
            Map<String, String> form = new HashMap<>();
            form.put("code", kode);
            form.put("version", String.valueOf(service.path("version").asLong()));
            for (String field : List.of("name", "recipients", "standard", "indicator")) {
                form.put(field, service.path(field).asString(""));
            }
            List<Baris> rows = new ArrayList<>();
            for (JsonNode g : service.path("groups")) {
                rows.add(new Baris(rows.size(), g.path("name").asString(), whole(g.path("x")), whole(g.path("y"))));
            }
            for (int i = 0; i < BLANK_GROUPS && rows.size() < MAX_GROUPS; i++) {
                rows.add(new Baris(rows.size(), "", "", ""));
            }
            return form(user, year, kode, form, rows, Map.of(), exchange, model);
        });
    }

    @PostMapping("/spm")
    Mono<String> save(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        return exchange.getFormData().flatMap(data -> {
            Map<String, String> form = typed(data);
            String existing = form.get("existing").isEmpty() ? null : form.get("existing");
            String code = existing != null ? existing : form.get("code").toUpperCase(java.util.Locale.ROOT);
            form.put("code", code);
            Map<String, String> errors = new LinkedHashMap<>();
            if (!CODE.matcher(code).matches()) {
                errors.put("code", "kode layanan 1-40 huruf besar, angka, titik atau tanda hubung, misalnya "
                        + "REHSOS-LUAR-PANTI");
            }
            List<Baris> rows = rows(data);
            List<Map<String, Object>> groups = new ArrayList<>();
            List<Integer> sent = new ArrayList<>();
            for (Baris row : rows) {
                if (row.name().isEmpty() && row.x().isEmpty() && row.y().isEmpty()) {
                    continue;
                }
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("name", row.name());
                group.put("x", count(row.x(), "groups[" + row.index() + "].x", "X", errors));
                group.put("y", count(row.y(), "groups[" + row.index() + "].y", "Y", errors));
                groups.add(group);
                sent.add(row.index());
            }
            if (groups.isEmpty()) {
                errors.put("groups", "isi paling sedikit satu kelompok penerima dengan X dan Y");
            }
            List<Baris> shown = new ArrayList<>(rows);
            if (!errors.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                return form(user, year, existing, form, shown, errors, exchange, model).doOnNext(view ->
                        model.addAttribute("masalah", "Periksa isian yang ditandai; tidak ada yang diubah."));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field : List.of("name", "recipients", "standard", "indicator")) {
                body.put(field, form.get(field));
            }
            body.put("groups", groups);
            return services.send(Services.Service.MEASUREMENT, HttpMethod.PUT, path(user, year) + "/" + code, body,
                    existing == null ? null : Pages.version(form.get("version"))).flatMap(result -> {
                        if (result.ok()) {
                            return Pages.redirect("/spm?tahun=" + year + "&pesan=disimpan");
                        }
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                        String problem = existing == null && result.status() == 428
                                ? "Layanan dengan kode " + code + " sudah ada tahun ini. Buka layanan itu dari "
                                + "daftar untuk mengubahnya, atau pakai kode lain."
                                : result.problem();
                        return form(user, year, existing, form, shown, onForm(result.errors(), sent), exchange,
                                model).doOnNext(view -> model.addAttribute("masalah", problem));
                    });
        });
    }

    @PostMapping("/spm/{kode}/tarik")
    Mono<String> withdraw(@AuthenticationPrincipal OidcUser principal, @PathVariable("kode") String kode,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        if (user.opd() == null || !CODE.matcher(kode).matches()) {
            return notFound(user, kode, exchange, model);
        }
        return exchange.getFormData().flatMap(data -> services.send(Services.Service.MEASUREMENT, HttpMethod.DELETE,
                path(user, year) + "/" + kode, null, Pages.version(data.getFirst("version"))).flatMap(result -> {
                    if (result.ok()) {
                        return Pages.redirect("/spm?tahun=" + year + "&pesan=ditarik");
                    }
                    exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                    model.addAttribute("halaman", "/spm");
                    return Mono.just(Pages.refused(model, result.problem()));
                }));
    }

    private Mono<String> form(SakipUser user, int year, String existing, Map<String, String> form, List<Baris> rows,
            Map<String, String> errors, ServerWebExchange exchange, Model model) {
        model.addAttribute("halaman", "/spm");
        if (user.opd() == null) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "SPM diisi per OPD; akun Anda tidak terhubung dengan OPD."));
        }
        if (!user.has(Role.OPERATOR)) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            return Mono.just(Pages.refused(model, "SPM diisi oleh operator OPD; peran Anda hanya dapat melihatnya."));
        }
        model.addAttribute("kodeLama", existing);
        model.addAttribute("isian", form);
        model.addAttribute("baris", rows);
        model.addAttribute("galat", errors);
        return Mono.just("spm-isi");
    }

    private static Mono<String> notFound(SakipUser user, String kode, ServerWebExchange exchange, Model model) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        model.addAttribute("halaman", "/spm");
        return Mono.just(Pages.refused(model, user.opd() == null
                ? "SPM diisi per OPD; akun Anda tidak terhubung dengan OPD."
                : "Tidak ada layanan SPM dengan kode " + kode + "."));
    }

    /** The service's field errors on the form's rows: its {@code groups[k]} is the k-th row that was sent. */
    private static Map<String, String> onForm(Map<String, String> errors, List<Integer> sent) {
        Map<String, String> shown = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            var group = GROUP_ERROR.matcher(field);
            if (group.matches() && Integer.parseInt(group.group(1)) < sent.size()) {
                shown.put("groups[" + sent.get(Integer.parseInt(group.group(1))) + "]." + group.group(2), message);
            } else {
                shown.put(field, message);
            }
        });
        return shown;
    }

    private static Layanan layanan(JsonNode s) {
        List<Kelompok> groups = new ArrayList<>();
        s.path("groups").forEach(g -> groups.add(new Kelompok(g.path("name").asString(), count(g.path("x")),
                count(g.path("y")), percent(g.path("percent")))));
        return new Layanan(s.path("code").asString(), s.path("name").asString(), s.path("recipients").asString(null),
                s.path("standard").asString(null), s.path("indicator").asString(null), groups, count(s.path("x")),
                count(s.path("y")), percent(s.path("percent")),
                s.path("updatedBy").asString() + ", " + Tampilan.moment(s.path("updatedAt").asString()));
    }

    private static String path(SakipUser user, int year) {
        return "/api/v1/spm/" + user.pemda() + "/" + user.opd() + "/" + year;
    }

    private static Map<String, String> typed(MultiValueMap<String, String> data) {
        Map<String, String> typed = new HashMap<>();
        for (String field : List.of("existing", "code", "name", "recipients", "standard", "indicator", "version")) {
            String value = data.getFirst(field);
            typed.put(field, value == null ? "" : value.strip());
        }
        return typed;
    }

    private static List<Baris> rows(MultiValueMap<String, String> data) {
        List<Baris> rows = new ArrayList<>();
        for (int i = 0; i < MAX_GROUPS && data.containsKey("groups[" + i + "].name"); i++) {
            rows.add(new Baris(i, field(data, "groups[" + i + "].name"), field(data, "groups[" + i + "].x"),
                    field(data, "groups[" + i + "].y")));
        }
        return rows;
    }

    private static String field(MultiValueMap<String, String> data, String name) {
        String value = data.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** A whole number as typed in Indonesian ("1.250" is 1250), or the error beside its field. */
    private static BigDecimal count(String text, String field, String label, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put(field, label + " wajib diisi");
            return null;
        }
        try {
            BigDecimal value = IndonesianNumber.parse(text);
            if (value.stripTrailingZeros().scale() > 0) {
                errors.put(field, label + " berupa bilangan bulat (jumlah orang), bukan " + text);
                return null;
            }
            return value;
        } catch (IndonesianNumber.NotANumber e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }

    private static String count(JsonNode node) {
        return node.isNumber() ? Indonesian.decimal(node.decimalValue()) : "–";
    }

    private static String whole(JsonNode node) {
        return node.isNumber() ? node.decimalValue().toPlainString() : "";
    }

    private static String percent(JsonNode node) {
        return node.isNumber() ? Indonesian.percent(node.decimalValue()) : "–";
    }
}
