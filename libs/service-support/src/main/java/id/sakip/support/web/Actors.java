package id.sakip.support.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is making the current request. Until sign-in exists the gateway passes the user in {@value #HEADER}; every
 * write records it. A request without it is recorded as {@value #ANONYMOUS}.
 */
public final class Actors {

    public static final String HEADER = "X-Sakip-User";
    public static final String ANONYMOUS = "anonim";

    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String user = request.getHeader(HEADER);
            if (user != null && !user.isBlank() && user.length() <= 100) {
                return user.strip();
            }
        }
        return ANONYMOUS;
    }

    private Actors() {
    }
}
