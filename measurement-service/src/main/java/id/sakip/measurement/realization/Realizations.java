package id.sakip.measurement.realization;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.capaian.Capaian;
import id.sakip.capaian.Cumulative;
import id.sakip.capaian.Rules;
import id.sakip.capaian.Target;
import id.sakip.events.CapaianStatus;
import id.sakip.events.Decimals;
import id.sakip.events.CapaianRulesChanged;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.RealizationStatusChanged;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.catalog.IndicatorCatalog;
import id.sakip.measurement.realization.Realization.Status;
import id.sakip.measurement.realization.RealizationRequest.Entry;
import id.sakip.measurement.rules.CapaianRuleBooks;
import id.sakip.support.security.Access;
import id.sakip.support.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Records realisations, computes their capaian by the Pemda's rules, moves them through verification and approval,
 * locks approved periods, and keeps every act in the audit trail. Every write to a period takes the period's lock
 * in shared mode and approving or unlocking it takes it exclusively, so nothing slips into a period while it is
 * being approved.
 */
@Service
public class Realizations {

    private static final Logger log = LoggerFactory.getLogger(Realizations.class);

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int RATIO_SCALE = 10;

    private final IndicatorCatalog catalog;
    private final RealizationRows rows;
    private final ApplicationEventPublisher events;
    private final CapaianRuleBooks ruleBooks;
    private final Clock clock;
    private final Access access;

    Realizations(IndicatorCatalog catalog, RealizationRows rows, ApplicationEventPublisher events,
            CapaianRuleBooks ruleBooks, Clock clock, Access access) {
        this.access = access;
        this.catalog = catalog;
        this.rows = rows;
        this.events = events;
        this.ruleBooks = ruleBooks;
        this.clock = clock;
    }

    @Transactional
    public RealizationView record(RealizationRequest request, String actor) {
        CatalogIndicator indicator = catalog.find(request.indicatorId()).orElseThrow(() ->
                ApiProblem.unprocessable("unknown-indicator",
                        "Indikator " + request.indicatorId() + " tidak dikenal layanan pengukuran. Indikator harus "
                                + "didefinisikan di perencanaan lebih dulu; bila baru saja dibuat, tunggu sebentar.",
                        Map.of("indicatorId", "indikator tidak dikenal")));
        access.require(Permission.ENTER_REALIZATION, Owner.of(indicator.org()));
        requireNotFuture(request.period());
        rows.lockPeriodShared(indicator.org(), request.period());
        requireUnlocked(indicator.org(), request.period());
        rows.lockIndicatorYear(indicator.id(), indicator.org(), Integer.parseInt(request.period().substring(0, 4)));
        Entry entry = checked(indicator, request.entry());
        Instant now = now();
        var draft = new Realization(UUID.randomUUID(), indicator.id(), indicator.org(), request.period(),
                entry.value(), entry.category(), entry.numerator(), entry.denominator(), null, null, null,
                CapaianStatus.NO_TARGET, null, Status.DRAFT, null, null, null, null, 1, actor, now, actor, now);
        Realization created = evaluated(indicator, draft, rows.sameYear(indicator.id(), indicator.org(), draft.year()));
        // the insert is the uniqueness check, so two concurrent writers of one coordinate cannot both pass it
        if (!rows.insert(created)) {
            throw ApiProblem.conflict("realization-exists", "Realisasi indikator ini untuk periode "
                    + request.period() + " sudah dicatat. Ubah realisasi yang ada (PUT) bila nilainya perlu diganti.");
        }
        rows.audit(created.id(), "CREATE", actor, now, null, created.snapshot(), null);
        publishRecorded(indicator, created);
        reevaluateLaterQuarters(indicator, created, actor, now);
        return view(created);
    }

