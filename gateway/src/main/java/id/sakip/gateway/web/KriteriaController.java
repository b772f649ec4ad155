package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The evaluation's criteria, the OPD's and the evaluator's answers side by side: while the evaluation is a draft the
 * OPD's perencana or Kepala OPD answers them (grade, note, evidence), once it is submitted the Inspektorat grades
 * them; one form for every criterion, each changed answer sent on its own in order, guarded by the version read, and
 * a refused one named beside its criterion with what was typed kept. The steps (submit, complete, finalise) are
 * buttons of the same page.
 */
@Controller
class KriteriaController {

    private final Services services;

    KriteriaController(Services services) {
        this.services = services;
    }

    record Kriteria(String code, String text, String selfGrade, String selfNote, String selfEvidence, String grade,
            String gradeNote) {
    }

    record Bagian(String name, String weight, List<Kriteria> criteria) {
    }

    record Komponen(String name, String weight, List<Bagian> parts) {
    }

    @GetMapping("/evaluasi/{id}/kriteria")
    Mono<String> page(@AuthenticationPrincipal OidcUser principal, @PathVariable("id") UUID id,
            @RequestParam(name = "pesan", required = false) String pesan, ServerWebExchange exchange, Model model) {
        return page(SakipUser.of(principal.getClaims()), id, "disimpan".equals(pesan) ? "Jawaban tersimpan."
                : "langkah".equals(pesan) ? "Evaluasi dilanjutkan ke tahap berikutnya." : null, Map.of(), Map.of(),
                exchange, model);
    }

    @PostMapping("/evaluasi/{id}/kriteria")
    Mono<String> save(@AuthenticationPrincipal OidcUser principal, @PathVariable("id") UUID id,
            ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        return exchange.getFormData().flatMap(form -> services.get(Services.Service.EVALUATION,
                "/api/v1/evaluations/" + id).flatMap(current -> {
                    if (!current.ok() || current.body() == null) {
                        exchange.getResponse().setStatusCode(Pages.refusalStatus(current.status()));
                        return Mono.just(Pages.refused(model, current.problem()));
                    }
                    boolean evaluator = "SELF_ASSESSED".equals(current.body().path("state").asString());
                    Map<String, String> typed = typed(form);
                    Long read = Pages.version(typed.get("version"));
                    if (read == null || read != current.body().path("version").asLong()) {
                        // the evaluation moved on since the form was read (answered elsewhere, submitted): show it
                        // as it is now rather than save answers into a step the form was not made for
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        return page(user, id, null, Map.of(), Map.of(), exchange, model).doOnNext(view ->
                                model.addAttribute("masalah", "Evaluasi ini baru saja diubah orang lain atau "
                                        + "sudah berpindah tahap. Inilah keadaannya sekarang; isi kembali jawaban "
                                        + "Anda bila masih perlu. Tidak ada yang disimpan."));
                    }
                    List<String[]> changes = changes(current.body(), typed, evaluator);
                    AtomicLong version = new AtomicLong(read);
                    Map<String, String> errors = new LinkedHashMap<>();
                    AtomicReference<String> problem = new AtomicReference<>();
                    return Flux.fromIterable(changes).concatMap(change -> {
                        if (problem.get() != null) {
                            return Mono.empty();
                        }
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("grade", change[1]);
                        body.put("note", change[2]);
                        if (!evaluator) {
                            body.put("evidence", change[3]);
                        }
                        return services.send(Services.Service.EVALUATION, HttpMethod.PUT, "/api/v1/evaluations/" + id
                                + "/criteria/" + change[0] + (evaluator ? "/grade" : "/self-assessment"), body,
                                version.get()).doOnNext(result -> {
                                    if (result.ok()) {
                                        version.set(result.body().path("version").asLong());
                                    } else {
                                        problem.set(result.problem());
                                        String message = result.errors().isEmpty() ? result.problem()
                                                : String.join("; ", result.errors().values());
                                        errors.put(change[0], message);
                                    }
                                });
                    }).then(Mono.defer(() -> {
                        if (problem.get() == null) {
                            return Pages.redirect("/evaluasi/" + id + "/kriteria?pesan=disimpan");
                        }
                        exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                        return page(user, id, null, typed, errors, exchange, model).doOnNext(view ->
                                model.addAttribute("masalah", problem.get() + " Jawaban sebelum kriteria yang "
                                        + "ditandai sudah tersimpan; yang ditandai dan sesudahnya belum."));
                    }));
                }));
    }

