package id.sakip.support.security;

import id.sakip.access.SakipUser;
import id.sakip.access.TokenRefusal;
import id.sakip.support.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.Map;

/**
 * A request without a valid token (401) or refused before it reached a controller (403), as the platform's problem
 * details in Indonesian. The refusal is logged with the path and the reason; never with the token.
 */
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        TokenRefusal refusal = TokenRefusal.of(request.getHeader(HttpHeaders.AUTHORIZATION), failure);
        log.warn("Authentication refused: path={} {} reason={}", request.getMethod(), request.getRequestURI(),
                refusal.reason());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, refusal == TokenRefusal.MISSING ? "Bearer"
                : "Bearer error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, Problems.json(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Belum masuk atau token tidak sah", refusal.detail(), request.getRequestURI(),
                Map.of("reason", refusal.reason())));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String subject = Access.currentUser().map(SakipUser::subject).orElse("-");
        log.warn("Access refused: subject={} path={} {} reason={}", subject, request.getMethod(),
                request.getRequestURI(), denied.getMessage());
        write(response, HttpStatus.FORBIDDEN, Problems.json(HttpStatus.FORBIDDEN, "forbidden", "Akses ditolak",
                "Peran Anda tidak berwenang untuk alamat ini. Tidak ada data yang diubah.", request.getRequestURI(),
                Map.of()));
    }

    private static void write(HttpServletResponse response, HttpStatus status, byte[] problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(problem);
    }
}
