package id.sakip.measurement.realization;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.capaian.Capaian;
import id.sakip.capaian.Cumulative;
import id.sakip.capaian.Rules;
import id.sakip.capaian.Target;
import id.sakip.events.CapaianStatus;
import id.sakip.events.Decimals;
import id.sakip.events.OrgRef;
import id.sakip.events.Polarity;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.catalog.IndicatorCatalog;
import id.sakip.measurement.realization.Realization.Status;
import id.sakip.measurement.realization.RealizationRequest.Entry;
import id.sakip.support.security.Access;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final IndicatorCatalog catalog;
    private final RealizationRows rows;
    private final PeriodCapaian capaian;
    private final RealizationStore store;
    private final Recomputation recomputation;
    private final Clock clock;
    private final Access access;

    Realizations(IndicatorCatalog catalog, RealizationRows rows, PeriodCapaian capaian, RealizationStore store,
            Recomputation recomputation, Clock clock, Access access) {
        this.access = access;
        this.catalog = catalog;
        this.rows = rows;
        this.capaian = capaian;
        this.store = store;
        this.recomputation = recomputation;
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
        Entry entry = EntryRules.checked(indicator, request.entry());
        Instant now = now();
        var draft = new Realization(UUID.randomUUID(), indicator.id(), indicator.org(), request.period(),
                entry.value(), entry.category(), entry.numerator(), entry.denominator(), null, null, null,
                CapaianStatus.NO_TARGET, null, Status.DRAFT, null, null, null, null, 1, actor, now, actor, now);
        Realization created = capaian.evaluated(indicator, draft, rows.sameYear(indicator.id(), indicator.org(), draft.year()));
        // the insert is the uniqueness check, so two concurrent writers of one coordinate cannot both pass it
        if (!rows.insert(created)) {
            throw ApiProblem.conflict("realization-exists", "Realisasi indikator ini untuk periode "
                    + request.period() + " sudah dicatat. Ubah realisasi yang ada (PUT) bila nilainya perlu diganti.");
        }
        rows.audit(created.id(), "CREATE", actor, now, null, created.snapshot(), null);
        store.publishRecorded(indicator, created);
        recomputation.laterQuarters(indicator, created, actor, now);
        return view(created);
    }

    @Transactional
    public RealizationView change(UUID id, RealizationRequest.Change change, Long expectedVersion, String actor) {
        requireIfMatch(expectedVersion);
        Realization current = forUpdate(id, expectedVersion, Permission.ENTER_REALIZATION);
        current.requireEditable();
        CatalogIndicator indicator = indicatorOf(current);
        Entry entry = EntryRules.checked(indicator, change.entry());
        Instant now = now();
        var changed = new Realization(current.id(), current.indicatorId(), current.org(), current.period(),
                entry.value(), entry.category(), entry.numerator(), entry.denominator(), null, null, null,
                CapaianStatus.NO_TARGET, null, Status.DRAFT, current.faktorPendorong(), current.faktorPenghambat(),
                current.tindakLanjut(), current.reviewNote(), current.version() + 1, current.recordedBy(),
                current.recordedAt(), actor, now);
        Realization saved = store.save(current, capaian.evaluated(indicator, changed,
                rows.sameYear(current.indicatorId(), current.org(), current.year())), "CHANGE",
                change.reason().strip(), now);
        store.publishRecorded(indicator, saved);
        recomputation.laterQuarters(indicator, saved, actor, now);
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
        Realization evaluated = capaian.evaluated(indicator, current, rows.sameYear(current.indicatorId(), current.org(),
                current.year()));
        Rules.Evaluation evaluation = capaian.evaluation(evaluated);
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
        Realization submitted = RealizationStore.with(evaluated, Status.SUBMITTED, pendorong, penghambat, tindakLanjut, null, actor, now);
        Realization saved = store.save(current, submitted, "SUBMIT", null, now);
        store.publishStatus(indicator.polarity(), saved, "SUBMITTED", actor, now);
        return view(saved);
    }

    @Transactional
    public RealizationView verify(UUID id, RealizationRequest.Review review, Long expectedVersion, String actor) {
        requireIfMatch(expectedVersion);
        Realization current = forUpdate(id, expectedVersion, Permission.VERIFY_REALIZATION);
        current.requireVerifiable();
        requireSomeoneElse(current, actor, "verifikasi");
        CatalogIndicator indicator = indicatorOf(current);
        Instant now = now();
        String note = blankToNull(review.note());
        Realization saved = store.save(current, RealizationStore.with(current, Status.VERIFIED, note, actor, now), "VERIFY", note,
                now);
        store.publishStatus(indicator.polarity(), saved, "VERIFIED", actor, now);
        return view(saved);
    }

    @Transactional
    public RealizationView reject(UUID id, RealizationRequest.Review review, Long expectedVersion, String actor) {
        requireIfMatch(expectedVersion);
        String note = blankToNull(review.note());
        if (note == null) {
            throw ApiProblem.unprocessable("validation", "Tuliskan catatan agar operator tahu apa yang harus "
                    + "diperbaiki.", Map.of("note", "catatan wajib diisi saat mengembalikan"));
        }
        Realization current = forUpdate(id, expectedVersion, Permission.VERIFY_REALIZATION);
        current.requireRejectable();
        CatalogIndicator indicator = indicatorOf(current);
        Instant now = now();
        Realization saved = store.save(current, RealizationStore.with(current, Status.REJECTED, note, actor, now), "REJECT", note,
                now);
        store.publishStatus(indicator.polarity(), saved, "REJECTED", actor, now);
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
            Realization approved = RealizationStore.with(realization, Status.APPROVED, realization.reviewNote(), actor, now);
            Realization saved = store.save(realization, approved, "APPROVE", null, now);
            store.publishStatus(polarities.get(realization.indicatorId()), saved, "APPROVED", actor, now);
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
            Realization reopened = RealizationStore.with(realization, Status.VERIFIED, realization.reviewNote(), actor, now);
            Realization saved = store.save(realization, reopened, "UNLOCK", reason.strip(), now);
            store.publishStatus(polarities.get(realization.indicatorId()), saved, "UNLOCKED", actor, now);
        }
        rows.unlock(opd, period, actor, now, reason.strip(), inPeriod.size());
        recomputation.afterUnlock(opd, period, actor, now);
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
        Rules rules = capaian.rules(indicator, year);
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
        IfMatch.require(expectedVersion, "realisasi");
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

    RealizationView view(Realization r) {
        Rules rules = capaian.pemdaRules(r);
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
