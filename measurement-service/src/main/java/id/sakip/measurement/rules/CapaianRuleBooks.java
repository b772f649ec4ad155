package id.sakip.measurement.rules;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.capaian.CapaianSettings;
import id.sakip.capaian.Rating;
import id.sakip.capaian.RuleBook;
import id.sakip.capaian.Rules;
import id.sakip.events.CapaianRulesChanged;
import id.sakip.events.DecreasingFormula;
import id.sakip.support.capaian.RuleBookTable;
import id.sakip.support.security.Access;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each Pemda's capaian rules as data (SAKIP.md §4): the installation's defaults until its administrator changes them
 * from a year on. A change is kept whole with who, when and why, and published as CapaianRulesChanged so reporting
 * computes with the same rules; measurement's own realisations of the years it touches are computed again in the
 * same transaction (a listener in the realisation module), which also refuses a change reaching an approved period.
 */
@Service
public class CapaianRuleBooks {

    private static final BigDecimal MAX_RATIO = BigDecimal.valueOf(2);

    private final JdbcClient jdbc;
    private final RuleBookTable table;
    private final CapaianSettings settings;
    private final ApplicationEventPublisher events;
    private final Access access;
    private final Clock clock;

    CapaianRuleBooks(JdbcClient jdbc, CapaianSettings settings, ApplicationEventPublisher events, Access access,
            Clock clock) {
        this.jdbc = jdbc;
        this.table = new RuleBookTable(jdbc, "capaian_rule_change");
        this.settings = settings;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The rules a Pemda computes a year's capaian with. */
    public Rules rulesFor(String pemdaCode, int year) {
        return book(pemdaCode).forYear(year);
    }

    /** The Pemda's defaults and changes. */
    public RuleBook book(String pemdaCode) {
        return table.read(pemdaCode, settings.defaults());
    }

    CapaianRulesView view(String pemdaCode, int year) {
        access.require(Permission.READ_PEMDA, Owner.pemda(pemdaCode));
        return CapaianRulesView.of(pemdaCode, year, book(pemdaCode));
    }

    CapaianRulesView.History history(String pemdaCode) {
        access.require(Permission.READ_PEMDA, Owner.pemda(pemdaCode));
        RuleBook book = book(pemdaCode);
        return new CapaianRulesView.History(pemdaCode, book.version(),
                CapaianRulesView.RulesBody.of(book.defaults()),
                book.changes().stream().map(CapaianRulesView.Change::of).toList());
    }

    /**
     * Changes the Pemda's rules from a year on.
     *
     * @param expectedVersion the version the administrator read (If-Match), required: two administrators must not
     *                        overwrite each other's change unseen
     */
    @Transactional
    CapaianRulesView change(String pemdaCode, CapaianRulesRequest request, Long expectedVersion, String actor) {
        access.require(Permission.SET_CAPAIAN_RULES, Owner.pemda(pemdaCode));
        Rules rules = checked(request);
        IfMatch.require(expectedVersion, "aturan capaian");
        // one change at a time per Pemda, and none while a realisation of the Pemda is written or approved
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))").param(lockKey(pemdaCode))
                .query().singleRow();
        long current = book(pemdaCode).version();
        if (current != expectedVersion) {
            throw ApiProblem.conflict("concurrent-modification", "Aturan capaian Pemda ini baru saja diubah (versi "
                    + current + ", Anda membaca versi " + expectedVersion + "). Muat ulang lalu ulangi perubahan.");
        }
        long version = current + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CapaianRulesChanged change = new CapaianRulesChanged(UUID.randomUUID(), now, version, pemdaCode,
                request.effectiveFromYear(), rules.decreasingFormula(), rules.ratingScale().bounds(),
                rules.displayCap(), rules.efficiencyMinimumRatio(), request.reason().strip(), actor);
        table.insert(change);
        // the realisation module recomputes (or refuses) in this transaction, before the change is committed
        events.publishEvent(change);
        return CapaianRulesView.of(pemdaCode, request.effectiveFromYear(), book(pemdaCode));
    }

    /**
     * Holds the Pemda's rules shared until the transaction ends: every write of a realisation does, so a change of
     * the rules (exclusive) neither misses one being written nor recomputes one being approved.
     */
    public void holdShared(String pemdaCode) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 7))").param(lockKey(pemdaCode))
                .query().singleRow();
    }

    private static String lockKey(String pemdaCode) {
        return "capaian-rules/" + pemdaCode;
    }

    /** The request as rules, or every field that cannot be one named in a 422. */
    private static Rules checked(CapaianRulesRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        DecreasingFormula formula = Arrays.stream(DecreasingFormula.values())
                .filter(f -> f.name().equals(request.decreasingFormula().strip())).findFirst().orElse(null);
        if (formula == null) {
            errors.put("decreasingFormula", "pilih TWO_T_MINUS_R ((2T - R) / T x 100) atau T_OVER_R (T / R x 100)");
        }
        List<BigDecimal> bounds = request.ratingBounds();
        Rating.RatingScale scale = null;
        if (bounds.contains(null) || bounds.stream().anyMatch(b -> b.signum() < 0 || b.compareTo(BigDecimal
                .valueOf(200)) > 0 || b.scale() > 2)) {
            errors.put("ratingBounds", "empat angka 0 - 200 dengan paling banyak 2 desimal");
        } else {
            try {
                scale = new Rating.RatingScale(bounds);
            } catch (IllegalArgumentException e) {
                errors.put("ratingBounds", "batas harus menurun: Sangat Tinggi > Tinggi > Sedang > Rendah, misalnya "
                        + "[90, 75, 65, 50]");
            }
        }
        if (request.displayCap() != null && Rules.CAPS.stream().noneMatch(c -> c.compareTo(request.displayCap()) == 0)) {
            errors.put("displayCap", "batas tampilan 100 atau 120, atau kosong bila tanpa batas");
        }
        BigDecimal ratio = request.efficiencyMinimumRatio();
        if (ratio != null && (ratio.signum() <= 0 || ratio.compareTo(MAX_RATIO) > 0 || ratio.scale() > 2)) {
            errors.put("efficiencyMinimumRatio", "rasio capaian / serapan lebih dari 0 sampai 2, paling banyak 2 "
                    + "desimal (1 = capaian paling sedikit sama dengan serapan)");
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-capaian-rules", "Aturan capaian tidak dapat disimpan: "
                    + String.join("; ", errors.values()) + ". Tidak ada yang diubah.", errors);
        }
        return new Rules(formula, scale, request.displayCap() == null ? null
                : request.displayCap().stripTrailingZeros(), ratio);
    }
}
