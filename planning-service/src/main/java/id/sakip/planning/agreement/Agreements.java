package id.sakip.planning.agreement;

import id.sakip.events.OrgRef;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.YearTarget;
import id.sakip.planning.agreement.Agreement.Snapshot;
import id.sakip.planning.agreement.Agreement.Status;
import id.sakip.planning.agreement.AgreementRequests.Content;
import id.sakip.planning.agreement.AgreementRequests.Draft;
import id.sakip.planning.agreement.AgreementRequests.IndicatorItem;
import id.sakip.planning.agreement.AgreementRequests.ProgramItem;
import id.sakip.planning.agreement.AgreementRequests.Revision;
import id.sakip.planning.agreement.AgreementRequests.SasaranItem;
import id.sakip.planning.agreement.AgreementRequests.Signature;
import id.sakip.planning.indicator.IndicatorService;
import id.sakip.planning.indicator.IndicatorView;
import id.sakip.documents.AgreementPaper;
import id.sakip.planning.organisation.OpdProfile;
import id.sakip.planning.organisation.OrganisationViews.OpdView;
import id.sakip.planning.organisation.OrganisationViews.PemdaView;
import id.sakip.planning.organisation.Organisations;
import id.sakip.planning.plan.NodeKind;
import id.sakip.planning.plan.PlanNode;
import id.sakip.planning.plan.PlanNodes;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.IfMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/**
 * Perjanjian Kinerja: drafted, signed, then only ever revised. A revision is a new version (reason, decree number
 * and date required) drafted from the signed one; signing it supersedes the old version, which stays readable.
 * Signing publishes the whole agreement (PerjanjianKinerjaSigned).
 */
@Service
public class Agreements {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organisations organisations;
    private final PlanNodes nodes;
    private final IndicatorService indicators;
    private final ApplicationEventPublisher events;

    Agreements(JdbcClient jdbc, JsonMapper json, Organisations organisations, PlanNodes nodes,
            IndicatorService indicators, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.organisations = organisations;
        this.nodes = nodes;
        this.indicators = indicators;
        this.events = events;
    }

