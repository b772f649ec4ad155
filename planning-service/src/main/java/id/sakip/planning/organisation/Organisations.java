package id.sakip.planning.organisation;

import id.sakip.events.OpdProfileChanged;
import id.sakip.events.OrgRef;
import id.sakip.planning.organisation.OrganisationRequests.BidangRequest;
import id.sakip.planning.organisation.OrganisationRequests.OpdRequest;
import id.sakip.planning.organisation.OrganisationRequests.PemdaRequest;
import id.sakip.planning.organisation.OrganisationViews.BidangView;
import id.sakip.planning.organisation.OrganisationViews.OpdSummary;
import id.sakip.planning.organisation.OrganisationViews.OpdView;
import id.sakip.planning.organisation.OrganisationViews.PemdaView;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Pemda, their OPD and the OPD's bidang, written by code (PUT): a Pemda or OPD that exists is changed only on the
 * version its administrator read. A bidang is only a name and has no version. Other features ask here whether an
 * organisation exists.
 */
@Service
public class Organisations {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Organisations(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /**
     * Creates a Pemda, or changes it on the version the administrator read.
     *
     * @param expectedVersion the version read (If-Match), required when the Pemda exists
     * @return true when the Pemda was created, false when it was updated
     */
    @Transactional
    boolean putPemda(String code, PemdaRequest request, Long expectedVersion, String actor) {
        Optional<Long> current = jdbc.sql("SELECT version FROM pemda WHERE code = ? FOR UPDATE").param(code)
                .query(Long.class).optional();
        int written;
        if (current.isEmpty()) {
            written = jdbc.sql("""
                    INSERT INTO pemda (code, name, province, visi, head_title, head_name, place, version, updated_by,
                                       updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (code) DO NOTHING""")
                    .params(code, request.name().strip(), request.province(), request.visi(),
                            blankToNull(request.headTitle()), blankToNull(request.headName()),
                            blankToNull(request.place()), actor, now())
                    .update();
        } else {
            long version = IfMatch.require(expectedVersion, "Pemda");
            written = jdbc.sql("""
                    UPDATE pemda SET name = ?, province = ?, visi = ?, head_title = ?, head_name = ?, place = ?,
                        version = version + 1, updated_by = ?, updated_at = ?
                    WHERE code = ? AND version = ?""")
                    .params(request.name().strip(), request.province(), request.visi(),
                            blankToNull(request.headTitle()), blankToNull(request.headName()),
                            blankToNull(request.place()), actor, now(), code, version)
                    .update();
        }
        if (written == 0) {
            throw new OptimisticLockingFailureException("pemda " + code + " was written meanwhile");
        }
        // every OPD's profile carries the Pemda's name, visi, head and place: each goes out again
        jdbc.sql("SELECT code FROM opd WHERE pemda_code = ? ORDER BY code").param(code).query(String.class).list()
                .forEach(opd -> publishProfile(code, opd, actor));
        return current.isEmpty();
    }

    /**
     * Creates an OPD with its profile, or changes it on the version the administrator read.
     *
     * @param expectedVersion the OPD's version read (If-Match), required when the OPD exists
     * @return true when the OPD was created
     */
    @Transactional
    boolean putOpd(String pemdaCode, String code, OpdRequest request, Long expectedVersion, String actor) {
        requirePemda(pemdaCode);
        // the Pemda row stays as it is until this commits: a concurrent Pemda change waits, then publishes this
        // OPD's profile with both versions counted (the event version is the sum of the two)
        jdbc.sql("SELECT 1 FROM pemda WHERE code = ? FOR SHARE").param(pemdaCode).query(Integer.class).optional();
        Optional<Long> current = jdbc.sql("SELECT version FROM opd WHERE pemda_code = ? AND code = ? FOR UPDATE")
                .params(pemdaCode, code).query(Long.class).optional();
        Long version = current.isEmpty() ? null : IfMatch.require(expectedVersion, "OPD " + code);
        OpdProfile profile = request.profile() == null ? OpdProfile.empty() : request.profile();
        checkStaff(profile);
        int written;
        if (version == null) {
            written = jdbc.sql("""
                    INSERT INTO opd (pemda_code, code, name, short_name, profile, version, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?::jsonb, 1, ?, ?) ON CONFLICT (pemda_code, code) DO NOTHING""")
                    .params(pemdaCode, code, request.name().strip(), request.shortName(),
                            json.writeValueAsString(profile), actor, now())
                    .update();
        } else {
            written = jdbc.sql("""
                    UPDATE opd SET name = ?, short_name = ?, profile = ?::jsonb, version = version + 1,
                        updated_by = ?, updated_at = ?
                    WHERE pemda_code = ? AND code = ? AND version = ?""")
                    .params(request.name().strip(), request.shortName(), json.writeValueAsString(profile), actor,
                            now(), pemdaCode, code, version)
                    .update();
        }
        if (written == 0) {
            throw new OptimisticLockingFailureException("opd " + pemdaCode + "/" + code + " was written meanwhile");
        }
        publishProfile(pemdaCode, code, actor);
        return current.isEmpty();
    }

    /**
     * Publishes every OPD's profile again (an installation from before OpdProfileChanged, or a consumer to be fed
     * anew); a consumer that already holds a version ignores the same one.
     *
     * @return how many OPD were published
     */
    @Transactional
    public int republishAll(String actor) {
        List<String[]> all = jdbc.sql("SELECT pemda_code, code FROM opd ORDER BY pemda_code, code")
                .query((rs, n) -> new String[] {rs.getString("pemda_code"), rs.getString("code")}).list();
        all.forEach(opd -> publishProfile(opd[0], opd[1], actor));
        return all.size();
    }

    /**
     * The OPD's whole profile with its Pemda's name and visi, in the transaction that changed it (the outbox). Its
     * version is the sum of the OPD's and the Pemda's, so it grows when either changes.
     */
    private void publishProfile(String pemdaCode, String opdCode, String actor) {
        jdbc.sql("""
                SELECT o.name, o.short_name, o.profile, o.version + p.version AS version, p.name AS pemda_name,
                       p.province, p.visi, p.head_title, p.head_name, p.place
                FROM opd o JOIN pemda p ON p.code = o.pemda_code WHERE o.pemda_code = ? AND o.code = ?""")
                .params(pemdaCode, opdCode)
                .query(rs -> {
                    OpdProfile profile = stored(rs.getString("profile"));
                    OpdProfile.BusinessProcesses processes = profile.businessProcesses() == null
                            ? new OpdProfile.BusinessProcesses(null, null, null) : profile.businessProcesses();
                    events.publishEvent(new OpdProfileChanged(UUID.randomUUID(), Instant.now(),
                            rs.getLong("version"), new OrgRef(pemdaCode, opdCode, null), rs.getString("name"),
                            rs.getString("short_name"), rs.getString("pemda_name"), rs.getString("province"),
                            rs.getString("visi"), profile.address(), profile.phone(), profile.fax(),
                            profile.website(), profile.email(), profile.head() == null ? null
                            : new OpdProfileChanged.Head(profile.head().name(), profile.head().nip(),
                            profile.head().title()), profile.legalBasis(), profile.task(), profile.functions(),
                            processes.manajerial(), processes.utama(), processes.pendukung(),
                            profile.staff() == null ? null : profile.staff().asOf(),
                            profile.staff() == null ? List.of() : staff(profile.staff().rows()),
                            profile.strategicIssues(), actor, rs.getString("head_title"),
                            rs.getString("head_name"), rs.getString("place")));
                });
    }

    private static List<OpdProfileChanged.StaffCount> staff(List<OpdProfile.StaffRow> rows) {
        return rows.stream().map(r -> new OpdProfileChanged.StaffCount(r.status(), r.male(), r.female(), r.total(),
                r.breakdown().stream().map(b -> new OpdProfileChanged.StaffCount(b.status(), b.male(), b.female(),
                        b.total(), List.of())).toList())).toList();
    }

    @Transactional
    boolean putBidang(String pemdaCode, String opdCode, String code, BidangRequest request) {
        requireOpd(pemdaCode, opdCode);
        boolean exists = bidangExists(pemdaCode, opdCode, code);
        jdbc.sql("""
                INSERT INTO bidang (pemda_code, opd_code, code, name) VALUES (?, ?, ?, ?)
                ON CONFLICT (pemda_code, opd_code, code) DO UPDATE SET name = EXCLUDED.name""")
                .params(pemdaCode, opdCode, code, request.name().strip())
                .update();
        return !exists;
    }

    @Transactional(readOnly = true)
    public PemdaView pemda(String code) {
        List<OpdSummary> opd = jdbc.sql("SELECT code, name, short_name FROM opd WHERE pemda_code = ? ORDER BY code")
                .param(code)
                .query((rs, n) -> new OpdSummary(rs.getString("code"), rs.getString("name"), rs.getString("short_name")))
                .list();
        return jdbc.sql("SELECT * FROM pemda WHERE code = ?").param(code)
                .query((rs, n) -> new PemdaView(code, rs.getString("name"), rs.getString("province"),
                        rs.getString("visi"), rs.getString("head_title"), rs.getString("head_name"),
                        rs.getString("place"), opd, rs.getLong("version"), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElseThrow(() -> pemdaNotFound(code));
    }

    @Transactional(readOnly = true)
    public OpdView opd(String pemdaCode, String code) {
        List<BidangView> bidang = jdbc.sql("SELECT code, name FROM bidang WHERE pemda_code = ? AND opd_code = ? "
                        + "ORDER BY code")
                .params(pemdaCode, code)
                .query((rs, n) -> new BidangView(rs.getString("code"), rs.getString("name")))
                .list();
        return jdbc.sql("SELECT * FROM opd WHERE pemda_code = ? AND code = ?").params(pemdaCode, code)
                .query((rs, n) -> new OpdView(pemdaCode, code, rs.getString("name"), rs.getString("short_name"),
                        stored(rs.getString("profile")), bidang, rs.getLong("version"),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElseThrow(() -> opdNotFound(pemdaCode, code));
    }

    /**
     * A profile as stored. Read leniently: one stored before a field was dropped still reads (a breakdown row's own
     * breakdown, always empty, was written until the breakdown became rows of their own).
     */
    private OpdProfile stored(String profile) {
        return json.readerFor(OpdProfile.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(profile);
    }

    /** The staff table must add up, row by row: a report that prints it must not show wrong sums. */
    private static void checkStaff(OpdProfile profile) {
        if (profile.staff() == null) {
            return;
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        List<OpdProfile.StaffRow> rows = profile.staff().rows();
        for (int i = 0; i < rows.size(); i++) {
            OpdProfile.StaffRow row = rows.get(i);
            if (!row.isConsistent()) {
                errors.put("profile.staff.rows[" + i + "]", row.status() + ": total harus sama dengan laki-laki "
                        + "ditambah perempuan, dan dengan jumlah rinciannya");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("staff-table-inconsistent", "Tabel pegawai tidak konsisten: "
                    + String.join("; ", errors.values()) + ".", errors);
        }
    }

    public boolean pemdaExists(String code) {
        return jdbc.sql("SELECT count(*) FROM pemda WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    public boolean opdExists(String pemdaCode, String code) {
        return jdbc.sql("SELECT count(*) FROM opd WHERE pemda_code = ? AND code = ?").params(pemdaCode, code)
                .query(Long.class).single() > 0;
    }

    public boolean bidangExists(String pemdaCode, String opdCode, String code) {
        return jdbc.sql("SELECT count(*) FROM bidang WHERE pemda_code = ? AND opd_code = ? AND code = ?")
                .params(pemdaCode, opdCode, code).query(Long.class).single() > 0;
    }

    /** @throws ApiProblem 422 {@code unknown-pemda} */
    public void requirePemda(String code) {
        if (!pemdaExists(code)) {
            throw ApiProblem.unprocessable("unknown-pemda", "Pemda dengan kode " + code + " belum terdaftar.",
                    Map.of("pemdaCode", "Pemda tidak dikenal"));
        }
    }

    /** @throws ApiProblem 422 {@code unknown-opd} */
    public void requireOpd(String pemdaCode, String code) {
        if (!opdExists(pemdaCode, code)) {
            throw ApiProblem.unprocessable("unknown-opd", "OPD " + code + " belum terdaftar pada Pemda " + pemdaCode
                    + ".", Map.of("opdCode", "OPD tidak dikenal"));
        }
    }

    /** @throws ApiProblem 422 {@code unknown-bidang} */
    public void requireBidang(String pemdaCode, String opdCode, String code) {
        if (!bidangExists(pemdaCode, opdCode, code)) {
            throw ApiProblem.unprocessable("unknown-bidang", "Bidang " + code + " belum terdaftar pada OPD " + opdCode
                    + ".", Map.of("bidangCode", "bidang tidak dikenal"));
        }
    }

    private static ApiProblem pemdaNotFound(String code) {
        return ApiProblem.notFound("pemda-not-found", "Pemda dengan kode " + code + " tidak ditemukan.");
    }

    private static ApiProblem opdNotFound(String pemdaCode, String code) {
        return ApiProblem.notFound("opd-not-found", "OPD " + code + " pada Pemda " + pemdaCode + " tidak ditemukan.");
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