    @PostMapping("/evaluasi/{id}/langkah/{langkah}")
    Mono<String> step(@AuthenticationPrincipal OidcUser principal, @PathVariable("id") UUID id,
            @PathVariable("langkah") String langkah, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        String action = switch (langkah) {
            case "ajukan" -> "submit";
            case "selesaikan" -> "complete";
            case "finalkan" -> "finalise";
            default -> null;
        };
        if (action == null) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(Pages.refused(model, "Langkah evaluasi tidak dikenal."));
        }
        return exchange.getFormData().flatMap(form -> services.send(Services.Service.EVALUATION, HttpMethod.POST,
                "/api/v1/evaluations/" + id + "/" + action, Map.of(), Pages.version(form.getFirst("version")))
                .flatMap(result -> {
                    if (result.ok()) {
                        return Pages.redirect("/evaluasi/" + id + "/kriteria?pesan=langkah");
                    }
                    exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                    Map<String, String> errors = new LinkedHashMap<>();
                    result.errors().forEach((field, message) -> errors.put(field.replaceFirst("^criteria\\.", ""),
                            message));
                    return page(user, id, null, Map.of(), errors, exchange, model).doOnNext(view ->
                            model.addAttribute("masalah", result.problem()));
                }));
    }

    private Mono<String> page(SakipUser user, UUID id, String pesan, Map<String, String> typed,
            Map<String, String> errors, ServerWebExchange exchange, Model model) {
        model.addAttribute("halaman", "/evaluasi");
        model.addAttribute("pesan", pesan);
        return services.get(Services.Service.EVALUATION, "/api/v1/evaluations/" + id).flatMap(answer -> {
            if (!answer.ok() || answer.body() == null) {
                exchange.getResponse().setStatusCode(Pages.refusalStatus(answer.status()));
                return Mono.just(Pages.refused(model, answer.problem()));
            }
            JsonNode evaluation = answer.body();
            return services.get(Services.Service.EVALUATION, "/api/v1/evaluation-frameworks/"
                    + evaluation.path("frameworkCode").asString()).map(framework -> {
                        if (!framework.ok() || framework.body() == null) {
                            exchange.getResponse().setStatusCode(Pages.refusalStatus(framework.status()));
                            return Pages.refused(model, framework.problem());
                        }
                        String state = evaluation.path("state").asString();
                        boolean opd = user.opd() != null && (user.has(Role.PERENCANA) || user.has(Role.KEPALA_OPD));
                        boolean inspektorat = user.has(Role.INSPEKTORAT);
                        model.addAttribute("evaluasi", evaluation);
                        model.addAttribute("isiMandiri", opd && "DRAFT".equals(state));
                        model.addAttribute("isiEvaluator", inspektorat && "SELF_ASSESSED".equals(state));
                        model.addAttribute("bolehAjukan", opd && "DRAFT".equals(state));
                        model.addAttribute("bolehSelesaikan", inspektorat && "SELF_ASSESSED".equals(state));
                        model.addAttribute("bolehFinalkan", inspektorat && "EVALUATED".equals(state));
                        List<String> grades = new ArrayList<>();
                        framework.body().path("grades").forEach(g -> grades.add(g.path("code").asString()));
                        model.addAttribute("nilai", grades);
                        model.addAttribute("komponen", tree(evaluation, typed));
                        model.addAttribute("galat", errors);
                        return "evaluasi-kriteria";
                    });
        });
    }

    /** The criteria as the form shows them: what the person typed where the form came back, else what is stored. */
    private static List<Komponen> tree(JsonNode evaluation, Map<String, String> typed) {
        List<Komponen> components = new ArrayList<>();
        for (JsonNode c : evaluation.path("components")) {
            List<Bagian> parts = new ArrayList<>();
            for (JsonNode s : c.path("subComponents")) {
                List<Kriteria> criteria = new ArrayList<>();
                for (JsonNode k : s.path("criteria")) {
                    String code = k.path("code").asString();
                    criteria.add(new Kriteria(code, k.path("text").asString(),
                            typed.getOrDefault("self." + code, k.path("selfGrade").asString("")),
                            typed.getOrDefault("selfNote." + code, k.path("selfNote").asString("")),
                            typed.getOrDefault("selfEvidence." + code, k.path("selfEvidence").asString("")),
                            typed.getOrDefault("grade." + code, k.path("grade").asString("")),
                            typed.getOrDefault("gradeNote." + code, k.path("gradeNote").asString(""))));
                }
                parts.add(new Bagian(s.path("name").asString(), weight(s), criteria));
            }
            components.add(new Komponen(c.path("name").asString(), weight(c), parts));
        }
        return components;
    }

    private static String weight(JsonNode part) {
        return id.sakip.indonesian.Indonesian.decimal(Tampilan.decimal(part.path("weight")));
    }

    /** The criteria whose answer the form changes: {code, grade, note, evidence}, in the framework's order. */
    private static List<String[]> changes(JsonNode evaluation, Map<String, String> typed, boolean evaluator) {
        List<String[]> changes = new ArrayList<>();
        for (JsonNode c : evaluation.path("components")) {
            for (JsonNode s : c.path("subComponents")) {
                for (JsonNode k : s.path("criteria")) {
                    String code = k.path("code").asString();
                    String grade = typed.getOrDefault((evaluator ? "grade." : "self.") + code, "");
                    String note = typed.getOrDefault((evaluator ? "gradeNote." : "selfNote.") + code, "");
                    String evidence = typed.getOrDefault("selfEvidence." + code, "");
                    if (grade.isEmpty()) {
                        continue;
                    }
                    boolean same = evaluator
                            ? grade.equals(k.path("grade").asString("")) && note.equals(k.path("gradeNote").asString(""))
                            : grade.equals(k.path("selfGrade").asString(""))
                            && note.equals(k.path("selfNote").asString(""))
                            && evidence.equals(k.path("selfEvidence").asString(""));
                    if (!same) {
                        changes.add(new String[] {code, grade, note, evidence});
                    }
                }
            }
        }
        return changes;
    }

    private static Map<String, String> typed(MultiValueMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((field, values) -> {
            if (!values.isEmpty() && values.get(0) != null) {
                typed.put(field, values.get(0).strip());
            }
        });
        return typed;
    }
}