    @Transactional
    public RealizationView change(UUID id, RealizationRequest.Change change, Long expectedVersion, String actor) {
        requireIfMatch(expectedVersion);
        Realization current = forUpdate(id, expectedVersion, Permission.ENTER_REALIZATION);
        current.requireEditable();
        CatalogIndicator indicator = indicatorOf(current);
        Entry entry = checked(indicator, change.entry());
        Instant now = now();
        var changed = new Realization(current.id(), current.indicatorId(), current.org(), current.period(),
                entry.value(), entry.category(), entry.numerator(), entry.denominator(), null, null, null,
                CapaianStatus.NO_TARGET, null, Status.DRAFT, current.faktorPendorong(), current.faktorPenghambat(),
                current.tindakLanjut(), current.reviewNote(), current.version() + 1, current.recordedBy(),
                current.recordedAt(), actor, now);
        Realization saved = save(current, evaluated(indicator, changed,
                rows.sameYear(current.indicatorId(), current.org(), current.year())), "CHANGE",
                change.reason().strip(), now);
        publishRecorded(indicator, saved);
        reevaluateLaterQuarters(indicator, saved, actor, now);
        return view(saved);
    }

    /**
     * The operator submits the realisation for verification. Its capaian is computed again (the targets may have
     * moved since it was entered); below target or rated below Tinggi it needs faktor penghambat and a follow-up
     * plan, above target faktor pendorong.
     */
    @Transactional
    public RealizationView submit(UUID id, RealizationRequest.Submission submission, Long expectedVersion,
            String actor) {
        requireIfMatch(expectedVersion);
        Realization current = forUpdate(id, expectedVersion, Permission.ENTER_REALIZATION);
        current.requireSubmittable();
        CatalogIndicator indicator = indicatorOf(current);
        Realization evaluated = evaluated(indicator, current, rows.sameYear(current.indicatorId(), current.org(),
                current.year()));
        Rules.Evaluation evaluation = evaluation(evaluated);
        String pendorong = blankToNull(submission.faktorPendorong());
        String penghambat = blankToNull(submission.faktorPenghambat());
        String tindakLanjut = blankToNull(submission.tindakLanjut());
        Map<String, String> missing = Justification.missing(evaluation, pendorong, penghambat, tindakLanjut);
        if (!missing.isEmpty()) {
            throw ApiProblem.unprocessable("justification-required", "Capaian "
                    + evaluated.capaianPercent().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',')
                    + "% memerlukan penjelasan sebelum diajukan. Tidak ada data yang diubah.", missing);
        }
        Instant now = now();
        Realization submitted = with(evaluated, Status.SUBMITTED, pendorong, penghambat, tindakLanjut, null, actor, now);
        Realization saved = save(current, submitted, "SUBMIT", null, now);
        publishStatus(indicator.polarity(), saved, "SUBMITTED", actor, now);
        return view(saved);
    }

    @Transactional
    public RealizationView verify(UUID id, RealizationRequest.Review review, Long expectedVersion, String actor) {
        Realization current = forUpdate(id, expectedVersion, Permission.VERIFY_REALIZATION);
        current.requireVerifiable();
        requireSomeoneElse(current, actor, "verifikasi");
        CatalogIndicator indicator = indicatorOf(current);
        Instant now = now();
        String note = blankToNull(review.note());
        Realization saved = save(current, with(current, Status.VERIFIED, note, actor, now), "VERIFY", note,
                now);
        publishStatus(indicator.polarity(), saved, "VERIFIED", actor, now);
        return view(saved);
    }

    @Transactional
    public RealizationView reject(UUID id, RealizationRequest.Review review, Long expectedVersion, String actor) {
        String note = blankToNull(review.note());
        if (note == null) {
            throw ApiProblem.unprocessable("validation", "Tuliskan catatan agar operator tahu apa yang harus "
                    + "diperbaiki.", Map.of("note", "catatan wajib diisi saat mengembalikan"));
        }
        Realization current = forUpdate(id, expectedVersion, Permission.VERIFY_REALIZATION);
        current.requireRejectable();
        CatalogIndicator indicator = indicatorOf(current);
        Instant now = now();
        Realization saved = save(current, with(current, Status.REJECTED, note, actor, now), "REJECT", note,
                now);
        publishStatus(indicator.polarity(), saved, "REJECTED", actor, now);
        return view(saved);
    }

    /**
     * The Kepala OPD approves a period of the OPD: every realisation in it must be verified; all become approved and
     * the period is locked.
     */
    @Transactional
    public PeriodView approvePeriod(String pemdaCode, String opdCode, String period, String actor) {
        access.require(Permission.APPROVE_PERIOD, Owner.opd(pemdaCode, opdCode));
        OrgRef opd = new OrgRef(pemdaCode, opdCode, null);
        rows.lockPeriodExclusive(opd, period);
        if (rows.isLocked(opd, period)) {
            throw ApiProblem.conflict("period-locked", "Periode " + period + " OPD " + opdCode + " sudah disetujui "
                    + "dan terkunci.");
        }
        List<Realization> inPeriod = rows.ofPeriodForUpdate(opd, period);
        if (inPeriod.isEmpty()) {
            throw ApiProblem.unprocessable("nothing-to-approve", "Belum ada realisasi OPD " + opdCode
                    + " untuk periode " + period + ".", Map.of("period", "tidak ada realisasi"));
        }
        Map<String, String> notReady = new LinkedHashMap<>();
        inPeriod.stream().filter(r -> r.status() != Status.VERIFIED)
                .forEach(r -> notReady.put(r.id().toString(), "masih " + r.status().label));
        List<UUID> ids = inPeriod.stream().map(Realization::id).toList();
        Map<UUID, String> verifiers = rows.lastActors(ids, "VERIFY");
        inPeriod.stream().filter(r -> r.status() == Status.VERIFIED && actor.equals(verifiers.get(r.id())))
                .forEach(r -> notReady.put(r.id().toString(), "diverifikasi oleh " + actor
                        + " sendiri; persetujuan oleh orang lain"));
        Map<UUID, String> submitters = rows.lastActors(ids, "SUBMIT");
        inPeriod.stream().filter(r -> actor.equals(submitters.get(r.id())))
                .forEach(r -> notReady.putIfAbsent(r.id().toString(), "diajukan oleh " + actor
                        + " sendiri; persetujuan oleh orang lain"));
        if (!notReady.isEmpty()) {
            throw new ApiProblem(org.springframework.http.HttpStatus.CONFLICT, "period-not-ready",
                    "Bertentangan dengan data yang ada", notReady.size() + " dari " + inPeriod.size()
                    + " realisasi periode " + period + " belum diverifikasi Kepala Bidang; periode belum dapat "
                    + "disetujui. Tidak ada data yang diubah.", notReady);
        }
        Instant now = now();
        Map<UUID, Polarity> polarities = polaritiesOf(inPeriod);
        for (Realization realization : inPeriod) {
            Realization approved = with(realization, Status.APPROVED, realization.reviewNote(), actor, now);
            Realization saved = save(realization, approved, "APPROVE", null, now);
            publishStatus(polarities.get(realization.indicatorId()), saved, "APPROVED", actor, now);
        }
        rows.lock(opd, period, actor, now, inPeriod.size());
        return periodView(pemdaCode, opdCode, period);
    }

    /** An administrator unlocks an approved period, with a reason: its realisations return to verified. */
    @Transactional
    public PeriodView unlockPeriod(String pemdaCode, String opdCode, String period, String reason, String actor) {
        access.require(Permission.UNLOCK_PERIOD, Owner.opd(pemdaCode, opdCode));
        OrgRef opd = new OrgRef(pemdaCode, opdCode, null);
        rows.lockPeriodExclusive(opd, period);
        if (!rows.isLocked(opd, period)) {
            throw ApiProblem.conflict("period-not-locked", "Periode " + period + " OPD " + opdCode
                    + " tidak terkunci; tidak ada yang dibuka.");
        }
        Instant now = now();
        List<Realization> inPeriod = rows.ofPeriodForUpdate(opd, period);
        Map<UUID, Polarity> polarities = polaritiesOf(inPeriod);
        for (Realization realization : inPeriod) {
            if (realization.status() != Status.APPROVED) {
                continue;
            }
            Realization reopened = with(realization, Status.VERIFIED, realization.reviewNote(), actor, now);
            Realization saved = save(realization, reopened, "UNLOCK", reason.strip(), now);
            publishStatus(polarities.get(realization.indicatorId()), saved, "UNLOCKED", actor, now);
        }
        rows.unlock(opd, period, actor, now, reason.strip(), inPeriod.size());
        PeriodView unlocked = periodView(pemdaCode, opdCode, period);
        // an administrator who reads no OPD data learns the lock's state and counts, not the values
        return access.allows(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode)) ? unlocked
                : new PeriodView(unlocked.pemdaCode(), unlocked.opdCode(), unlocked.period(), unlocked.locked(),
                unlocked.countByStatus(), List.of(), unlocked.lockHistory());
    }

    @Transactional(readOnly = true)
    public PeriodView period(String pemdaCode, String opdCode, String period) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        return periodView(pemdaCode, opdCode, period);
    }

    /** The period as it stands: also the answer to who approved or unlocked it (an administrator reads no drafts). */
    private PeriodView periodView(String pemdaCode, String opdCode, String period) {
        OrgRef opd = new OrgRef(pemdaCode, opdCode, null);
        List<RealizationView> realizations = rows.ofPeriod(opd, period).stream().map(this::view).toList();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            long count = realizations.stream().filter(r -> r.status().equals(status.name())).count();
            if (count > 0) {
                byStatus.put(status.name(), count);
            }
        }
        return new PeriodView(pemdaCode, opdCode, period, rows.isLocked(opd, period), byStatus, realizations,
                rows.lockHistory(opd, period));
    }

    /**
     * Evidence is attached while the realisation can still change (a draft or a returned one), under the period's
     * lock and the realisation's row lock, and kept in its audit trail. The caller stores the file in the same
     * transaction.
     */
    @Transactional
    public void attachEvidence(UUID id, String fileName, String sha256, long size, String actor) {
        Realization found = rows.find(id).orElseThrow(() -> notFound(id));
        access.require(Permission.ENTER_REALIZATION, Owner.of(found.org()));
        rows.lockPeriodShared(found.org(), found.period());
        requireUnlocked(found.org(), found.period());
        Realization current = rows.findForUpdate(id).orElseThrow(() -> notFound(id));
        current.requireEditable();
        Map<String, Object> evidence = new LinkedHashMap<>(current.snapshot());
        evidence.put("evidence", fileName + " (" + size + " byte, SHA-256 " + sha256 + ")");
        rows.audit(id, "EVIDENCE", actor, now(), current.snapshot(), evidence, null);
    }

    /** Refuses (403) unless the user may enter this realisation's data (its bidang's operator). */
    @Transactional(readOnly = true)
    public void requireEntryAllowed(UUID id) {
        Realization found = rows.find(id).orElseThrow(() -> notFound(id));
        access.require(Permission.ENTER_REALIZATION, Owner.of(found.org()));
    }

    @Transactional(readOnly = true)
    public RealizationView get(UUID id) {
        Realization found = rows.find(id).orElseThrow(() -> notFound(id));
        access.require(Permission.READ_OPD, Owner.of(found.org()));
        return view(found);
    }

    @Transactional(readOnly = true)
    public List<RealizationView> ofIndicator(UUID indicatorId) {
        Optional<CatalogIndicator> indicator = catalog.find(indicatorId);
        if (indicator.isEmpty()) {
            return List.of();
        }
        access.require(Permission.READ_OPD, Owner.of(indicator.get().org()));
        return rows.ofIndicator(indicatorId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(UUID id) {
        Realization found = rows.find(id).orElseThrow(() -> notFound(id));
        access.require(Permission.READ_OPD, Owner.of(found.org()));
        return rows.history(id);
    }

    /**
     * The year of an indicator: each quarter with its cumulative value and capaian, and the year by the
     * indicator's aggregation against the year's target (a realisation entered for the whole year, when there is
     * one, stands for the year).
     */
    @Transactional(readOnly = true)
    public YearView year(UUID indicatorId, int year) {
        CatalogIndicator indicator = catalog.find(indicatorId).orElseThrow(() -> ApiProblem.notFound(
                "unknown-indicator", "Indikator " + indicatorId + " tidak dikenal layanan pengukuran."));
        access.require(Permission.READ_OPD, Owner.of(indicator.org()));
        List<Realization> sameYear = rows.sameYear(indicatorId, indicator.org(), year);
        List<RealizationView> quarters = sameYear.stream().filter(r -> r.quarter() > 0).map(this::view).toList();
        Realization whole = sameYear.stream().filter(r -> r.quarter() == 0).findFirst().orElse(null);
        Target target = indicator.targetFor(year);
        BigDecimal value;
        String category;
        String source;
        if (whole != null) {
            value = whole.value();
            category = whole.category();
            source = "TAHUN";
        } else {
            List<Realization> reported = sameYear.stream().filter(r -> r.quarter() > 0).toList();
            value = indicator.isOrdinal() ? null
                    : Cumulative.of(indicator.aggregation(), reported.stream().map(Realization::value).toList());
            category = indicator.isOrdinal() ? Cumulative.lastCategory(reported.stream()
                    .map(Realization::category).toList()) : null;
            source = reported.isEmpty() ? "BELUM_ADA" : "TRIWULAN";
        }
        Rules rules = rules(indicator, year);
        Rules.Evaluation evaluation = value == null && category == null ? null
                : rules.evaluate(indicator.polarity(), indicator.scale(), target, value, category);
        return new YearView(indicatorId, indicator.name(), indicator.unit(), indicator.polarity(),
                indicator.aggregation(), year, target.text(), source, Decimals.plain(value), category,
                evaluation == null ? null : evaluation.capaian().status(),
                evaluation == null ? null : rules.shown(evaluation.capaian().rounded()),
                evaluation == null ? null : evaluation.capaian().rounded(),
                evaluation == null ? null : evaluation.reached(),
                evaluation == null || evaluation.rating() == null ? null : evaluation.rating().label(),
                evaluation == null || evaluation.light() == null ? null : evaluation.light().name(), quarters);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void requireIfMatch(Long expectedVersion) {
        if (expectedVersion == null) {
            throw ApiProblem.unprocessable("if-match-required", "Sertakan header If-Match berisi versi realisasi yang "
                    + "Anda baca, agar perubahan orang lain tidak tertimpa.", Map.of("If-Match", "wajib diisi"));
        }
    }

    /**
     * Four eyes, by subject: whoever submitted a realisation does not verify it; whoever submitted or verified it does
     * not approve it (approvePeriod).
     */
    private static void requireSomeoneElse(Realization realization, String actor, String act) {
        if (realization.updatedBy().equals(actor)) {
            throw ApiProblem.conflict("same-person", "Realisasi ini " + realization.status().label + " oleh " + actor
                    + "; " + act + " dilakukan orang lain (pemeriksa yang berbeda). Tidak ada data yang diubah.");
        }
    }

    private Realization forUpdate(UUID id, Long expectedVersion, Permission permission) {
        Realization found = rows.find(id).orElseThrow(() -> notFound(id));
        access.require(permission, Owner.of(found.org()));
        rows.lockPeriodShared(found.org(), found.period());
        requireUnlocked(found.org(), found.period());
        // quarters of one indicator feed each other's cumulative value: their writers take turns
        rows.lockIndicatorYear(found.indicatorId(), found.org(), found.year());
        Realization current = rows.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new OptimisticLockingFailureException("realization " + id + " is at version " + current.version()
                    + ", not " + expectedVersion);
        }
        return current;
    }

    private Realization save(Realization before, Realization after, String action, String reason, Instant now) {
        if (!rows.update(after, before.version())) {
            throw new OptimisticLockingFailureException("realization " + before.id() + " changed meanwhile");
        }
        rows.audit(after.id(), action, after.updatedBy(), now, before.snapshot(), after.snapshot(), reason);
        return after;
    }

    /** The next version in another state, the operator's justification kept. */
    private static Realization with(Realization r, Status status, String reviewNote, String actor, Instant now) {
        return with(r, status, r.faktorPendorong(), r.faktorPenghambat(), r.tindakLanjut(), reviewNote, actor, now);
    }

    private static Realization with(Realization r, Status status, String pendorong, String penghambat,
            String tindakLanjut, String reviewNote, String actor, Instant now) {
        return new Realization(r.id(), r.indicatorId(), r.org(), r.period(), r.value(), r.category(), r.numerator(),
                r.denominator(), r.target(), r.targetText(), r.cumulativeValue(), r.capaianStatus(),
                r.capaianPercent(), status, pendorong, penghambat, tindakLanjut, reviewNote, r.version() + 1,
                r.recordedBy(), r.recordedAt(), actor, now);
    }

    /**
     * The realisation with the capaian of its period: a quarter is compared, by the indicator's aggregation, with
     * the quarter's cumulative target; a year with the year's target.
     */
    private Realization evaluated(CatalogIndicator indicator, Realization r, List<Realization> sameYear) {
        Target target;
        BigDecimal compared;
        String category;
        if (r.quarter() == 0) {
            target = indicator.targetFor(r.year());
            compared = r.value();
            category = r.category();
        } else {
            target = indicator.targetFor(r.year(), r.quarter());
            List<BigDecimal> values = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            for (int q = 1; q <= r.quarter(); q++) {
                Realization quarter = q == r.quarter() ? r : quarter(sameYear, q);
                values.add(quarter == null ? null : quarter.value());
                categories.add(quarter == null ? null : quarter.category());
            }
            compared = indicator.isOrdinal() ? null : Cumulative.of(indicator.aggregation(), values);
            category = indicator.isOrdinal() ? Cumulative.lastCategory(categories) : null;
        }
        Rules.Evaluation evaluation = rules(indicator, r.year()).evaluate(indicator.polarity(),
                indicator.scale(), target, compared, category);
        return new Realization(r.id(), r.indicatorId(), r.org(), r.period(), r.value(), r.category(), r.numerator(),
                r.denominator(), target.value(), target.isNone() ? null : target.text(), compared,
                evaluation.capaian().status(), evaluation.capaian().percent(), r.status(), r.faktorPendorong(),
                r.faktorPenghambat(), r.tindakLanjut(), r.reviewNote(), r.version(), r.recordedBy(), r.recordedAt(),
                r.updatedBy(), r.updatedAt());
    }

    private static Realization quarter(List<Realization> sameYear, int quarter) {
        return sameYear.stream().filter(r -> r.quarter() == quarter).findFirst().orElse(null);
    }

    /**
     * A quarter's value is part of the cumulative value of the quarters after it. Those still with the operator are
     * computed again; one already under review or approved would change behind its reviewer's back, so the change
     * is refused until that quarter is returned.
     */
    private void reevaluateLaterQuarters(CatalogIndicator indicator, Realization changed, String actor, Instant now) {
        if (changed.quarter() == 0 || changed.quarter() == 4) {
            return;
        }
        List<Realization> sameYear = rows.sameYear(changed.indicatorId(), changed.org(), changed.year());
        Map<String, String> underReview = new LinkedHashMap<>();
        for (Realization later : sameYear) {
            if (later.quarter() <= changed.quarter()) {
                continue;
            }
            Realization again = evaluated(indicator, later, sameYear);
            if (sameNumber(again.cumulativeValue(), later.cumulativeValue())
                    && sameNumber(again.capaianPercent(), later.capaianPercent())
                    && again.capaianStatus() == later.capaianStatus()) {
                continue;
            }
            if (later.status() != Status.DRAFT && later.status() != Status.REJECTED) {
                underReview.put(later.period(), "sudah " + later.status().label);
                continue;
            }
            Realization recomputed = with(again, later.status(), later.reviewNote(), actor, now);
            Realization saved = save(later, recomputed, "RECOMPUTE", "triwulan " + changed.period()
                    + " berubah", now);
            publishRecorded(indicator, saved);
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
     * state, and kept with RECOMPUTE and the change's reason in its audit trail. An approved period would change
     * under its approval, so a change reaching one is refused until the period is unlocked.
     */
    @EventListener
    void rulesChanged(CapaianRulesChanged change) {
        Map<String, List<String>> locked = rows.lockedFromYear(change.pemdaCode(), change.effectiveFromYear());
        if (!locked.isEmpty()) {
            String periods = String.join("; ", locked.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.join(", ", e.getValue())).toList());
            throw new ApiProblem(HttpStatus.CONFLICT, "rules-year-approved", "Periode sudah disetujui",
                    "Aturan baru akan mengubah capaian periode yang sudah disetujui: " + periods + ". Buka kunci "
                            + "periode itu lebih dulu, atau berlakukan aturan mulai tahun berikutnya. Tidak ada yang "
                            + "diubah.", Map.of("effectiveFromYear", "mencakup periode yang sudah disetujui: "
                            + periods));
        }
        Instant now = change.occurredAt();
        Map<UUID, CatalogIndicator> indicators = new HashMap<>();
        List<Realization> affected = rows.ofPemdaFromYearForUpdate(change.pemdaCode(), change.effectiveFromYear());
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

    /**
     * An indicator's own formula changed (planning's revision, replicated): its realisations are computed with it,
     * except those of an approved period, which keep the figure approved until the period is unlocked (the event
     * has happened in planning; measurement cannot refuse it, only not move an approved figure).
     */
    @EventListener
    void formulaChanged(CatalogIndicator.FormulaChanged change) {
        CatalogIndicator indicator = catalog.find(change.indicatorId()).orElseThrow();
        Instant now = now();
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
            Realization current = rows.findForUpdate(r.id()).orElseThrow();
            recompute(indicator, current, byYear.get(r.org().opdCode() + "/" + r.year()), change.actor(),
                    "rumus capaian indikator berubah", now);
        }
    }

    private void recompute(CatalogIndicator indicator, Realization r, List<Realization> sameYear, String actor,
            String reason, Instant now) {
        Realization again = evaluated(indicator, r, sameYear);
        if (sameNumber(again.capaianPercent(), r.capaianPercent()) && again.capaianStatus() == r.capaianStatus()) {
            return;
        }
        Realization saved = save(r, with(again, r.status(), r.reviewNote(), actor, now), "RECOMPUTE", reason, now);
        publishRecorded(indicator, saved);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The entry in the shape of the indicator: a number or a category on its scale, never a negative count. */
    private static Entry checked(CatalogIndicator indicator, Entry entry) {
        boolean hasValue = entry.value() != null;
        boolean hasCategory = entry.category() != null && !entry.category().isBlank();
        boolean hasRatio = entry.numerator() != null || entry.denominator() != null;
        Map<String, String> errors = new LinkedHashMap<>();
        if (indicator.isOrdinal()) {
            if (!hasCategory) {
                errors.put("category", "indikator ini berupa kategori: pilih salah satu dari "
                        + String.join(", ", indicator.scale()));
            } else if (!indicator.scale().contains(entry.category().strip())) {
                errors.put("category", "'" + entry.category().strip() + "' tidak ada pada skala "
                        + String.join(" < ", indicator.scale()));
            }
            if (hasValue || hasRatio) {
                errors.put(hasValue ? "value" : "numerator", "indikator kategori tidak diisi dengan angka");
            }
            if (!errors.isEmpty()) {
                throw ApiProblem.unprocessable("invalid-realization-value", "Realisasi tidak sesuai jenis indikator "
                        + "'" + indicator.name() + "'. Tidak ada data yang disimpan.", errors);
            }
            return new Entry(null, entry.category().strip(), null, null);
        }
        if (hasCategory) {
            errors.put("category", "indikator ini berupa angka, bukan kategori");
        }
        BigDecimal value = entry.value();
        if (hasRatio) {
            if (hasValue) {
                errors.put("value", "isi nilai, atau pembilang dan penyebut, bukan keduanya");
            } else if (entry.numerator() == null || entry.denominator() == null) {
                errors.put(entry.numerator() == null ? "numerator" : "denominator",
                        "pembilang dan penyebut diisi bersama");
            } else if (!indicator.isPercentage()) {
                errors.put("numerator", "pembilang dan penyebut hanya untuk indikator persentase");
            } else if (entry.denominator().signum() > 0) {
                value = entry.numerator().multiply(BigDecimal.valueOf(100))
                        .divide(entry.denominator(), RATIO_SCALE, RoundingMode.HALF_UP);
            }
        } else if (!hasValue && !hasCategory) {
            errors.put("value", "nilai realisasi wajib diisi");
        }
        if (value != null && value.signum() < 0 && !indicator.negativeAllowed()) {
            errors.put("value", "tidak boleh negatif untuk satuan '" + indicator.unit() + "'");
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-realization-value", "Realisasi tidak sesuai jenis indikator '"
                    + indicator.name() + "'. Tidak ada data yang disimpan.", errors);
        }
        return new Entry(value, null, entry.numerator(), entry.denominator());
    }

    private void requireNotFuture(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = period.length() == 6 ? period.charAt(5) - '0' : 1;
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        if (start.isAfter(LocalDate.now(clock.withZone(WIB)))) {
            throw ApiProblem.unprocessable("period-in-future", "Periode " + period + " belum dimulai; realisasi "
                    + "dicatat setelah periodenya berjalan.", Map.of("period", "periode belum dimulai"));
        }
    }

    private void requireUnlocked(OrgRef org, String period) {
        if (rows.isLocked(org, period)) {
            throw ApiProblem.conflict("period-locked", "Periode " + period + " OPD " + org.opdCode() + " sudah "
                    + "disetujui dan terkunci. Administrator dapat membuka kuncinya dengan alasan. Tidak ada data "
                    + "yang diubah.");
        }
    }

    private CatalogIndicator indicatorOf(Realization realization) {
        return catalog.find(realization.indicatorId()).orElseThrow(() -> new IllegalStateException(
                "realization " + realization.id() + " names indicator " + realization.indicatorId()
                        + " the catalog no longer holds"));
    }

    /** Each indicator's polarity for a period's realisations, in one query (not its whole catalog entry each). */
    private Map<UUID, Polarity> polaritiesOf(List<Realization> realizations) {
        Map<UUID, Polarity> polarities = catalog.polarities(realizations.stream().map(Realization::indicatorId)
                .distinct().toList());
        for (Realization realization : realizations) {
            if (!polarities.containsKey(realization.indicatorId())) {
                throw new IllegalStateException("realization " + realization.id() + " names indicator "
                        + realization.indicatorId() + " the catalog no longer holds");
            }
        }
        return polarities;
    }

    private static ApiProblem notFound(UUID id) {
        return ApiProblem.notFound("unknown-realization", "Realisasi " + id + " tidak ditemukan.");
    }

    /** The rules an indicator's capaian of a year is computed with: the Pemda's for the year, its own formula. */
    private Rules rules(CatalogIndicator indicator, int year) {
        return ruleBooks.rulesFor(indicator.org().pemdaCode(), year).forIndicator(indicator.decreasingFormula());
    }

    private Rules.Evaluation evaluation(Realization r) {
        return ruleBooks.rulesFor(r.org().pemdaCode(), r.year())
                .describe(new Capaian(r.capaianStatus(), r.capaianPercent()));
    }

    RealizationView view(Realization r) {
        Rules rules = ruleBooks.rulesFor(r.org().pemdaCode(), r.year());
        Rules.Evaluation evaluation = rules.describe(new Capaian(r.capaianStatus(), r.capaianPercent()));
        return new RealizationView(r.id(), r.indicatorId(), r.org(), r.period(), Decimals.plain(r.value()),
                r.category(), Decimals.plain(r.numerator()), Decimals.plain(r.denominator()),
                Decimals.plain(r.cumulativeValue()), Decimals.plain(r.target()), r.targetText(), r.capaianStatus(),
                rules.shown(evaluation.capaian().rounded()), evaluation.capaian().rounded(), evaluation.reached(),
                evaluation.rating() == null ? null : evaluation.rating().label(),
                evaluation.light() == null ? null : evaluation.light().name(), r.status().name(),
                r.faktorPendorong(), r.faktorPenghambat(), r.tindakLanjut(), r.reviewNote(),
                Justification.asked(evaluation), r.version(), r.recordedBy(), r.recordedAt(), r.updatedBy(),
                r.updatedAt());
    }

    private void publishRecorded(CatalogIndicator indicator, Realization r) {
        events.publishEvent(new RealizationRecorded(UUID.randomUUID(), r.updatedAt(), r.version(), r.id(),
                r.indicatorId(), r.org(), r.period(), r.value(), r.target(), indicator.polarity(), r.capaianStatus(),
                r.capaianPercent(), r.updatedBy(), r.category(), r.targetText(), r.status().name()));
    }

    private void publishStatus(Polarity polarity, Realization r, String transition, String actor, Instant now) {
        Rules.Evaluation evaluation = evaluation(r);
        events.publishEvent(new RealizationStatusChanged(UUID.randomUUID(), now, r.version(), r.id(),
                r.indicatorId(), r.org(), r.period(), transition, r.status().name(), r.value(), r.category(),
                r.target(), r.targetText(), polarity, r.capaianStatus(), r.capaianPercent(),
                evaluation.reached(), evaluation.rating() == null ? null : evaluation.rating().name(),
                r.faktorPendorong(), r.faktorPenghambat(), r.tindakLanjut(), r.reviewNote(), actor));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
