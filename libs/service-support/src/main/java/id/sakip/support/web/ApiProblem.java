package id.sakip.support.web;

import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the domain refuses. Becomes an RFC 9457 problem: {@code type} is {@code urn:sakip:problem:<slug>}
 * (stable, listed in docs/problems.md), {@code title} and {@code detail} are in Bahasa Indonesia, and
 * {@code errors} maps fields to what is wrong with them.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, String> fieldErrors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public ApiProblem(HttpStatus status, String slug, String title, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public static ApiProblem notFound(String slug, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, slug, "Data tidak ditemukan", detail);
    }

    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, slug, "Bertentangan dengan data yang ada", detail);
    }

    public static ApiProblem unprocessable(String slug, String detail, Map<String, String> fieldErrors) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Data tidak dapat diproses", detail,
                fieldErrors);
    }

    /** Adds a property of the problem beside its standard fields (the permission a refusal names). */
    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
