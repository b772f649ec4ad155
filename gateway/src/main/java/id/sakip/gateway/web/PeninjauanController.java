package id.sakip.gateway.web;

import id.sakip.access.SakipUser;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Verifikasi for the Kepala Bidang (verify, or return with a note) and persetujuan for the Kepala OPD (approve the
 * period once every realisation in it is verified), and the trail and files of one realisation for whoever reads the
 * OPD.
 */
@Controller
class PeninjauanController {

    private final Lembar lembar;
    private final Services services;

    PeninjauanController(Lembar lembar, Services services) {
        this.lembar = lembar;
        this.services = services;
    }

    @GetMapping("/verifikasi")
    Mono<String> verification(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "periode", required = false) String periode,
            @RequestParam(name = "pesan", required = false) String pesan, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        String period = Periode.chosen(periode);
        model.addAttribute("halaman", "/verifikasi");
        model.addAttribute("periode", Periode.of(period));
        model.addAttribute("pilihanPeriode", Periode.choices(period));
        model.addAttribute("pesan", switch (pesan == null ? "" : pesan) {
            case "diverifikasi" -> "Realisasi diverifikasi.";
            case "dikembalikan" -> "Realisasi dikembalikan kepada operator dengan catatan Anda.";
            default -> null;
        });
        if (user.opd() == null) {
            return Mono.just(Pages.refused(model, "Verifikasi dilakukan Kepala Bidang sebuah OPD."));
        }
        return lembar.of(user, period).map(isi -> {
            List<Lembar.Baris> mine = isi.rows().stream().filter(Lembar.Baris::mayVerify).toList();
            model.addAttribute("masalah", isi.problem());
            model.addAttribute("terkunci", isi.locked());
            model.addAttribute("menunggu", mine.stream().filter(Lembar.Baris::awaitingVerification).toList());
            model.addAttribute("lainnya", mine.stream().filter(r -> !r.awaitingVerification()).toList());
            return "verifikasi";
        });
    }

    @PostMapping("/verifikasi/{realizationId}")
    Mono<String> review(@AuthenticationPrincipal OidcUser principal, @PathVariable UUID realizationId,
            ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        return exchange.getFormData().flatMap(form -> {
            String period = Periode.chosen(form.getFirst("periode"));
            boolean returning = "kembalikan".equals(form.getFirst("tindakan"));
            String note = form.getFirst("note") == null ? "" : form.getFirst("note");
            Long version = Pages.version(form.getFirst("version"));
            return services.send(Services.Service.MEASUREMENT, HttpMethod.POST, "/api/v1/realizations/"
                    + realizationId + (returning ? "/reject" : "/verify"), Map.of("note", note), version)
                    .flatMap(result -> {
                        if (result.ok()) {
                            return Pages.redirect("/verifikasi?periode=" + period + "&pesan="
                                    + (returning ? "dikembalikan" : "diverifikasi"));
                        }
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                        model.addAttribute("masalahBaris", realizationId.toString());
                        model.addAttribute("galat", result.errors());
                        model.addAttribute("catatan", note);
                        return verification(principal, period, null, model).doOnNext(view ->
                                model.addAttribute("masalah", result.problem()));
                    });
        });
    }

    @GetMapping("/persetujuan")
    Mono<String> approval(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "periode", required = false) String periode,
            @RequestParam(name = "pesan", required = false) String pesan, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        String period = Periode.chosen(periode);
        model.addAttribute("halaman", "/persetujuan");
        model.addAttribute("periode", Periode.of(period));
        model.addAttribute("pilihanPeriode", Periode.choices(period));
        model.addAttribute("pesan", "disetujui".equals(pesan) ? "Periode " + Tampilan.period(period)
                + " disetujui dan dikunci." : null);
        if (user.opd() == null) {
            return Mono.just(Pages.refused(model, "Persetujuan periode dilakukan Kepala OPD."));
        }
        return lembar.of(user, period).map(isi -> {
            List<Lembar.Baris> recorded = isi.rows().stream().filter(Lembar.Baris::recorded).toList();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Lembar.Baris row : isi.rows()) {
                counts.merge(row.status(), 1L, Long::sum);
            }
            model.addAttribute("masalah", isi.problem());
            model.addAttribute("terkunci", isi.locked());
            model.addAttribute("baris", isi.problem() == null ? isi.rows() : null);
            model.addAttribute("jumlah", counts);
            model.addAttribute("siap", !isi.locked() && !recorded.isEmpty()
                    && recorded.stream().allMatch(r -> "VERIFIED".equals(r.statusCode())));
            return "persetujuan";
        });
    }

    @PostMapping("/persetujuan/{periode}")
    Mono<String> approve(@AuthenticationPrincipal OidcUser principal, @PathVariable String periode,
            ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        String period = Periode.chosen(periode);
        if (user.opd() == null || !period.equals(periode)) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "Halaman ini tidak ada."));
        }
        return services.send(Services.Service.MEASUREMENT, HttpMethod.POST, "/api/v1/realization-periods/"
                + user.pemda() + "/" + user.opd() + "/" + period + "/approve", Map.of(), null).flatMap(result -> {
                    if (result.ok()) {
                        return Pages.redirect("/persetujuan?periode=" + period + "&pesan=disetujui");
                    }
                    exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                    return approval(principal, period, null, model).doOnNext(view ->
                            model.addAttribute("masalah", result.problem()));
                });
    }

    @GetMapping("/riwayat/{realizationId}")
    Mono<String> trail(@PathVariable UUID realizationId, ServerWebExchange exchange, Model model) {
        String base = "/api/v1/realizations/" + realizationId;
        return Mono.zip(services.get(Services.Service.MEASUREMENT, base),
                services.get(Services.Service.MEASUREMENT, base + "/evidence"),
                services.get(Services.Service.MEASUREMENT, base + "/history")).map(all -> {
                    if (!all.getT1().ok()) {
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(all.getT1().status()));
                        return Pages.refused(model, all.getT1().problem());
                    }
                    var r = all.getT1().body();
                    Lembar.Baris row = new Lembar.Baris(r.path("indicatorId").asString(), null, null, "", null,
                            List.of(), null, realizationId.toString(), r.path("version").asLong(),
                            r.path("status").asString(), Tampilan.status(r.path("status").asString()),
                            Tampilan.value(r, ""), null, null, null, 0, false, false, List.of(), null, null, null,
                            null, null, r);
                    model.addAttribute("halaman", "/realisasi");
                    model.addAttribute("realisasi", row);
                    model.addAttribute("periode", Periode.of(r.path("period").asString()));
                    model.addAttribute("berkas", RealisasiController.files(row, all.getT2()));
                    model.addAttribute("jejak", RealisasiController.trail(all.getT3()));
                    return "riwayat";
                });
    }
}
