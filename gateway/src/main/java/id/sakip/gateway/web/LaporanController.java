package id.sakip.gateway.web;

import id.sakip.access.Role;
import id.sakip.access.SakipUser;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Laporan: every document and workbook the platform makes for the person's OPD (or city), for the chosen year; what
 * the LKjIP still lacks; and for the Pemda's administrator its lambang, which the covers print.
 */
@Controller
class LaporanController {

    private final Services services;

    LaporanController(Services services) {
        this.services = services;
    }

    /** A document the reporting service makes: its path and query for an OPD's year, and who sees it offered. */
    enum Dokumen {
        LKJIP("LKjIP", "Laporan Kinerja Instansi Pemerintah, realisasi yang telah disetujui", "PDF",
                "/api/v1/reports/lkjip?format=pdf&basis=approved", false),
        LKJIP_DRAF("LKjIP (draf)", "LKjIP dengan seluruh realisasi, termasuk yang belum disetujui", "PDF",
                "/api/v1/reports/lkjip?format=pdf&basis=all", false),
        PK("Perjanjian Kinerja", "Versi terakhir yang ditandatangani", "PDF",
                "/api/v1/reports/perjanjian-kinerja?format=pdf", false),
        PELAPORAN("Pelaporan Kinerja", "IKU dan program: target, realisasi, capaian, serapan", "XLSX",
                "/api/v1/reports/pelaporan-kinerja?format=xlsx", false),
        EVALUASI_RENJA("Evaluasi Renja", "Evaluasi hasil Renja per triwulan (Permendagri 86/2017)", "XLSX",
                "/api/v1/reports/evaluasi-renja?format=xlsx", false),
        CAPAIAN_SASARAN("Capaian per sasaran", "Tabel capaian indikator per sasaran", "XLSX",
                "/api/v1/reports/capaian-sasaran?format=xlsx", false),
        KOTA("Tabel kota", "Seluruh OPD Pemda berdampingan", "XLSX", "/api/v1/reports/city?format=xlsx", true),
        KOTA_OPD("Tabel seluruh OPD", "IKU dan program setiap OPD", "XLSX",
                "/api/v1/reports/city/tables?format=xlsx", true);

        final String title;
        final String description;
        final String format;
        final String path;
        final boolean city;

        Dokumen(String title, String description, String format, String path, boolean city) {
            this.title = title;
            this.description = description;
            this.format = format;
            this.path = path;
            this.city = city;
        }

        String slug() {
            return name().toLowerCase().replace('_', '-');
        }

        static Optional<Dokumen> of(String slug) {
            return Arrays.stream(values()).filter(d -> d.slug().equals(slug)).findFirst();
        }
    }

    record Tautan(String title, String description, String format, String href) {
    }

    @GetMapping("/laporan")
    Mono<String> documents(@AuthenticationPrincipal OidcUser principal,
            @RequestParam(name = "tahun", required = false) Integer tahun, Model model) {
        return page(SakipUser.of(principal.getClaims()), Tahun.onPage(tahun, model), model);
    }

    private Mono<String> page(SakipUser user, int year, Model model) {
        model.addAttribute("halaman", "/laporan");
        List<Tautan> links = new ArrayList<>();
        for (Dokumen dokumen : offered(user)) {
            links.add(new Tautan(dokumen.title, dokumen.description, dokumen.format,
                    "/laporan/unduh/" + dokumen.slug() + "?tahun=" + year));
        }
        model.addAttribute("dokumen", links);
        model.addAttribute("kelengkapan", List.of());
        boolean setsEmblem = setsEmblem(user);
        model.addAttribute("aturLambang", setsEmblem);
        Mono<Boolean> emblem = setsEmblem ? services.download(Services.Service.PLANNING, emblemPath(user))
                .map(Services.Download::ok) : Mono.just(false);
        return emblem.flatMap(hasEmblem -> {
            model.addAttribute("adaLambang", hasEmblem);
            if (user.opd() == null) {
                return Mono.just("laporan");
            }
            // what the LKjIP still lacks is said here, to the person who can complete it, and never in the report
            return services.get(Services.Service.REPORTING, "/api/v1/reports/lkjip/checklist?pemdaCode="
                    + user.pemda() + "&opdCode=" + user.opd() + "&year=" + year).map(answer -> {
                        if (answer.ok() && answer.body() != null) {
                            List<String> missing = new ArrayList<>();
                            answer.body().path("missing").forEach(item -> missing.add(item.asString()));
                            model.addAttribute("kelengkapan", missing);
                        }
                        return "laporan";
                    });
        });
    }

