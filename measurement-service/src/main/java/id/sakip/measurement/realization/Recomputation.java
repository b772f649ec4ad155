package id.sakip.measurement.realization;

import id.sakip.events.CapaianRulesChanged;
import id.sakip.events.OrgRef;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.catalog.IndicatorCatalog;
import id.sakip.measurement.realization.Realization.Status;
import id.sakip.support.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Capaian computed again when what they depend on changes: an earlier quarter of the same year, the Pemda's rules,
 * an indicator's own formula. Each recomputation is a new version with RECOMPUTE and its cause in the audit trail.
 */
@Component
class Recomputation {

    private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

    private final RealizationRows rows;
    private final IndicatorCatalog catalog;
    private final PeriodCapaian capaian;
    private final RealizationStore store;
    private final Clock clock;

    Recomputation(RealizationRows rows, IndicatorCatalog catalog, PeriodCapaian capaian, RealizationStore store,
            Clock clock) {
        this.rows = rows;
        this.catalog = catalog;
        this.capaian = capaian;
        this.store = store;
        this.clock = clock;
    }

    /**
     * A quarter's value is part of the cumulative value of the quarters after it. Those still with the operator are
     * computed again; one already under review or approved would change behind its reviewer's back, so the change
     * is refused until that quarter is returned.
     */
    void laterQuarters(CatalogIndicator indicator, Realization changed, String actor, Instant now) {
        if (changed.quarter() == 0 || changed.quarter() == 4) {
            return;
        }
        List<Realization> sameYear = rows.sameYear(changed.indicatorId(), changed.org(), changed.year());
        Map<String, String> underReview = new LinkedHashMap<>();
        for (Realization later : sameYear) {
            if (later.quarter() <= changed.quarter()) {
                continue;
            }
            Realization again = capaian.evaluated(indicator, later, sameYear);
            if (sameNumber(again.cumulativeValue(), later.cumulativeValue())
                    && sameNumber(again.capaianPercent(), later.capaianPercent())
                    && again.capaianStatus() == later.capaianStatus()) {
                continue;
            }
            if (later.status() != Status.DRAFT && later.status() != Status.REJECTED) {
                underReview.put(later.period(), "sudah " + later.status().label);
                continue;
            }
            Realization recomputed = RealizationStore.with(again, later.status(), later.reviewNote(), actor, now);
            Realization saved = store.save(later, recomputed, "RECOMPUTE", "triwulan " + changed.period()
                    + " berubah", now);
            store.publishRecorded(indicator, saved);
        }
        if (!underReview.isEmpty()) {
            throw ApiProblem.conflict("later-quarter-in-review", "Nilai " + changed.period() + " ikut menentukan "
                    + "capaian kumulatif triwulan " + String.join(", ", underReview.keySet()) + " yang "
                    + String.join(", ", underReview.values()) + ". Kembalikan triwulan itu lebih dulu. Tidak ada data "
                    + "yang diubah.");
        }
    }

    /**
     * The Pemda's capaian rules changed from a year on (published by the rules module in its transaction, so a
     * refusal here undoes the change): every realisation of those years is computed with the new rules, whatever its
     * state, and kept with RECOMPUTE and the change's reason in its audit trail: the years it governs, up to a
     * change from a later year. An approved period would change under its approval, so a change reaching one is
     * refused until the period is unlocked. The change holds the Pemda's rules exclusively (every write of a
     * realisation holds them shared), so no approval or entry runs meanwhile.
     */
    @EventListener
    void rulesChanged(CapaianRulesChanged change) {
        Integer last = capaian.book(change.pemdaCode()).lastYearFrom(change.effectiveFromYear());
        int to = last == null ? Integer.MAX_VALUE : last;
        Map<String, List<String>> locked = rows.lockedInYears(change.pemdaCode(), change.effectiveFromYear(), to);
        if (!locked.isEmpty()) {
            throw approved(locked);
        }
        Instant now = change.occurredAt();
        Map<UUID, CatalogIndicator> indicators = new HashMap<>();
        List<Realization> affected = rows.ofPemdaInYearsForUpdate(change.pemdaCode(), change.effectiveFromYear(), to);
        if (affected.stream().anyMatch(r -> r.status() == Status.APPROVED)) {
            throw approved(locked);
        }
        Map<String, List<Realization>> byIndicatorYear = new HashMap<>();
        for (Realization r : affected) {
            byIndicatorYear.computeIfAbsent(r.indicatorId() + "/" + r.org().opdCode() + "/" + r.year(),
                    k -> new ArrayList<>()).add(r);
        }
        for (Realization r : affected) {
            CatalogIndicator indicator = indicators.computeIfAbsent(r.indicatorId(),
                    id -> catalog.find(id).orElseThrow(() -> new IllegalStateException("realization " + r.id()
                            + " names indicator " + id + " the catalog no longer holds")));
            recompute(indicator, r, byIndicatorYear.get(r.indicatorId() + "/" + r.org().opdCode() + "/" + r.year()),
                    change.changedBy(), "aturan capaian Pemda berubah mulai " + change.effectiveFromYear() + ": "
                            + change.reason(), now);
        }
    }

