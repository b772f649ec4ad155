package id.sakip.support.web;

import id.sakip.support.Failures;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error leaves a service as a problem detail with a stable type and a message a person understands; never a
 * stack trace. Spring's own MVC errors (404, 405, 415 ...) get the platform's types and Indonesian messages too.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail apiProblem(ApiProblem problem) {
        ProblemDetail detail = Problems.of(problem.status(), problem.slug(), problem.title(), problem.getMessage(),
                problem.fieldErrors());
        problem.properties().forEach(detail::setProperty);
        return detail;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> add(errors, lastNode(v.getPropertyPath().toString()), v.getMessage()));
        return Problems.of(HttpStatus.BAD_REQUEST, "validation", "Data tidak valid",
                "Periksa kembali isian yang ditandai.", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "validation", "Data tidak valid",
                "Parameter '" + e.getName() + "' tidak berformat benar.",
                Map.of(e.getName(), "format tidak valid"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Data telah diubah pengguna lain",
                "Data ini baru saja diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.", Map.of());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        log.info("Refused as a duplicate: {}", e.getMostSpecificCause().getMessage());
        return Problems.of(HttpStatus.CONFLICT, "conflict", "Bertentangan dengan data yang ada",
                "Data yang sama sudah ada. Muat ulang untuk melihatnya.", Map.of());
    }

    /** A value the checks let through but the database cannot hold (too long, out of range, breaking a rule). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rejected-by-database", "Data tidak dapat disimpan",
                "Salah satu nilai di luar batas yang dapat disimpan atau melanggar aturan keutuhan data. Tidak ada "
                        + "data yang diubah.", Map.of());
    }

    /**
     * A multipart body that cannot be read (no boundary, cut off, not multipart at all): the caller's mistake, not
     * the service's. Too large an upload keeps its own 413 (MaxUploadSizeExceededException, handled by the base).
     */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail malformedMultipart(org.springframework.web.multipart.MultipartException e) {
        log.info("Unreadable multipart body: {}", e.getMessage());
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-multipart", "Unggahan tidak dapat dibaca",
                "Isi unggahan bukan multipart/form-data yang dapat dibaca (batas bagian tidak ada atau isinya "
                        + "terpotong). Kirim berkas sebagai bagian 'file' dari formulir multipart. Tidak ada data "
                        + "yang diubah.", Map.of("file", "unggahan tidak dapat dibaca"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Failures.isInfrastructureOutage(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                            "Basis data tidak dapat dihubungi",
                            "Basis data layanan ini sedang tidak dapat dihubungi. Tidak ada data yang diubah; coba "
                                    + "lagi beberapa saat lagi.", Map.of()));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Terjadi kesalahan pada sistem", "Permintaan tidak dapat diselesaikan. Tidak ada data yang diubah; "
                        + "silakan coba lagi atau hubungi admin.", Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            add(errors, error.getField(), error.getDefaultMessage());
        }
        ex.getBindingResult().getGlobalErrors().forEach(e -> add(errors, e.getObjectName(), e.getDefaultMessage()));
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "validation",
                "Data tidak valid", "Periksa kembali isian yang ditandai.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.TooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(
                        HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Isi permintaan terlalu besar",
                        "Isi permintaan melebihi batas ukuran. Tidak ada data yang diubah.", Map.of()));
            }
        }
        Map<String, String> field = StrictJson.fieldError(ex);
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "Format permintaan salah", field.isEmpty()
                        ? "Isi permintaan bukan JSON yang sesuai: periksa nama kolom, tipe angka dan nilai pilihan."
                        : "Isi permintaan tidak sesuai pada " + String.join(", ", field.keySet()) + ": "
                                + String.join("; ", field.values()) + ". Tidak ada data yang diubah.",
                field));
    }

    /**
     * A handler with constraints on its parameters validates its body there too: the body's errors are keyed by
     * their fields ({@code legalBasis[3]}), as without parameter constraints, never by the parameter's name.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error -> add(errors, error.getField(), error.getDefaultMessage()));
                body.getGlobalErrors().forEach(error -> add(errors, error.getObjectName(), error.getDefaultMessage()));
            } else {
                result.getResolvableErrors().forEach(error -> add(errors,
                        String.valueOf(result.getMethodParameter().getParameterName()), error.getDefaultMessage()));
            }
        });
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "validation",
                "Data tidak valid", "Periksa kembali isian yang ditandai.", errors));
    }

    /** Every message a field has, each once. */
    private static void add(Map<String, String> errors, String field, String message) {
        errors.merge(field, String.valueOf(message), (had, more) -> had.contains(more) ? had : had + "; " + more);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "validation",
                "Data tidak valid", "Parameter '" + ex.getParameterName() + "' wajib diisi.",
                Map.of(ex.getParameterName(), "wajib diisi")));
    }

    /** Spring's own errors (unknown path, wrong method or content type ...) in the platform's terms. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        Object problem = body;
        if (body == null || body instanceof ProblemDetail detail
                && (detail.getType() == null || "about:blank".equals(detail.getType().toString()))) {
            problem = Problems.ofHttpStatus(statusCode);
        }
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
