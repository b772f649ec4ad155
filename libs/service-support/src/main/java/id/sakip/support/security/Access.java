package id.sakip.support.security;

import id.sakip.access.AccessRules;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.access.SakipUser;
import id.sakip.support.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Decides whether the signed-in user may do something to an organisation's data, by {@link Permission}: a role
 * that holds it, reaching from the token's Pemda, OPD and bidang as far as the owner of the data. Services call it after
 * loading what a request touches, so the same rule holds whether or not the request came through the gateway.
 */
public class Access {

    private static final Logger log = LoggerFactory.getLogger(Access.class);

    private final AccessRules rules;

    /**
     * @param opdLevelBidang the bidang whose users handle the OPD's own data, which belongs to no bidang (the
     *                       IKU of the OPD, usually compiled by the Sekretariat)
     */
    public Access(String opdLevelBidang) {
        this.rules = new AccessRules(opdLevelBidang);
    }

    /** The user of the current request; outside a request (a Kafka listener), empty. */
    public static Optional<SakipUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(SakipUser.of(jwt.getClaims()));
        }
        return Optional.empty();
    }

    public SakipUser user() {
        return currentUser().orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Belum masuk", "Permintaan ini memerlukan token akses yang sah. Masuk lebih dulu."));
    }

    public boolean allows(Permission permission, Owner owner) {
        return currentUser().map(user -> allows(user, permission, owner)).orElse(false);
    }

    public boolean allows(SakipUser user, Permission permission, Owner owner) {
        return rules.allows(user, permission, owner);
    }

    /** Refuses with 403 (nothing changed) unless the user may; the refusal is logged with subject and path. */
    public void require(Permission permission, Owner owner) {
        requireAny(owner, permission);
    }

    /** Refuses with 403 unless one of the permissions allows the user; the message names every role that would. */
    public void requireAny(Owner owner, Permission... permissions) {
        SakipUser user = user();
        if (rules.anyAllows(user, owner, permissions).isPresent()) {
            return;
        }
        log.warn("Access refused: subject={} path={} permission={} owner={} roles={} pemda={} opd={} bidang={}",
                user.subject(), path(), java.util.Arrays.toString(permissions), owner.describe(), user.roles(),
                user.pemda(), user.opd(), user.bidang());
        throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Akses ditolak",
                "Anda tidak berwenang " + permissions[0].action() + " untuk " + owner.describe()
                        + ". Yang berwenang: " + rules.whoMay(permissions) + ". Tidak ada data yang diubah.")
                .with("permission", permissions[0].name());
    }

    private static String path() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getMethod() + " " + request.getRequestURI();
        }
        return "-";
    }
}
