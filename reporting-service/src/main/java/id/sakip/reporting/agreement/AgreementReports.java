package id.sakip.reporting.agreement;

import id.sakip.events.EventCodec;
import id.sakip.reporting.projection.AgreementContent;
import id.sakip.support.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The signed versions of a Perjanjian Kinerja, from reporting's read model. */
@Service
public class AgreementReports {

    private final JdbcClient jdbc;

    AgreementReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version asked for, or the latest signed one when {@code versionNo} is null. */
    @Transactional(readOnly = true)
    public SignedAgreement of(String pemdaCode, String opdCode, int year, Integer versionNo) {
        List<SignedAgreement> versions = versions(pemdaCode, opdCode, year);
        if (versions.isEmpty()) {
            throw ApiProblem.notFound("perjanjian-kinerja-not-found", "Belum ada Perjanjian Kinerja yang "
                    + "ditandatangani untuk OPD " + opdCode + " tahun " + year + ".");
        }
        if (versionNo == null) {
            return versions.get(0);
        }
        return versions.stream().filter(v -> v.versionNo() == versionNo).findFirst().orElseThrow(() ->
                ApiProblem.notFound("perjanjian-kinerja-not-found", "Perjanjian Kinerja OPD " + opdCode + " tahun "
                        + year + " tidak punya versi " + versionNo + " yang ditandatangani; versi yang ada: "
                        + versions.stream().map(v -> String.valueOf(v.versionNo())).sorted().toList() + "."));
    }

    /** The latest signed version, if any. */
    @Transactional(readOnly = true)
    public Optional<SignedAgreement> latest(String pemdaCode, String opdCode, int year) {
        return versions(pemdaCode, opdCode, year).stream().findFirst();
    }

    /** Every signed version, the latest first. */
    private List<SignedAgreement> versions(String pemdaCode, String opdCode, int year) {
        return jdbc.sql("""
                SELECT * FROM rpt_perjanjian_kinerja WHERE pemda_code = ? AND opd_code = ? AND year = ?
                ORDER BY version_no DESC""")
                .params(pemdaCode, opdCode, year)
                .query((rs, n) -> new SignedAgreement(rs.getObject("agreement_id", UUID.class),
                        rs.getString("pemda_code"), rs.getString("opd_code"), rs.getInt("year"),
                        rs.getInt("version_no"), rs.getString("signatory_name"), rs.getString("signatory_nip"),
                        rs.getString("signatory_title"), rs.getDate("signed_on").toLocalDate(),
                        rs.getString("revision_reason"), rs.getString("decree_number"),
                        rs.getDate("revision_date") == null ? null : rs.getDate("revision_date").toLocalDate(),
                        rs.getString("opd_name"), rs.getString("pemda_name"), rs.getString("region_head_title"),
                        rs.getString("region_head_name"), rs.getString("place"),
                        EventCodec.mapper().readValue(rs.getString("content"), AgreementContent.class)))
                .list();
    }
}
