package id.sakip.measurement.realization;

import id.sakip.events.Decimals;
import id.sakip.events.RealizationRecorded;
import id.sakip.measurement.capaian.Capaian;
import id.sakip.measurement.capaian.DecreasingFormula;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.catalog.IndicatorCatalog;
import id.sakip.support.web.ApiProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records realisations, computes their capaian, and publishes both. */
@Service
public class RealizationService {

    private final IndicatorCatalog catalog;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DecreasingFormula decreasingFormula;

    RealizationService(IndicatorCatalog catalog, JdbcClient jdbc, ApplicationEventPublisher events,
            @Value("${sakip.capaian.decreasing-formula:TWO_T_MINUS_R}") DecreasingFormula decreasingFormula) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.events = events;
        this.decreasingFormula = decreasingFormula;
    }

    /**
     * The target of a period is the indicator's target for its year until the Rencana Aksi publishes cumulative
     * quarter targets (then a quarter is compared with its own "up to TW n" target).
     */
    @Transactional
    public RealizationView record(RealizationRequest request, String actor) {
        CatalogIndicator indicator = catalog.find(request.indicatorId()).orElseThrow(() ->
                ApiProblem.unprocessable("unknown-indicator",
                        "Indikator " + request.indicatorId() + " tidak dikenal layanan pengukuran. Indikator harus "
                                + "didefinisikan di perencanaan lebih dulu; bila baru saja dibuat, tunggu sebentar.",
                        Map.of("indicatorId", "indikator tidak dikenal")));
        if (indicator.polarity() == id.sakip.events.Polarity.ORDINAL) {
            // the capaian engine ranks categories (Capaian.ordinal); entering a category comes with the measurement
            // workflow, until then a number cannot be placed on the indicator's scale
            throw ApiProblem.unprocessable("ordinal-realization-not-supported",
                    "Indikator ini berupa kategori (ordinal). Pencatatan realisasi berupa kategori belum tersedia; "
                            + "tidak ada data yang disimpan.", Map.of("value", "indikator ordinal memerlukan kategori"));
        }
        int year = Integer.parseInt(request.period().substring(0, 4));
        BigDecimal target = indicator.targetFor(year);
        Capaian capaian = Capaian.of(indicator.polarity(), target, request.value(), decreasingFormula);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var view = new RealizationView(UUID.randomUUID(), indicator.id(), indicator.org(), request.period(),
                Decimals.plain(request.value()), target, capaian.status(), capaian.rounded(), 1, actor, now);
        // the insert is the uniqueness check, so two concurrent writers of one coordinate cannot both pass it
        int inserted = jdbc.sql("""
                INSERT INTO realization (id, indicator_id, pemda_code, opd_code, bidang_code, period, value, target,
                                         capaian_status, capaian_percent, version, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT realization_coordinate DO NOTHING""")
                .params(view.id(), view.indicatorId(), view.org().pemdaCode(), view.org().opdCode(),
                        view.org().bidangCode(), view.period(), view.value(), target, capaian.status().name(),
                        capaian.percent(), view.version(), actor, Timestamp.from(now))
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("realization-exists", "Realisasi indikator ini untuk periode "
                    + request.period() + " sudah dicatat.");
        }
        events.publishEvent(new RealizationRecorded(UUID.randomUUID(), now, view.version(), view.id(),
                indicator.id(), indicator.org(), view.period(), view.value(), target, indicator.polarity(),
                capaian.status(), capaian.percent(), actor));
        return view;
    }

    @Transactional(readOnly = true)
    public List<RealizationView> ofIndicator(UUID indicatorId) {
        return jdbc.sql("SELECT * FROM realization WHERE indicator_id = ? ORDER BY period").param(indicatorId)
                .query((rs, n) -> {
                    BigDecimal percent = rs.getBigDecimal("capaian_percent");
                    return new RealizationView(rs.getObject("id", UUID.class), indicatorId,
                            new id.sakip.events.OrgRef(rs.getString("pemda_code"), rs.getString("opd_code"),
                                    rs.getString("bidang_code")),
                            rs.getString("period"), Decimals.plain(rs.getBigDecimal("value")),
                            Decimals.plain(rs.getBigDecimal("target")),
                            id.sakip.events.CapaianStatus.valueOf(rs.getString("capaian_status")),
                            percent == null ? null : percent.setScale(2, java.math.RoundingMode.HALF_UP),
                            rs.getLong("version"), rs.getString("recorded_by"),
                            rs.getTimestamp("recorded_at").toInstant());
                })
                .list();
    }
}