    private static ApiProblem approved(Map<String, List<String>> locked) {
        String periods = locked.isEmpty() ? "periode yang baru saja disetujui" : String.join("; ",
                locked.entrySet().stream().map(e -> e.getKey() + " " + String.join(", ", e.getValue())).toList());
        return new ApiProblem(HttpStatus.CONFLICT, "rules-year-approved", "Periode sudah disetujui",
                "Aturan baru akan mengubah capaian periode yang sudah disetujui: " + periods + ". Buka kunci "
                        + "periode itu lebih dulu, atau berlakukan aturan mulai tahun berikutnya. Tidak ada yang "
                        + "diubah.", Map.of("effectiveFromYear", "mencakup periode yang sudah disetujui: "
                        + periods));
    }

    /**
     * An indicator's own formula changed (planning's revision, replicated): its realisations are computed with it,
     * except those of an approved period, which keep the figure approved; unlocking the period computes them again
     * ({@link #afterUnlock}). The event has happened in planning: measurement cannot refuse it, only not move an
     * approved figure.
     */
    @EventListener
    void formulaChanged(CatalogIndicator.FormulaChanged change) {
        CatalogIndicator indicator = catalog.find(change.indicatorId()).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, List<Realization>> byYear = new HashMap<>();
        List<Realization> all = rows.ofIndicator(change.indicatorId());
        for (Realization r : all) {
            byYear.computeIfAbsent(r.org().opdCode() + "/" + r.year(), k -> new ArrayList<>()).add(r);
        }
        for (Realization r : all) {
            if (rows.isLocked(r.org(), r.period())) {
                log.info("Realisation {} of {} keeps its approved capaian: period {} is locked", r.id(),
                        r.indicatorId(), r.period());
                continue;
            }
            rows.lockPeriodShared(r.org(), r.period());
            Realization current = rows.findForUpdate(r.id()).orElseThrow();
            recompute(indicator, current, byYear.get(r.org().opdCode() + "/" + r.year()), change.actor(),
                    "rumus capaian indikator berubah", now);
        }
    }

    /**
     * An unlocked period's realisations by the rules in force now: a Pemda rule or an indicator formula may have
     * changed while the period was approved.
     */
    void afterUnlock(OrgRef opd, String period, String actor, Instant now) {
        for (Realization r : rows.ofPeriodForUpdate(opd, period)) {
            CatalogIndicator indicator = catalog.find(r.indicatorId()).orElseThrow();
            recompute(indicator, r, rows.sameYear(r.indicatorId(), r.org(), r.year()), actor,
                    "dihitung ulang dengan aturan yang berlaku setelah kunci periode dibuka", now);
        }
    }

    private void recompute(CatalogIndicator indicator, Realization r, List<Realization> sameYear, String actor,
            String reason, Instant now) {
        Realization again = capaian.evaluated(indicator, r, sameYear);
        if (sameNumber(again.capaianPercent(), r.capaianPercent()) && again.capaianStatus() == r.capaianStatus()) {
            return;
        }
        Realization saved = store.save(r, RealizationStore.with(again, r.status(), r.reviewNote(), actor, now), "RECOMPUTE", reason, now);
        store.publishRecorded(indicator, saved);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
