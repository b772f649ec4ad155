package id.sakip.support.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.Writer;

/**
 * What Tomcat answers itself, before a request reaches Spring (an encoded slash or backslash in the path, a bad
 * header, a too large upload): the platform's problem detail in Indonesian instead of Tomcat's English HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem = Problems.ofHttpStatus(HttpStatusCode.valueOf(status));
        String detail = status == HttpStatus.BAD_REQUEST.value()
                ? "Permintaan tidak dapat dibaca: alamat atau header tidak valid (misalnya garis miring tersandi %2F "
                        + "atau %5C di alamat)."
                : problem.getDetail();
        String slug = problem.getType().toString().substring(Problems.TYPE_PREFIX.length());
        String json = new String(Problems.json(HttpStatusCode.valueOf(status), slug, problem.getTitle(), detail,
                request.getRequestURI(), java.util.Map.of()), java.nio.charset.StandardCharsets.UTF_8);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the answer had begun after all: nothing more to say
        }
    }
}
