package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import id.sakip.indonesian.Indonesian;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The beranda: for a person of an OPD, the OPD's IKU per sasaran for the year with target, realisasi, capaian and
 * its light, the programs' capaian beside their serapan, and what waits for the person's role; for the Pemda's
 * roles, the way to the city's views.
 */
@Controller
class BerandaController {

    private final Services services;
    private final Lembar lembar;

    BerandaController(Services services, Lembar lembar) {
        this.services = services;
        this.lembar = lembar;
    }

    record IkuRow(String name, String target, String realisasi, String capaian, String light, String lightLabel,
            String status) {
    }

    record Sasaran(String text, List<IkuRow> indicators, List<ProgramRow> programs) {
    }

    record ProgramRow(String code, String name, String capaian, String serapan, String verdict) {
    }

    record Waiting(String text, long count, String href) {
    }

    @GetMapping("/")
    Mono<String> beranda(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        model.addAttribute("halaman", "/");
        if (user.opd() == null) {
            model.addAttribute("tanpaOpd", true);
            return Mono.just("beranda");
        }
        String now = Periode.chosen(null);
        Mono<Lembar.Isi> sheet = user.has(Role.OPERATOR) || user.has(Role.KEPALA_BIDANG) || user.has(Role.KEPALA_OPD)
                ? lembar.of(user, now) : Mono.just(new Lembar.Isi(false, List.of(), null, 200));
        return Mono.zip(services.get(Services.Service.REPORTING, "/api/v1/reports/pelaporan-kinerja?pemdaCode="
                + user.pemda()
                + "&opdCode=" + user.opd() + "&year=" + year), sheet).map(both -> {
                    Services.Answer answer = both.getT1();
                    model.addAttribute("menunggu", waiting(user, both.getT2(), now));
                    if (!answer.ok() || answer.body() == null) {
                        model.addAttribute("masalah", answer.problem());
                        return "beranda";
                    }
                    JsonNode report = answer.body();
                    model.addAttribute("kosong", report.path("empty").asBoolean());
                    model.addAttribute("catatan", report.path("note").isNull() ? null : report.path("note").asString());
                    model.addAttribute("sasaran", sasaran(report));
                    model.addAttribute("aturanCapaian", report.path("capaianRules").isString()
                            ? report.path("capaianRules").asString() : null);
                    return "beranda";
                });
    }

    private static List<Sasaran> sasaran(JsonNode report) {
        List<Sasaran> blocks = new ArrayList<>();
        for (JsonNode block : report.path("table")) {
            List<IkuRow> rows = new ArrayList<>();
            block.path("indicators").forEach(indicator -> rows.add(row(indicator)));
            List<ProgramRow> programs = new ArrayList<>();
            for (JsonNode program : block.path("programs")) {
                JsonNode efficiency = program.path("efficiency");
                programs.add(new ProgramRow(program.path("code").asString(""), program.path("name").asString(),
                        Indonesian.percent(Tampilan.decimal(efficiency.path("capaianPercent"))),
                        Indonesian.percent(Tampilan.decimal(program.path("serapanPercent"))),
                        efficiency.isObject() ? efficiency.path("verdict").asString() : "–"));
            }
            blocks.add(new Sasaran(block.path("sasaran").asString(), rows, programs));
        }
        return blocks;
    }

    private static IkuRow row(JsonNode indicator) {
        JsonNode latest = indicator.path("latest");
        String unit = indicator.path("unit").asString("");
        String target = Tampilan.target(Tampilan.decimal(indicator.path("target")),
                Tampilan.decimal(indicator.path("targetMin")), Tampilan.decimal(indicator.path("targetMax")),
                Tampilan.text(indicator.path("targetCategory")), unit);
        if (!latest.isObject()) {
            return new IkuRow(indicator.path("name").asString(), target.strip(), "belum ada", "–", "kosong",
                    "Belum ada realisasi", "–");
        }
        BigDecimal capaian = Tampilan.decimal(latest.path("capaianPercent"));
        return new IkuRow(indicator.path("name").asString(), target.strip(), Tampilan.value(latest, unit),
                Indonesian.percent(capaian), Tampilan.lightClass(capaian), Tampilan.lightLabel(capaian),
                Tampilan.status(latest.path("status").asString("")) + " (" + latest.path("period").asString() + ")");
    }

    /**
     * What waits for the person in the quarter running now, from the worksheet measurement keeps and the person's
     * own rights on each row: an operator's indicators not yet submitted (not entered, draft or returned), a Kepala
     * Bidang's submissions to verify, a Kepala OPD's verified realisations whose period waits for approval.
     */
    private static List<Waiting> waiting(SakipUser user, Lembar.Isi sheet, String period) {
        List<Waiting> waiting = new ArrayList<>();
        if (sheet.problem() != null) {
            return waiting;
        }
        String label = Tampilan.period(period);
        String query = "?periode=" + period;
        if (user.has(Role.OPERATOR)) {
            waiting.add(new Waiting("indikator " + label + " belum diisi, draf, atau dikembalikan: menunggu diajukan",
                    sheet.rows().stream().filter(Lembar.Baris::editable).count(), "/realisasi" + query));
        }
        if (user.has(Role.KEPALA_BIDANG)) {
            waiting.add(new Waiting("realisasi " + label + " diajukan, menunggu verifikasi Anda",
                    sheet.rows().stream().filter(r -> r.mayVerify() && r.awaitingVerification()).count(),
                    "/verifikasi" + query));
        }
        if (user.has(Role.KEPALA_OPD)) {
            waiting.add(new Waiting("realisasi " + label + " terverifikasi, menunggu persetujuan periode",
                    sheet.locked() ? 0 : sheet.rows().stream().filter(r -> "VERIFIED".equals(r.statusCode())).count(),
                    "/persetujuan" + query));
        }
        return waiting;
    }
}