    /** The Pemda's lambang as it is kept, for its administrator to see before changing it. */
    @GetMapping("/laporan/lambang")
    Mono<ResponseEntity<byte[]>> emblem(@AuthenticationPrincipal OidcUser principal) {
        SakipUser user = SakipUser.of(principal.getClaims());
        if (user.pemda() == null) {
            return Mono.just(Pages.passOn(new Services.Download(404, new org.springframework.http.HttpHeaders(),
                    "{\"detail\":\"Akun Anda tidak terhubung ke Pemda.\"}".getBytes())));
        }
        return services.download(Services.Service.PLANNING, emblemPath(user)).map(Pages::passOn);
    }

    /** The Pemda's administrator sets its lambang; planning checks the file and draws it again. */
    @PostMapping("/laporan/lambang")
    Mono<String> setEmblem(@AuthenticationPrincipal OidcUser principal, ServerWebExchange exchange, Model model) {
        SakipUser user = SakipUser.of(principal.getClaims());
        int year = Tahun.onPage(null, model);
        if (!setsEmblem(user)) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            return Mono.just(Pages.refused(model, "Lambang Pemda diunggah oleh administrator Pemda."));
        }
        return exchange.getMultipartData().flatMap(parts -> {
            if (!(parts.getFirst("file") instanceof FilePart file) || file.filename().isBlank()) {
                exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                model.addAttribute("galatLambang", "pilih berkas gambar (PNG atau JPEG)");
                return page(user, year, model);
            }
            return services.upload(Services.Service.PLANNING, HttpMethod.PUT, emblemPath(user), file)
                    .flatMap(result -> {
                        if (result.ok()) {
                            model.addAttribute("pesan", "Lambang Pemda tersimpan; sampul LKjIP memakainya.");
                        } else {
                            exchange.getResponse().setStatusCode(Pages.refusalStatus(result.status()));
                            model.addAttribute("masalah", result.problem());
                            model.addAttribute("galatLambang", result.errors().getOrDefault("file",
                                    "lambang tidak diterima"));
                        }
                        return page(user, year, model);
                    });
        });
    }

    private static boolean setsEmblem(SakipUser user) {
        return user.pemda() != null && user.has(Role.ADMIN_PEMDA);
    }

    private static String emblemPath(SakipUser user) {
        return "/api/v1/organisations/" + user.pemda() + "/lambang";
    }

    @GetMapping("/laporan/unduh/{jenis}")
    Mono<ResponseEntity<byte[]>> download(@AuthenticationPrincipal OidcUser principal, @PathVariable String jenis,
            @RequestParam(name = "tahun", required = false) Integer tahun) {
        SakipUser user = SakipUser.of(principal.getClaims());
        Optional<Dokumen> dokumen = Dokumen.of(jenis).filter(offered(user)::contains);
        if (dokumen.isEmpty()) {
            return Mono.just(Pages.passOn(new Services.Download(404, new org.springframework.http.HttpHeaders(),
                    "{\"detail\":\"Dokumen ini tidak tersedia untuk akun Anda.\"}".getBytes())));
        }
        String query = "&pemdaCode=" + user.pemda() + (dokumen.get().city ? "" : "&opdCode=" + user.opd())
                + "&year=" + Tahun.chosen(tahun);
        return services.download(Services.Service.REPORTING, dokumen.get().path + query).map(Pages::passOn);
    }

    /** An OPD's documents for a person of an OPD; the city's for Bappeda and the Inspektorat. */
    private static List<Dokumen> offered(SakipUser user) {
        List<Dokumen> offered = new ArrayList<>();
        for (Dokumen dokumen : Dokumen.values()) {
            boolean city = user.has(Role.BAPPEDA) || user.has(Role.INSPEKTORAT);
            if (dokumen.city ? city && user.pemda() != null : user.opd() != null) {
                offered.add(dokumen);
            }
        }
        return offered;
    }
}
