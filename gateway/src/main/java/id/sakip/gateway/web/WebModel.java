package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/**
 * What every page shows: the person, their roles, the menu their roles use, and the session's CSRF token for the
 * forms (Thymeleaf's th:action writes it as a hidden field).
 */
@ControllerAdvice(basePackageClasses = WebModel.class)
class WebModel {

    record Menu(String path, String label) {
    }

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token.doOnSuccess(t -> exchange.getAttributes()
                .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t));
    }

    @ModelAttribute
    void person(@AuthenticationPrincipal OidcUser principal, org.springframework.ui.Model model) {
        if (principal == null) {
            return;
        }
        SakipUser user = SakipUser.of(principal.getClaims());
        model.addAttribute("pengguna", user);
        model.addAttribute("peran", user.roles().stream().map(Role::label).toList());
        model.addAttribute("menu", menu(user));
    }

    /** The screens a person's roles work in; a service still decides every request on its own. */
    static List<Menu> menu(SakipUser user) {
        List<Menu> menu = new ArrayList<>();
        menu.add(new Menu("/", "Beranda"));
        if (user.opd() != null) {
            menu.add(new Menu("/pohon-kinerja", "Perencanaan"));
        }
        if (user.opd() != null && user.has(Role.OPERATOR)) {
            menu.add(new Menu("/realisasi", "Realisasi"));
        }
        if (user.opd() != null && user.has(Role.KEPALA_BIDANG)) {
            menu.add(new Menu("/verifikasi", "Verifikasi"));
        }
        if (user.opd() != null && user.has(Role.KEPALA_OPD)) {
            menu.add(new Menu("/persetujuan", "Persetujuan"));
        }
        if (user.opd() != null) {
            menu.add(new Menu("/anggaran", "Anggaran"));
            menu.add(new Menu("/spm", "SPM"));
        }
        if (user.opd() != null && (user.has(Role.PERENCANA) || user.has(Role.KEUANGAN))) {
            menu.add(new Menu("/impor", "Impor"));
        }
        if (KotaController.seesTheCity(user)) {
            menu.add(new Menu("/kota", "Kota"));
        }
        // the Pemda's administrator sets the lambang there
        if (user.opd() != null || KotaController.seesTheCity(user)
                || user.pemda() != null && user.has(Role.ADMIN_PEMDA)) {
            menu.add(new Menu("/laporan", "Laporan"));
        }
        if (user.opd() != null) {
            menu.add(new Menu("/evaluasi", "Evaluasi"));
        }
        if (AturanController.sees(user)) {
            menu.add(new Menu("/aturan-capaian", "Aturan capaian"));
        }
        return menu;
    }
}
