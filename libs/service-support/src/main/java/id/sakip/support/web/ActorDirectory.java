package id.sakip.support.web;

import id.sakip.support.security.Access;
import id.sakip.access.SakipUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The display name of every subject that wrote something, so an audit trail that records subjects can say who they
 * are. Kept from the token of each write that succeeded (table {@code actor}, a migration of each service); a name
 * that changes at the identity provider is updated at the subject's next write.
 */
public class ActorDirectory extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public ActorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        // only after a write that went through: a refused request leaves nothing behind, not even a name
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && response.getStatus() < 400) {
            Access.currentUser().ifPresent(this::remember);
        }
    }

    void remember(SakipUser user) {
        if (user.name().equals(known.get(user.subject()))) {
            return;
        }
        jdbc.sql("""
                INSERT INTO actor (subject, name, seen_at) VALUES (?, ?, now())
                ON CONFLICT (subject) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at""")
                .param(user.subject()).param(user.name()).update();
        known.put(user.subject(), user.name());
    }

    /** The display name of a subject, if it ever wrote here. */
    public Optional<String> name(String subject) {
        String cached = known.get(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("SELECT name FROM actor WHERE subject = ?").param(subject).query(String.class).optional();
    }
}
