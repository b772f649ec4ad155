package id.sakip.evaluation.framework;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An evaluation framework as a regulation sets it, kept as versioned reference data (a JSON file per version): its
 * components with their weights, each component's sub-components (keberadaan, kualitas, pemanfaatan) with theirs,
 * the criteria inside a sub-component (of equal weight), the grades a criterion can get with their values, and the
 * predikat bands of the total score, and the areas its recommendations are written in. A new version is a new file,
 * never a change of code.
 */
public record Framework(String code, String name, String source, List<Grade> grades, List<Band> bands,
        List<Area> recommendationAreas, List<Component> components) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public Framework {
        grades = List.copyOf(grades);
        bands = List.copyOf(bands);
        components = List.copyOf(components);
        // a version that names no areas of its own takes recommendations per component
        recommendationAreas = recommendationAreas == null ? components.stream()
                .map(c -> new Area(c.code(), c.name())).toList() : List.copyOf(recommendationAreas);
    }

    /** What a recommendation is about: a component, or another area the regulation's practice names (capaian). */
    public record Area(String code, String name) {
    }

    public Optional<Area> area(String code) {
        return recommendationAreas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** A grade and its value (AA 100 ... E 0), with what it means. */
    public record Grade(String code, BigDecimal value, String meaning) {
    }

    /**
     * A predikat for a score above {@code above} up to and including {@code upTo}; the lowest band has no
     * {@code above} and starts at 0 itself.
     */
    public record Band(String predikat, BigDecimal above, BigDecimal upTo, String meaning) {

        boolean holds(BigDecimal score) {
            return (above == null ? score.signum() >= 0 : score.compareTo(above) > 0) && score.compareTo(upTo) <= 0;
        }
    }

    public record Component(String code, String name, BigDecimal weight, List<SubComponent> subComponents) {
        public Component {
            subComponents = List.copyOf(subComponents);
        }
    }

    public record SubComponent(String code, String name, BigDecimal weight, List<Criterion> criteria) {
        public SubComponent {
            criteria = List.copyOf(criteria);
        }
    }

    public record Criterion(String code, String text) {
    }

    /** Every criterion with the component and sub-component it belongs to, in the framework's order. */
    public record Placed(Component component, SubComponent subComponent, Criterion criterion) {
    }

    public List<Placed> criteria() {
        List<Placed> all = new ArrayList<>();
        for (Component component : components) {
            for (SubComponent sub : component.subComponents()) {
                for (Criterion criterion : sub.criteria()) {
                    all.add(new Placed(component, sub, criterion));
                }
            }
        }
        return all;
    }

    public Optional<Placed> criterion(String code) {
        return criteria().stream().filter(p -> p.criterion().code().equals(code)).findFirst();
    }

    public Optional<Grade> grade(String code) {
        return grades.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The predikat of a score (as printed, 2 decimals): exactly 90 is A, above 90 AA. */
    public Band predikat(BigDecimal score) {
        return bands.stream().filter(b -> b.holds(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no predikat for " + score));
    }

    /** Reads a framework file and checks that it adds up; a file that does not is refused with the reason. */
    public static Framework read(InputStream json) throws IOException {
        Framework framework = JSON.readValue(json, Framework.class);
        List<String> wrong = framework.inconsistencies();
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("framework " + framework.code() + ": " + String.join("; ", wrong));
        }
        return framework;
    }

    /** What does not add up: weights, duplicate codes, bands that leave a gap or overlap, grades beyond 0-100. */
    List<String> inconsistencies() {
        List<String> wrong = new ArrayList<>();
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            wrong.add("code and name are required");
        }
        BigDecimal total = components.stream().map(Component::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            wrong.add("component weights add up to " + total.toPlainString() + ", not 100");
        }
        Set<String> codes = new HashSet<>();
        for (Component component : components) {
            if (!codes.add(component.code())) {
                wrong.add("component " + component.code() + " twice");
            }
            BigDecimal subs = component.subComponents().stream().map(SubComponent::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (subs.compareTo(component.weight()) != 0) {
                wrong.add(component.code() + ": sub-component weights add up to " + subs.toPlainString() + ", not "
                        + component.weight().toPlainString());
            }
            for (SubComponent sub : component.subComponents()) {
                if (sub.criteria().isEmpty()) {
                    wrong.add(component.code() + "/" + sub.code() + " has no criterion");
                }
                for (Criterion criterion : sub.criteria()) {
                    if (!codes.add(criterion.code())) {
                        wrong.add("criterion " + criterion.code() + " twice");
                    }
                    if (criterion.text() == null || criterion.text().isBlank()) {
                        wrong.add("criterion " + criterion.code() + " has no text");
                    }
                }
            }
        }
        Map<String, Grade> byCode = new LinkedHashMap<>();
        for (Grade grade : grades) {
            if (byCode.put(grade.code(), grade) != null) {
                wrong.add("grade " + grade.code() + " twice");
            }
            if (grade.value().signum() < 0 || grade.value().compareTo(HUNDRED) > 0) {
                wrong.add("grade " + grade.code() + " is worth " + grade.value().toPlainString() + ", not 0-100");
            }
        }
        if (grades.isEmpty()) {
            wrong.add("no grade");
        }
        // from 100 down, each band starts where the one above it ends, and the last starts at 0 itself
        BigDecimal top = HUNDRED;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            boolean last = i == bands.size() - 1;
            if (band.upTo().compareTo(top) != 0) {
                wrong.add("band " + band.predikat() + " ends at " + band.upTo().toPlainString() + ", not "
                        + top.toPlainString());
            }
            if (last != (band.above() == null)) {
                wrong.add("only the lowest band starts at 0 itself (" + band.predikat() + ")");
            }
            if (band.above() != null) {
                if (band.above().compareTo(band.upTo()) >= 0) {
                    wrong.add("band " + band.predikat() + " is empty");
                }
                top = band.above();
            }
        }
        if (bands.isEmpty()) {
            wrong.add("no predikat band");
        }
        return wrong;
    }
}
