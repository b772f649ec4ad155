package id.sakip.testsupport;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Finds the request body fields a caller could fill without limit. Every text a body carries must have a
 * {@code @Size} with a maximum, every list and map too, and so must every text inside them: what a service accepts
 * goes into its events, and an event must stay below the broker's limit whatever the caller sends. The bodies are
 * those of every {@code @RequestBody} parameter of the package's controllers, walked through their records.
 */
public final class BoundedInput {

    /** The longest text and the longest list one field may allow. */
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_ITEMS = 2_000;

    /** @return every unbounded field as {@code Controller.method: Body.field[]}, sorted; empty when all are bounded */
    public static Set<String> unbounded(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<String> found = new TreeSet<>();
        int bodies = 0;
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> controller = load(candidate.getBeanClassName());
            for (Method method : controller.getDeclaredMethods()) {
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].isAnnotationPresent(RequestBody.class)) {
                        bodies++;
                        walk(method.getAnnotatedParameterTypes()[i], parameters[i].getAnnotations(),
                                controller.getSimpleName() + "." + method.getName() + ": "
                                        + parameters[i].getType().getSimpleName(), 0, found);
                    }
                }
            }
        }
        if (bodies == 0) {
            throw new IllegalStateException("no request bodies found under " + basePackage);
        }
        return found;
    }

    private static void walk(AnnotatedType type, Annotation[] declared, String path, int depth, Set<String> found) {
        Class<?> raw = raw(type);
        if (depth > 8) {
            found.add(path + " (nested without end)");
            return;
        }
        if (raw == String.class) {
            Integer max = sizeMax(type, declared);
            if (max == null && boundedPattern(type, declared)) {
                return;
            }
            if (max == null || max > MAX_TEXT) {
                found.add(path + (max == null ? "" : " (@Size max " + max + ")"));
            }
        } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            Integer max = sizeMax(type, declared);
            if (max == null || max > MAX_ITEMS) {
                found.add(path + (max == null ? "" : " (@Size max " + max + ")"));
            }
            if (type instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType element : parameterized.getAnnotatedActualTypeArguments()) {
                    walk(element, new Annotation[0], path + "[]", depth + 1, found);
                }
            } else {
                found.add(path + "[] (element type unknown)");
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                walk(component.getAnnotatedType(), component.getAccessor().getAnnotations(),
                        path + "." + component.getName(), depth + 1, found);
            }
        } else if (raw.isArray()) {
            found.add(path + " (an array: use a List with @Size)");
        } else if (!raw.isPrimitive() && !raw.isEnum() && !Number.class.isAssignableFrom(raw)
                && raw != Boolean.class && raw != UUID.class && !Temporal.class.isAssignableFrom(raw)
                && raw != BigDecimal.class) {
            found.add(path + " (" + raw.getSimpleName() + ": not a record, its size cannot be checked)");
        }
    }

    private static Integer sizeMax(AnnotatedType type, Annotation[] declared) {
        Object max = attribute(type, declared, "jakarta.validation.constraints.Size", "max");
        return max == null ? null : (Integer) max;
    }

    /** A {@code @Pattern} without {@code *}, {@code +} or {@code {n,}} outside its character classes bounds a text. */
    private static boolean boundedPattern(AnnotatedType type, Annotation[] declared) {
        Object regexp = attribute(type, declared, "jakarta.validation.constraints.Pattern", "regexp");
        if (regexp == null) {
            return false;
        }
        String outsideClasses = ((String) regexp).replaceAll("\\\\.", "").replaceAll("\\[[^\\]]*]", "");
        return !outsideClasses.matches(".*([*+]|\\{\\d+,}).*");
    }

    /** An attribute of the constraint on the type or the declaration (read by name: no dependency on the API). */
    private static Object attribute(AnnotatedType type, Annotation[] declared, String constraint, String attribute) {
        List<Annotation> all = new ArrayList<>(List.of(type.getAnnotations()));
        all.addAll(List.of(declared));
        for (Annotation annotation : all) {
            if (annotation.annotationType().getName().equals(constraint)) {
                try {
                    return annotation.annotationType().getMethod(attribute).invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static Class<?> raw(AnnotatedType type) {
        java.lang.reflect.Type t = type.getType();
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof java.lang.reflect.WildcardType w) {
            return (Class<?>) w.getUpperBounds()[0];
        }
        return Object.class;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private BoundedInput() {
    }
}
