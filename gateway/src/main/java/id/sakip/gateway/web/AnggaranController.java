package id.sakip.gateway.web;

import id.sakip.access.SakipUser;
import id.sakip.indonesian.Indonesian;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Anggaran: the OPD's pagu along its program tree, with the budget document of each line, spending per quarter, serapan. */
@Controller
class AnggaranController {

    private final Services services;

    AnggaranController(Services services) {
        this.services = services;
    }

    record Pos(int depth, String level, String code, String name, boolean ownLine, String paguVersion, String pagu,
            List<String> quarters, String realized, String serapan) {
    }

    @GetMapping("/anggaran")
    Mono<String> budget(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(tahun, model);
        model.addAttribute("halaman", "/anggaran");
        if (user.opd() == null) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "Anggaran dilihat per OPD; akun Anda tidak terhubung dengan OPD."));
        }
        return services.get(Services.Service.BUDGET, "/api/v1/budget/tree?pemdaCode=" + user.pemda() + "&opdCode="
                + user.opd() + "&year=" + year).map(Pages.orProblem(model, "anggaran", answer -> {
                    JsonNode tree = answer.body();
                    List<Pos> rows = new ArrayList<>();
                    tree.path("programs").forEach(program -> rows(program, 0, rows));
                    List<String> versions = new ArrayList<>();
                    tree.path("paguVersions").forEach(v -> versions.add(v.asString()));
                    model.addAttribute("kosong", tree.path("empty").asBoolean());
                    model.addAttribute("pos", rows);
                    model.addAttribute("versiPagu", versions);
                    model.addAttribute("jumlah", tree.path("total").isObject() ? pos(tree.path("total"), 0) : null);
                    return "anggaran";
                }));
    }

    private static void rows(JsonNode row, int depth, List<Pos> rows) {
        rows.add(pos(row, depth));
        row.path("children").forEach(child -> rows(child, depth + 1, rows));
    }

    private static Pos pos(JsonNode row, int depth) {
        List<String> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(Indonesian.rupiah(Tampilan.decimal(row.path("realizedByQuarter").path(String.valueOf(q)))));
        }
        String level = row.path("level").asString("");
        return new Pos(depth, PerencanaanController.kindLabel(level), row.path("code").asString(""),
                row.path("name").asString(""), row.path("ownLine").asBoolean(), row.path("paguVersion").asString(""),
                Tampilan.rupiah(row.path("pagu")), quarters,
                Tampilan.rupiah(row.path("realized")),
                row.hasNonNull("serapanPercent") ? Indonesian.percent(Tampilan.decimal(row.path("serapanPercent")))
                        : "–");
    }
}
