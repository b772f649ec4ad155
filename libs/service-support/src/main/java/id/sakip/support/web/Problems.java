package id.sakip.support.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Map;

/** Builds the problem details of the platform. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:sakip:problem:";

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail,
            Map<String, String> fieldErrors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        if (!fieldErrors.isEmpty()) {
            problem.setProperty("errors", fieldErrors);
        }
        return problem;
    }

    private Problems() {
    }
}
