package id.sakip.evaluation.framework;

import id.sakip.support.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The frameworks are a regulation's published text: every signed-in person may read them. */
@RestController
@RequestMapping("/api/v1/evaluation-frameworks")
@Tag(name = "Kerangka evaluasi", description = "Versi kerangka evaluasi SAKIP: komponen, subkomponen, kriteria, "
        + "nilai dan predikat")
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    record Summary(String code, String name, int components, int criteria) {
    }

    @GetMapping
    @Operation(summary = "Every framework version the service knows")
    List<Summary> all() {
        return frameworks.all().stream().map(f -> new Summary(f.code(), f.name(), f.components().size(),
                f.criteria().size())).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One framework version whole: weights, criteria, grades with their values, predikat bands")
    Framework one(@PathVariable String code) {
        return frameworks.find(code).orElseThrow(() -> ApiProblem.notFound("framework-not-found",
                "Kerangka evaluasi " + code + " tidak dikenal."));
    }
}
