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

    /** After a successful form, the page to show (303: the browser asks for it with GET). */
    static Mono<String> redirect(String path) {
        return Mono.just("redirect:" + path);
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
        HttpStatus status = HttpStatus.resolve(download.status());
        return ResponseEntity.status(status == null ? HttpStatus.BAD_GATEWAY : status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.getBytes(StandardCharsets.UTF_8));
    }
}
