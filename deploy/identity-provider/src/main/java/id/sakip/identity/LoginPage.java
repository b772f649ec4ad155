package id.sakip.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page, in Indonesian; the form posts to Spring Security's /login with its CSRF token. */
@RestController
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("error") != null
                ? "<p class=\"salah\" role=\"alert\">Nama pengguna atau kata sandi salah.</p>"
                : request.getParameter("logout") != null ? "<p role=\"status\">Anda sudah keluar.</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="id">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Masuk - SAKIP</title>
                <style>
                body{font-family:system-ui,sans-serif;background:#f3f5f8;color:#1b2430;margin:0}
                main{max-width:22rem;margin:12vh auto;background:#fff;padding:2rem;border-radius:8px;
                     box-shadow:0 1px 4px rgba(0,0,0,.15)}
                h1{font-size:1.4rem;margin:0 0 .25rem}p{margin:.25rem 0 1rem}
                label{display:block;font-weight:600;margin:.75rem 0 .25rem}
                input{width:100%%;box-sizing:border-box;padding:.55rem;border:1px solid #6b7785;border-radius:4px;font-size:1rem}
                input:focus,button:focus{outline:3px solid #1d5fbf;outline-offset:2px}
                button{margin-top:1.25rem;width:100%%;padding:.65rem;background:#1d5fbf;color:#fff;border:0;border-radius:4px;
                       font-size:1rem;font-weight:600;cursor:pointer}
                .salah{color:#a4161a;font-weight:600}
                </style></head>
                <body><main>
                <h1>SAKIP</h1><p>Sistem Akuntabilitas Kinerja Instansi Pemerintah</p>
                %s
                <form method="post" action="login">
                <label for="username">Nama pengguna</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Kata sandi</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Masuk</button>
                </form>
                </main></body></html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
