package id.sakip.support.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the problem details of the platform. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:sakip:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /**
     * The problem for an HTTP error the framework raised itself (unknown path, wrong method, wrong content type):
     * the same stable types and Indonesian messages the gateway gives for them.
     */
    public static ProblemDetail ofHttpStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> of(status, "not-found", "Tidak ditemukan",
                    "Alamat yang diminta tidak ada. Periksa kembali alamat dan versinya (/api/v1/...).", Map.of());
            case 405 -> of(status, "method-not-allowed", "Metode tidak diizinkan",
                    "Alamat ini tidak menerima metode HTTP tersebut.", Map.of());
            case 406 -> of(status, "not-acceptable", "Format jawaban tidak tersedia",
                    "Format yang diminta (Accept) tidak tersedia untuk alamat ini.", Map.of());
            case 413 -> of(status, "payload-too-large", "Isi permintaan terlalu besar",
                    "Isi permintaan melebihi batas ukuran.", Map.of());
            case 415 -> of(status, "unsupported-media-type", "Jenis isi tidak didukung",
                    "Kirim isi permintaan sebagai application/json.", Map.of());
            default -> status.is4xxClientError()
                    ? of(status, "bad-request", "Permintaan tidak dapat diproses",
                    "Permintaan tidak sesuai dengan yang diharapkan alamat ini.", Map.of())
                    : of(status, "internal", "Terjadi kesalahan pada sistem",
                    "Permintaan tidak dapat diselesaikan. Silakan coba lagi atau hubungi admin.", Map.of());
        };
    }

    /**
     * A problem as the bytes of its JSON, for answers written before Spring MVC (the security chain's 401 / 403, the
     * body limit, Tomcat's own errors), where no message converter runs.
     */
    public static byte[] json(HttpStatusCode status, String slug, String title, String detail, String instance,
            Map<String, Object> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_PREFIX + slug);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.putAll(extra);
        return JSON.writeValueAsBytes(problem);
    }

    private Problems() {
    }
}
