package id.sakip.gateway.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/** What the pages share: the refusal page, the redirect after a successful form, documents passed on. */
final class Pages {

    private Pages() {
    }

    /** The page that says why the person cannot see or do this here; the caller sets the status. */
    static String refused(Model model, String message) {
        model.addAttribute("alasan", message);
        return "ditolak";
    }

    /**
     * A page made from a service's answer: {@code page} when the service answered, else the same view with the
     * service's sentence (a refusal, or that it could not be reached).
     */
    static java.util.function.Function<Services.Answer, String> orProblem(Model model, String view,
            java.util.function.Function<Services.Answer, String> page) {
        return answer -> {
            if (!answer.ok() || answer.body() == null) {
                model.addAttribute("masalah", answer.problem());
                return view;
            }
            return page.apply(answer);
        };
    }

    /**
     * The version a form was made from, so a change by someone else meanwhile is refused, not lost; null when the
     * form has none or it is no number (the service then asks for it, If-Match, rather than overwrite blindly).
     */
    static Long version(String field) {
        try {
            return field == null || field.isBlank() ? null : Long.valueOf(field.strip());
        } catch (NumberFormatException notAVersion) {
            return null;
        }
    }

    /** After a successful form, the page to show (303: the browser asks for it with GET). */
    static Mono<String> redirect(String path) {
        return Mono.just("redirect:" + path);
    }

    /**
     * The status a page answers with when a service refused: the service's own (422, 409, 403 ...), or 502 when it
     * gave none a browser knows or claimed success without an answer.
     */
    static HttpStatus refusalStatus(int serviceStatus) {
        HttpStatus status = HttpStatus.resolve(serviceStatus);
        return status == null || status.is2xxSuccessful() ? HttpStatus.BAD_GATEWAY : status;
    }

    /** A document as the service made it; a refusal as a short page in Indonesian with the way back. */
    static ResponseEntity<byte[]> passOn(Services.Download download) {
        if (download.ok()) {
            HttpHeaders headers = new HttpHeaders();
            MediaType type = download.headers().getContentType();
            headers.setContentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : type);
            String disposition = download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition
                    : ContentDisposition.attachment().filename("dokumen").build().toString());
            headers.set("X-Content-Type-Options", "nosniff");
            return new ResponseEntity<>(download.body(), headers, HttpStatus.OK);
        }
        String page = """
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dokumen tidak tersedia – SAKIP</title>
                <link rel="stylesheet" href="/css/sakip.css"></head><body><main id="isi" class="sempit">
                <h1>Dokumen tidak tersedia</h1><p>%s</p><p><a class="tombol" href="/laporan">Kembali ke Laporan</a></p>
                </main></body></html>""".formatted(HtmlUtils.htmlEscape(download.problem()));
        return ResponseEntity.status(refusalStatus(download.status()))
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.getBytes(StandardCharsets.UTF_8));
    }
}