    @Transactional
    public Agreement draft(Draft request, String actor) {
        organisations.requireOpd(request.pemdaCode(), request.opdCode());
        Snapshot snapshot = snapshot(request.pemdaCode(), request.opdCode(), request.year(), request.content());
        int inserted = jdbc.sql("""
                INSERT INTO perjanjian_kinerja (id, pemda_code, opd_code, year, version_no, status, content, version,
                                                created_by, created_at)
                SELECT ?, ?, ?, ?, 1, 'DRAFT', ?::jsonb, 1, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM perjanjian_kinerja WHERE pemda_code = ? AND opd_code = ? AND year = ?)
                ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), request.pemdaCode(), request.opdCode(), request.year(),
                        json.writeValueAsString(snapshot), actor, now(), request.pemdaCode(), request.opdCode(),
                        request.year())
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("agreement-exists", "Perjanjian Kinerja OPD " + request.opdCode() + " tahun "
                    + request.year() + " sudah ada; perubahan dibuat sebagai revisi.");
        }
        return versions(request.pemdaCode(), request.opdCode(), request.year()).get(0);
    }

    /** Changes a draft. A signed or superseded version is never edited: 409 {@code agreement-signed}. */
    @Transactional
    public Agreement edit(UUID id, Content content, Long expectedVersion, String actor) {
        Agreement agreement = get(id);
        requireDraft(agreement);
        long version = IfMatch.require(expectedVersion, "Perjanjian Kinerja");
        Snapshot snapshot = snapshot(agreement.pemdaCode(), agreement.opdCode(), agreement.year(), content);
        int updated = jdbc.sql("""
                UPDATE perjanjian_kinerja SET content = ?::jsonb, version = version + 1, updated_by = ?, updated_at = ?
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(json.writeValueAsString(snapshot), actor, now(), id, version).update();
        if (updated == 0) {
            throw concurrent();
        }
        return get(id);
    }

    @Transactional
    public Agreement sign(UUID id, Signature signature, Long expectedVersion, String actor) {
        Agreement agreement = get(id);
        requireDraft(agreement);
        long version = IfMatch.require(expectedVersion, "Perjanjian Kinerja");
        if (agreement.previousId() != null) {
            // the version in force steps down first: one signed version per OPD and year
            jdbc.sql("UPDATE perjanjian_kinerja SET status = 'SUPERSEDED', version = version + 1 WHERE id = ? "
                    + "AND status = 'SIGNED'").param(agreement.previousId()).update();
        }
        PemdaView pemda = organisations.pemda(agreement.pemdaCode());
        int updated = jdbc.sql("""
                UPDATE perjanjian_kinerja SET status = 'SIGNED', signatory_name = ?, signatory_nip = ?,
                    signatory_title = ?, signed_on = ?, region_head_title = ?, region_head_name = ?, place = ?,
                    version = version + 1, updated_by = ?, updated_at = ?
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(signature.signatoryName().strip(), blankToNull(signature.signatoryNip()),
                        blankToNull(signature.signatoryTitle()), Date.valueOf(signature.signedOn()),
                        pemda.headTitle(), pemda.headName(), pemda.place(), actor, now(), id, version)
                .update();
        if (updated == 0) {
            throw concurrent();
        }
        Agreement signed = get(id);
        events.publishEvent(new PerjanjianKinerjaSigned(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                signed.versionNo(), signed.id(), new OrgRef(signed.pemdaCode(), signed.opdCode(), null), signed.year(),
                signed.versionNo(), signed.previousId(), signed.signatoryName(), signed.signatoryNip(),
                signed.signatoryTitle(), signed.signedOn(), signed.revisionReason(), signed.decreeNumber(),
                signed.revisionDate(), signed.sasaran(), signed.programs(), actor,
                organisations.opd(signed.pemdaCode(), signed.opdCode()).name(), pemda.name(),
                signed.regionHeadTitle(), signed.regionHeadName(), signed.place()));
        return signed;
    }

    /**
     * The version as its paper prints it. A draft, printed to be signed by hand, names the Kepala OPD of the OPD's
     * profile and the Pemda's head of region as they are now and leaves the date to be written; a signed version
     * prints what was signed.
     */
    @Transactional(readOnly = true)
    public AgreementPaper paper(UUID id) {
        Agreement agreement = get(id);
        OpdView opd = organisations.opd(agreement.pemdaCode(), agreement.opdCode());
        PemdaView pemda = organisations.pemda(agreement.pemdaCode());
        boolean draft = agreement.status() == Status.DRAFT;
        OpdProfile.Head head = opd.profile().head() == null ? new OpdProfile.Head(null, null, null)
                : opd.profile().head();
        AgreementPaper.Facts facts = new AgreementPaper.Facts(agreement.year(), agreement.versionNo(),
                agreement.revisionReason(), agreement.decreeNumber(), agreement.revisionDate(), opd.name(), pemda.name(),
                draft ? head.name() : agreement.signatoryName(),
                draft ? blankToNull(head.nip()) : agreement.signatoryNip(),
                draft ? head.title() : agreement.signatoryTitle(),
                draft ? pemda.headTitle() : agreement.regionHeadTitle(),
                draft ? pemda.headName() : agreement.regionHeadName(),
                draft ? pemda.place() : agreement.place(),
                draft ? null : agreement.signedOn(), draft);
        return AgreementPaper.of(facts, agreement.sasaran(), agreement.programs());
    }

    /**
     * Opens a revision of the signed version {@code id}: a new draft version with the reason, decree and date.
     * Only the version in force can be revised, and one revision at a time.
     */
    @Transactional
    public Agreement revise(UUID id, Revision revision, String actor) {
        Agreement current = get(id);
        if (current.status() != Status.SIGNED) {
            throw ApiProblem.conflict("agreement-not-in-force", "Hanya versi yang berlaku (sudah ditandatangani dan "
                    + "belum diganti) yang dapat direvisi; versi ini berstatus " + current.status() + ".");
        }
        Snapshot snapshot = snapshot(current.pemdaCode(), current.opdCode(), current.year(), revision.content());
        int inserted = jdbc.sql("""
                INSERT INTO perjanjian_kinerja (id, pemda_code, opd_code, year, version_no, status, content,
                                                previous_id, revision_reason, decree_number, revision_date, version,
                                                created_by, created_at)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', ?::jsonb, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), current.pemdaCode(), current.opdCode(), current.year(),
                        current.versionNo() + 1, json.writeValueAsString(snapshot), current.id(),
                        revision.reason().strip(), revision.decreeNumber().strip(),
                        Date.valueOf(revision.revisionDate()), actor, now())
                .update();
        if (inserted == 0) {
            throw ApiProblem.conflict("revision-open", "Sudah ada revisi yang sedang disusun untuk Perjanjian Kinerja "
                    + "ini; selesaikan atau tanda tangani revisi itu dulu.");
        }
        return versions(current.pemdaCode(), current.opdCode(), current.year()).get(0);
    }

    @Transactional(readOnly = true)
    public Agreement get(UUID id) {
        return find(id).orElseThrow(() -> ApiProblem.notFound("agreement-not-found",
                "Perjanjian Kinerja " + id + " tidak ditemukan."));
    }

    /** Every version of an OPD's agreement for a year, newest first. */
    @Transactional(readOnly = true)
    public List<Agreement> versions(String pemdaCode, String opdCode, int year) {
        return jdbc.sql("SELECT * FROM perjanjian_kinerja WHERE pemda_code = ? AND opd_code = ? AND year = ? "
                        + "ORDER BY version_no DESC")
                .params(pemdaCode, opdCode, year).query(this::agreementOf).list();
    }

    private Optional<Agreement> find(UUID id) {
        return jdbc.sql("SELECT * FROM perjanjian_kinerja WHERE id = ?").param(id).query(this::agreementOf)
                .optional();
    }

    /** Checks the content against the plan and freezes it: texts, names and targets as they are now. */
    private Snapshot snapshot(String pemdaCode, String opdCode, int year, Content content) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PerjanjianKinerjaSigned.Sasaran> sasaran = new ArrayList<>();
        for (int s = 0; s < content.sasaran().size(); s++) {
            SasaranItem item = content.sasaran().get(s);
            String field = "content.sasaran[" + s + "]";
            PlanNode node = nodes.find(item.nodeId()).orElse(null);
            if (node == null || node.kind() != NodeKind.SASARAN || !node.pemdaCode().equals(pemdaCode)
                    || !(opdCode.equals(node.opdCode()) || node.sharedWithOpd().contains(opdCode))) {
                errors.put(field + ".nodeId", "bukan sasaran OPD ini (atau sasaran Pemda yang diampunya)");
                continue;
            }
            List<PerjanjianKinerjaSigned.Indicator> items = new ArrayList<>();
            for (int i = 0; i < item.indicators().size(); i++) {
                IndicatorItem indicatorItem = item.indicators().get(i);
                String indicatorField = field + ".indicators[" + i + "]";
                IndicatorView indicator = indicators.find(indicatorItem.indicatorId()).orElse(null);
                if (indicator == null || !indicator.org().pemdaCode().equals(pemdaCode)
                        || !indicator.org().opdCode().equals(opdCode)
                        || (indicator.planNodeId() != null && !indicator.planNodeId().equals(node.id()))) {
                    errors.put(indicatorField + ".indicatorId", "bukan indikator sasaran ini");
                    continue;
                }
                YearTarget target = indicators.checkTarget(indicator, year, indicatorItem.value(), indicatorItem.min(),
                        indicatorItem.max(), indicatorItem.category(), indicatorField, errors);
                if (target != null) {
                    items.add(new PerjanjianKinerjaSigned.Indicator(indicator.id(), indicator.name(),
                            indicator.unit(), indicator.polarity(), target));
                }
            }
            sasaran.add(new PerjanjianKinerjaSigned.Sasaran(node.id(), node.text(), items));
        }
        List<PerjanjianKinerjaSigned.Program> programs = new ArrayList<>();
        for (int p = 0; p < content.programs().size(); p++) {
            ProgramItem item = content.programs().get(p);
            PlanNode node = nodes.find(item.nodeId()).orElse(null);
            if (node == null || node.kind() != NodeKind.PROGRAM || !Objects.equals(node.opdCode(), opdCode)
                    || !node.pemdaCode().equals(pemdaCode)) {
                errors.put("content.programs[" + p + "].nodeId", "bukan program OPD ini");
                continue;
            }
            programs.add(new PerjanjianKinerjaSigned.Program(node.id(), node.code(), node.text(),
                    item.pagu().setScale(2)));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-agreement", "Isi Perjanjian Kinerja tidak sesuai rencana: "
                    + String.join("; ", errors.values()) + ".", errors);
        }
        return new Snapshot(sasaran, programs);
    }

    private static void requireDraft(Agreement agreement) {
        if (agreement.status() != Status.DRAFT) {
            throw ApiProblem.conflict("agreement-signed", "Perjanjian Kinerja versi " + agreement.versionNo()
                    + " sudah ditandatangani dan tidak dapat diubah; buat revisi dengan alasan dan nomor keputusan.");
        }
    }

    private static ApiProblem concurrent() {
        return ApiProblem.conflict("concurrent-modification", "Perjanjian Kinerja ini baru saja diubah pengguna lain. "
                + "Muat ulang lalu ulangi perubahan Anda.");
    }

    private Agreement agreementOf(ResultSet rs, int row) throws SQLException {
        Snapshot snapshot = json.readValue(rs.getString("content"), Snapshot.class);
        BigDecimal total = snapshot.programs().stream().map(PerjanjianKinerjaSigned.Program::pagu)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Date signedOn = rs.getDate("signed_on");
        Date revisionDate = rs.getDate("revision_date");
        return new Agreement(rs.getObject("id", UUID.class), rs.getString("pemda_code"), rs.getString("opd_code"),
                rs.getInt("year"), rs.getInt("version_no"), Status.valueOf(rs.getString("status")),
                rs.getObject("previous_id", UUID.class), snapshot.sasaran(), snapshot.programs(), total,
                rs.getString("signatory_name"), rs.getString("signatory_nip"), rs.getString("signatory_title"),
                signedOn == null ? null : signedOn.toLocalDate(), rs.getString("revision_reason"),
                rs.getString("decree_number"), revisionDate == null ? null : revisionDate.toLocalDate(),
                rs.getString("region_head_title"), rs.getString("region_head_name"), rs.getString("place"),
                rs.getLong("version"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }


    private static Timestamp now() {
        return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
