package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import id.sakip.capaian.TrafficLight;
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
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The beranda: for a person of an OPD, the OPD's IKU per sasaran for the year with target, realisasi, capaian and
 * its light, the programs' capaian beside their serapan, and what waits for the person's role; for the Pemda's
 * roles, the way to the city's views.
 */
@Controller
class BerandaController {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final Services services;

    BerandaController(Services services) {
        this.services = services;
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
        int year = tahun == null || tahun < 2000 || tahun > 2100 ? Year.now(WIB).getValue() : tahun;
        model.addAttribute("halaman", "/");
        model.addAttribute("tahun", year);
        model.addAttribute("tahunPilihan", List.of(year + 1 > Year.now(WIB).getValue() + 1 ? year : year + 1, year,
                year - 1, year - 2).stream().distinct().toList());
        if (user.opd() == null) {
            model.addAttribute("tanpaOpd", true);
            return Mono.just("beranda");
        }
        return services.reporting("/api/v1/reports/pelaporan-kinerja?pemdaCode=" + user.pemda() + "&opdCode="
                + user.opd() + "&year=" + year).map(answer -> {
                    if (!answer.ok()) {
                        model.addAttribute("masalah", answer.problem());
                        return "beranda";
                    }
                    JsonNode report = answer.body();
                    model.addAttribute("kosong", report.path("empty").asBoolean());
                    model.addAttribute("catatan", report.path("note").isNull() ? null : report.path("note").asString());
                    model.addAttribute("sasaran", sasaran(report));
                    model.addAttribute("menunggu", waiting(user, report));
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
                        Indonesian.percent(decimal(efficiency.path("capaianPercent"))),
                        Indonesian.percent(decimal(program.path("serapanPercent"))),
                        efficiency.isObject() ? efficiency.path("verdict").asString() : "–"));
            }
            blocks.add(new Sasaran(block.path("sasaran").asString(), rows, programs));
        }
        return blocks;
    }

    private static IkuRow row(JsonNode indicator) {
        JsonNode latest = indicator.path("latest");
        String unit = indicator.path("unit").asString("");
        String target = indicator.hasNonNull("target") ? Indonesian.decimal(decimal(indicator.path("target"))) + " " + unit
                : indicator.hasNonNull("targetCategory") ? indicator.path("targetCategory").asString()
                : indicator.hasNonNull("targetMin") ? Indonesian.decimal(decimal(indicator.path("targetMin"))) + " – "
                + Indonesian.decimal(decimal(indicator.path("targetMax"))) + " " + unit : "N/A";
        if (!latest.isObject()) {
            return new IkuRow(indicator.path("name").asString(), target.strip(), "belum ada", "–", "kosong",
                    "Belum ada realisasi", "–");
        }
        String realisasi = latest.hasNonNull("value") ? Indonesian.decimal(decimal(latest.path("value"))) + " " + unit
                : latest.path("category").asString("–");
        BigDecimal capaian = decimal(latest.path("capaianPercent"));
        TrafficLight light = capaian == null ? null : TrafficLight.of(capaian);
        return new IkuRow(indicator.path("name").asString(), target.strip(), realisasi.strip(),
                Indonesian.percent(capaian), light == null ? "kosong" : light.name().toLowerCase(),
                light == null ? "Tidak dihitung" : switch (light) {
                    case HIJAU -> "Hijau";
                    case KUNING -> "Kuning";
                    case MERAH -> "Merah";
                }, Tampilan.status(latest.path("status").asString("")) + " (" + latest.path("period").asString() + ")");
    }

    /** What waits for the person's roles among the OPD's realisations of the year. */
    private static List<Waiting> waiting(SakipUser user, JsonNode report) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (JsonNode indicator : report.path("indicators")) {
            String status = indicator.path("latest").path("status").asString("");
            if (!status.isEmpty()) {
                byStatus.merge(status, 1L, Long::sum);
            }
        }
        List<Waiting> waiting = new ArrayList<>();
        if (user.has(Role.OPERATOR)) {
            waiting.add(new Waiting("realisasi draf atau dikembalikan, menunggu diajukan",
                    byStatus.getOrDefault("DRAFT", 0L) + byStatus.getOrDefault("REJECTED", 0L), "/realisasi"));
        }
        if (user.has(Role.KEPALA_BIDANG)) {
            waiting.add(new Waiting("realisasi diajukan, menunggu verifikasi", byStatus.getOrDefault("SUBMITTED", 0L),
                    "/verifikasi"));
        }
        if (user.has(Role.KEPALA_OPD)) {
            waiting.add(new Waiting("realisasi terverifikasi, menunggu persetujuan periode",
                    byStatus.getOrDefault("VERIFIED", 0L), "/persetujuan"));
        }
        return waiting;
    }

    private static BigDecimal decimal(JsonNode node) {
        return Tampilan.decimal(node);
    }
}
