package id.sakip.gateway.web;

import id.sakip.access.SakipUser;
import id.sakip.indonesian.Indonesian;
import id.sakip.indonesian.IndonesianNumber;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Realisasi: the operator's rows of a period, and for one indicator the form to enter its value (a number, a
 * category of its scale, or numerator and denominator), attach bukti dukung, write the explanations its capaian asks
 * for, and submit it. A refusal shows the service's field errors beside the fields and keeps what was typed.
 */
@Controller
class RealisasiController {

    private static final List<String> VALUE_FIELDS = List.of("value", "category", "numerator", "denominator");
    private static final List<String> JUSTIFICATION = List.of("faktorPendorong", "faktorPenghambat", "tindakLanjut");

    private final Lembar lembar;
    private final Services services;

    RealisasiController(Lembar lembar, Services services) {
        this.lembar = lembar;
        this.services = services;
    }

    record Berkas(String name, String size, String uploadedAt, String href) {
    }

    record Jejak(String action, String actor, String at, String change, String reason) {
    }

    @GetMapping("/realisasi")
    Mono<String> rows(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "periode", required = false) String periode, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        String period = Periode.chosen(periode);
        model.addAttribute("halaman", "/realisasi");
        model.addAttribute("periode", Periode.of(period));
        model.addAttribute("pilihanPeriode", Periode.choices(period));
        if (user.opd() == null) {
            return Mono.just(Pages.refused(model, "Realisasi diisi oleh operator sebuah OPD; akun Anda tidak "
                    + "terhubung dengan OPD mana pun."));
        }
        return lembar.of(user, period).map(isi -> {
            model.addAttribute("masalah", isi.problem());
            model.addAttribute("terkunci", isi.locked());
            model.addAttribute("baris", isi.rows().stream().filter(Lembar.Baris::mayEnter).toList());
            // a locked period offers nothing to enter: the bidang's values are shown to read
            model.addAttribute("barisLain", isi.locked() ? isi.rows().stream().filter(r -> r.recorded()
                    && java.util.Objects.equals(r.bidang(), user.bidang())).toList() : List.of());
            return "realisasi";
        });
    }

    @GetMapping("/realisasi/{indicatorId}/{periode}")
    Mono<String> form(@AuthenticationPrincipal OidcUser principal, @PathVariable UUID indicatorId,
            @PathVariable String periode, @RequestParam(name = "pesan", required = false) String pesan,
            ServerWebExchange exchange, Model model) {
        return page(SakipUser.of(principal.getClaims()), indicatorId.toString(), periode, null, Map.of(), null,
                message(pesan), exchange, model);
    }

    @PostMapping("/realisasi/{indicatorId}/{periode}/nilai")
    Mono<String> save(@AuthenticationPrincipal OidcUser principal, @PathVariable UUID indicatorId,
            @PathVariable String periode, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        return exchange.getFormData().flatMap(form -> lembar.of(user, periode).flatMap(isi -> {
            Lembar.Baris row = isi.row(indicatorId.toString()).orElse(null);
            if (row == null || !row.editable()) {
                return notEditable(user, indicatorId, periode, isi, row, exchange, model);
            }
            Map<String, String> entered = entered(form, VALUE_FIELDS, "reason");
            Map<String, String> errors = new LinkedHashMap<>();
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field : List.of("value", "numerator", "denominator")) {
                try {
                    BigDecimal number = field.equals("value") && row.entry().equals("RATIO")
                            ? IndonesianNumber.parsePercent(entered.get(field))
                            : IndonesianNumber.parse(entered.get(field));
                    if (number != null) {
                        body.put(field, number);
                    }
                } catch (IndonesianNumber.NotANumber e) {
                    errors.put(field, e.getMessage());
                }
            }
            if (entered.get("category") != null && !entered.get("category").isBlank()) {
                body.put("category", entered.get("category"));
            }
            if (!errors.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                return page(user, indicatorId.toString(), periode, isi, errors, entered, null, exchange, model,
                        "Periksa isian yang ditandai; belum ada yang disimpan.");
            }
            Mono<Services.Answer> answer;
            if (row.recorded()) {
                body.put("reason", entered.getOrDefault("reason", ""));
                answer = services.send(Services.Service.MEASUREMENT, HttpMethod.PUT,
                        "/api/v1/realizations/" + row.realizationId(), body,
                        Pages.version(form.getFirst("version")));
            } else {
                body.put("indicatorId", indicatorId.toString());
                body.put("period", periode);
                answer = services.send(Services.Service.MEASUREMENT, HttpMethod.POST, "/api/v1/realizations", body,
                        null);
            }
            return answer.flatMap(result -> result.ok() ? Pages.redirect("/realisasi/" + indicatorId
                    + "/" + periode + "?pesan=tersimpan") : refused(user, indicatorId, periode, result, entered,
                    exchange, model));
        }));
    }

    @PostMapping("/realisasi/{indicatorId}/{periode}/bukti")
    Mono<String> attach(@AuthenticationPrincipal OidcUser principal, @PathVariable UUID indicatorId,
            @PathVariable String periode, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        return exchange.getMultipartData().flatMap(parts -> lembar.of(user, periode).flatMap(isi -> {
            Lembar.Baris row = isi.row(indicatorId.toString()).orElse(null);
            if (row == null || !row.recorded() || !row.editable()) {
                return notEditable(user, indicatorId, periode, isi, row, exchange, model);
            }
            Part part = parts.getFirst("file");
            if (!(part instanceof FilePart file) || file.filename().isBlank()) {
                exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                return page(user, indicatorId.toString(), periode, isi, Map.of("file", "pilih berkas bukti dukung"),
                        null, null, exchange, model, "Belum ada berkas yang dipilih.");
            }
            return services.upload(Services.Service.MEASUREMENT, "/api/v1/realizations/" + row.realizationId()
                    + "/evidence", file).flatMap(result -> result.ok() ? Pages.redirect("/realisasi/"
                    + indicatorId + "/" + periode + "?pesan=bukti") : refused(user, indicatorId, periode,
                    errorsOn(result, "file"), Map.of(), exchange, model));
        }));
    }

    @PostMapping("/realisasi/{indicatorId}/{periode}/ajukan")
    Mono<String> submit(@AuthenticationPrincipal OidcUser principal, @PathVariable UUID indicatorId,
            @PathVariable String periode, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        return exchange.getFormData().flatMap(form -> lembar.of(user, periode).flatMap(isi -> {
            Lembar.Baris row = isi.row(indicatorId.toString()).orElse(null);
            if (row == null || !row.recorded() || !row.editable()) {
                return notEditable(user, indicatorId, periode, isi, row, exchange, model);
            }
            Map<String, String> entered = entered(form, JUSTIFICATION);
            Long version = Pages.version(form.getFirst("version"));
            return services.send(Services.Service.MEASUREMENT, HttpMethod.POST, "/api/v1/realizations/"
                    + row.realizationId() + "/submit", entered, version).flatMap(result -> result.ok()
                    ? Pages.redirect("/realisasi/" + indicatorId + "/" + periode + "?pesan=diajukan")
                    : refused(user, indicatorId, periode, result, entered, exchange, model));
        }));
    }

    @GetMapping("/realisasi/bukti/{realizationId}/{evidenceId}")
    Mono<ResponseEntity<byte[]>> evidence(@PathVariable UUID realizationId, @PathVariable UUID evidenceId) {
        return services.download(Services.Service.MEASUREMENT, "/api/v1/realizations/" + realizationId
                + "/evidence/" + evidenceId).map(Pages::passOn);
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * A form for a realisation that can no longer change (submitted meanwhile, the period approved): 409 and the
     * page as it stands, saying so; a row the person may not enter gets the refusal page.
     */
    private Mono<String> notEditable(SakipUser user, UUID indicatorId, String periode, Lembar.Isi isi,
            Lembar.Baris row, ServerWebExchange exchange, Model model) {
        if (row != null && row.mayEnter()) {
            exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
            return page(user, indicatorId.toString(), periode, isi, Map.of(), null, null, exchange, model,
                    "Realisasi ini sudah " + row.status().toLowerCase(java.util.Locale.ROOT) + " dan tidak dapat "
                            + "diubah lagi; halaman menampilkan keadaannya sekarang. Tidak ada yang disimpan.");
        }
        return page(user, indicatorId.toString(), periode, isi, Map.of(), null, null, exchange, model);
    }

    private Mono<String> refused(SakipUser user, UUID indicatorId, String periode, Services.Answer result,
            Map<String, String> entered, ServerWebExchange exchange, Model model) {
        exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
        return page(user, indicatorId.toString(), periode, null, result.errors(), entered, null, exchange, model,
                result.problem());
    }

    /** A refused upload's errors on the file field, whatever the service named. */
    private static Services.Answer errorsOn(Services.Answer result, String field) {
        if (!result.errors().isEmpty() || result.body() == null) {
            return result;
        }
        var body = result.body().deepCopy();
        ((tools.jackson.databind.node.ObjectNode) body).putObject("errors").put(field, result.problem());
        return new Services.Answer(result.status(), body, result.version());
    }

    private Mono<String> page(SakipUser user, String indicatorId, String periode, Lembar.Isi loaded,
            Map<String, String> errors, Map<String, String> entered, String message, ServerWebExchange exchange,
            Model model) {
        return page(user, indicatorId, periode, loaded, errors, entered, message, exchange, model, null);
    }

    /**
     * The form of one indicator: its target and value, its files, its explanations and its trail. A person who may
     * not enter it gets a refusal page, never the form.
     */
    private Mono<String> page(SakipUser user, String indicatorId, String periode, Lembar.Isi loaded,
            Map<String, String> errors, Map<String, String> entered, String message, ServerWebExchange exchange,
            Model model, String problem) {
        model.addAttribute("halaman", "/realisasi");
        if (user.opd() == null || !Periode.chosen(periode).equals(periode)) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "Halaman ini tidak ada."));
        }
        Mono<Lembar.Isi> isi = loaded == null ? lembar.of(user, periode) : Mono.just(loaded);
        return isi.flatMap(sheet -> {
            Lembar.Baris row = sheet.row(indicatorId).orElse(null);
            if (sheet.problem() != null) {
                exchange.getResponse().setStatusCode(Pages.refusalStatus(sheet.status()));
                return Mono.just(Pages.refused(model, sheet.problem()));
            }
            if (row == null) {
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                return Mono.just(Pages.refused(model, "Indikator ini tidak ada pada lembar realisasi OPD Anda untuk "
                        + Tampilan.period(periode) + "."));
            }
            if (!row.mayEnter()) {
                exchange.getResponse().setStatusCode(sheet.locked() ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN);
                return Mono.just(Pages.refused(model, sheet.locked() ? "Periode " + Tampilan.period(periode)
                        + " sudah disetujui dan terkunci; realisasinya tidak dapat diubah lagi."
                        : "Realisasi indikator ini diisi oleh operator bidang " + (row.bidang() == null
                        ? "Sekretariat" : row.bidang()) + ". Anda tidak berwenang mengisinya."));
            }
            model.addAttribute("periode", Periode.of(periode));
            model.addAttribute("baris", row);
            model.addAttribute("galat", errors);
            model.addAttribute("masalah", problem);
            model.addAttribute("pesan", message);
            // what was typed stands over what is stored, so the other form on the page keeps its stored text
            Map<String, String> shown = prefilled(row);
            if (entered != null) {
                shown.putAll(entered);
            }
            model.addAttribute("isian", shown);
            if (!row.recorded()) {
                model.addAttribute("berkas", List.of());
                model.addAttribute("jejak", List.of());
                return Mono.just("realisasi-isi");
            }
            String base = "/api/v1/realizations/" + row.realizationId();
            return Mono.zip(services.get(Services.Service.MEASUREMENT, base + "/evidence"),
                    services.get(Services.Service.MEASUREMENT, base + "/history")).map(both -> {
                        model.addAttribute("berkas", files(row, both.getT1()));
                        model.addAttribute("jejak", trail(both.getT2()));
                        if (!both.getT1().ok() || !both.getT2().ok()) {
                            model.addAttribute("bagianHilang", "Bukti dukung atau riwayat tidak dapat dimuat saat "
                                    + "ini; muat ulang halaman sebentar lagi.");
                        }
                        return "realisasi-isi";
                    });
        });
    }

    private static Map<String, String> prefilled(Lembar.Baris row) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode r = row.realization();
        if (r != null) {
            boolean ratio = r.hasNonNull("numerator");
            values.put("value", r.hasNonNull("value") && !ratio ? Indonesian.decimal(Tampilan.decimal(r.path("value")))
                    : "");
            values.put("numerator", ratio ? Indonesian.decimal(Tampilan.decimal(r.path("numerator"))) : "");
            values.put("denominator", ratio ? Indonesian.decimal(Tampilan.decimal(r.path("denominator"))) : "");
            values.put("category", r.path("category").asString(""));
            values.put("faktorPendorong", r.path("faktorPendorong").asString(""));
            values.put("faktorPenghambat", r.path("faktorPenghambat").asString(""));
            values.put("tindakLanjut", r.path("tindakLanjut").asString(""));
        }
        return values;
    }

    static List<Berkas> files(Lembar.Baris row, Services.Answer answer) {
        List<Berkas> files = new ArrayList<>();
        if (answer.ok()) {
            for (JsonNode file : answer.body()) {
                long bytes = file.path("sizeBytes").asLong();
                files.add(new Berkas(file.path("fileName").asString(), bytes < 1024 ? bytes + " byte"
                        : Indonesian.decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1,
                        java.math.RoundingMode.HALF_UP)) + " KB", Tampilan.moment(file.path("uploadedAt").asString()),
                        "/realisasi/bukti/" + row.realizationId() + "/" + file.path("id").asString()));
            }
        }
        return files;
    }

    static List<Jejak> trail(Services.Answer answer) {
        List<Jejak> trail = new ArrayList<>();
        if (answer.ok()) {
            for (JsonNode entry : answer.body()) {
                String actor = entry.path("actorName").asString(entry.path("actor").asString());
                trail.add(new Jejak(Tampilan.action(entry.path("action").asString()), actor,
                        Tampilan.moment(entry.path("at").asString()), change(entry),
                        entry.path("reason").asString("")));
            }
        }
        return trail;
    }

    /** What an act changed that a reader looks for: the value, and the state. */
    private static String change(JsonNode entry) {
        JsonNode before = entry.path("before");
        JsonNode after = entry.path("after");
        List<String> parts = new ArrayList<>();
        String was = Tampilan.value(before.isObject() ? before : null, "");
        String is = Tampilan.value(after.isObject() ? after : null, "");
        if (!was.equals(is)) {
            parts.add(before.isObject() ? "nilai " + was + " → " + is : "nilai " + is);
        }
        if (entry.path("after").has("evidence")) {
            parts.add(entry.path("after").path("evidence").asString().replaceAll(" \\(.*", ""));
        }
        return String.join("; ", parts);
    }

    private static Map<String, String> entered(MultiValueMap<String, String> form, List<String> fields,
            String... more) {
        Map<String, String> entered = new LinkedHashMap<>();
        for (String field : fields) {
            entered.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        for (String field : more) {
            entered.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        return entered;
    }

    private static String message(String pesan) {
        return switch (pesan == null ? "" : pesan) {
            case "tersimpan" -> "Nilai realisasi tersimpan.";
            case "bukti" -> "Bukti dukung terlampir.";
            case "diajukan" -> "Realisasi diajukan untuk diverifikasi Kepala Bidang.";
            default -> null;
        };
    }
}
