package id.sakip.gateway.web;

import id.sakip.access.SakipUser;
import id.sakip.indonesian.Indonesian;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lembar realisasi of the person's OPD for a period, as measurement answers it for the person's token: one row
 * per indicator, with what the person may do with it.
 */
@Component
class Lembar {

    private final Services services;

    Lembar(Services services) {
        this.services = services;
    }

    /** A worksheet row as the pages show it. */
    record Baris(String indicatorId, String bidang, String name, String unit, String entry, List<String> scale,
            String target, String realizationId, Long version, String statusCode, String status, String value,
            String capaian, String light, String lightLabel, int bukti, boolean mayEnter, boolean mayVerify,
            List<String> asked, String pendorong, String penghambat, String tindakLanjut, String reviewNote,
            String updatedBy, JsonNode realization) {

        public boolean recorded() {
            return realizationId != null;
        }

        /** The operator may still change it: not yet recorded, a draft, or returned. */
        public boolean editable() {
            return mayEnter && (statusCode == null || statusCode.equals("DRAFT") || statusCode.equals("REJECTED"));
        }

        public boolean awaitingVerification() {
            return "SUBMITTED".equals(statusCode);
        }
    }

    record Isi(boolean locked, List<Baris> rows, String problem, int status) {
        Optional<Baris> row(String indicatorId) {
            return rows.stream().filter(r -> r.indicatorId().equals(indicatorId)).findFirst();
        }
    }

    /**
     * Every row of the OPD: each row says whether the person may enter or verify it (a bidang's rows, and for the
     * Sekretariat also the OPD's own), so the pages filter on that rather than on the bidang's code.
     */
    Mono<Isi> of(SakipUser user, String period) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/realization-worksheets/{pemda}/{opd}/{period}");
        return services.get(Services.Service.MEASUREMENT, uri.buildAndExpand(user.pemda(), user.opd(), period)
                .encode().toUriString()).map(answer -> {
                    if (!answer.ok() || answer.body() == null) {
                        return new Isi(false, List.of(), answer.problem(), answer.ok() ? 502 : answer.status());
                    }
                    List<Baris> rows = new ArrayList<>();
                    answer.body().path("rows").forEach(row -> rows.add(baris(row)));
                    return new Isi(answer.body().path("locked").asBoolean(), rows, null, answer.status());
                });
    }

    private static Baris baris(JsonNode row) {
        JsonNode r = row.path("realization");
        boolean recorded = r.isObject();
        String unit = row.path("unit").asString("");
        BigDecimal capaian = recorded ? Tampilan.decimal(r.path("capaianPercent")) : null;
        List<String> asked = new ArrayList<>();
        r.path("justificationAsked").forEach(field -> asked.add(field.asString()));
        List<String> scale = new ArrayList<>();
        row.path("scale").forEach(category -> scale.add(category.asString()));
        return new Baris(row.path("indicatorId").asString(), Tampilan.text(row.path("bidangCode")),
                row.path("name").asString(), unit, row.path("entry").asString(), scale,
                target(row.path("target").asString(""), unit), recorded ? r.path("id").asString() : null,
                recorded ? r.path("version").asLong() : null, recorded ? r.path("status").asString() : null,
                Tampilan.status(recorded ? r.path("status").asString() : null),
                recorded ? Tampilan.value(r, unit) : "–", capaian == null ? "–" : Indonesian.percent(capaian),
                Tampilan.lightClass(capaian), Tampilan.lightLabel(capaian), row.path("evidenceCount").asInt(),
                row.path("mayEnter").asBoolean(), row.path("mayVerify").asBoolean(), asked,
                Tampilan.text(r.path("faktorPendorong")), Tampilan.text(r.path("faktorPenghambat")),
                Tampilan.text(r.path("tindakLanjut")), Tampilan.text(r.path("reviewNote")),
                Tampilan.text(r.path("updatedBy")), recorded ? r : null);
    }

    /** The target as measurement writes it ("90", "Nindya", "80 - 90"), numbers in Indonesian, with the unit. */
    private static String target(String text, String unit) {
        if (text.isBlank() || text.equals("N/A")) {
            return "N/A";
        }
        String[] range = text.split(" - ");
        try {
            return range.length == 2 ? Tampilan.target(null, new BigDecimal(range[0].strip()),
                    new BigDecimal(range[1].strip()), null, unit)
                    : Tampilan.target(new BigDecimal(text.strip()), null, null, null, unit);
        } catch (NumberFormatException category) {
            return Tampilan.target(null, null, null, text, unit);
        }
    }
}
