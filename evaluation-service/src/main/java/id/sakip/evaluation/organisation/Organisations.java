package id.sakip.evaluation.organisation;

import id.sakip.events.OpdProfileChanged;
import id.sakip.events.PemdaEmblemSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The OPD profiles and Pemda lambang evaluation prints, kept from planning's events: each write guarded by the
 * aggregate version, so a late or repeated event changes nothing.
 */
@Service
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the LHE's kop and addressee need of an OPD. */
    public record Profile(String opdName, String pemdaName, String address, String phone, String fax, String website,
            String email, String headName, String headNip, String headTitle, String place) {
    }

    @Transactional(readOnly = true)
    public Optional<Profile> profile(String pemdaCode, String opdCode) {
        return jdbc.sql("SELECT * FROM opd_profile WHERE pemda_code = ? AND opd_code = ?").params(pemdaCode, opdCode)
                .query((rs, n) -> new Profile(rs.getString("opd_name"), rs.getString("pemda_name"),
                        rs.getString("address"), rs.getString("phone"), rs.getString("fax"), rs.getString("website"),
                        rs.getString("email"), rs.getString("head_name"), rs.getString("head_nip"),
                        rs.getString("head_title"), rs.getString("place")))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> emblem(String pemdaCode) {
        return jdbc.sql("SELECT png FROM pemda_emblem WHERE pemda_code = ?").param(pemdaCode)
                .query((rs, n) -> rs.getBytes("png")).optional();
    }

    void apply(OpdProfileChanged e) {
        var head = e.head();
        jdbc.sql("""
                INSERT INTO opd_profile (pemda_code, opd_code, opd_name, pemda_name, address, phone, fax, website,
                                         email, head_name, head_nip, head_title, place, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (pemda_code, opd_code) DO UPDATE SET opd_name = EXCLUDED.opd_name,
                    pemda_name = EXCLUDED.pemda_name, address = EXCLUDED.address, phone = EXCLUDED.phone,
                    fax = EXCLUDED.fax, website = EXCLUDED.website, email = EXCLUDED.email,
                    head_name = EXCLUDED.head_name, head_nip = EXCLUDED.head_nip, head_title = EXCLUDED.head_title,
                    place = EXCLUDED.place, version = EXCLUDED.version
                WHERE opd_profile.version < EXCLUDED.version""")
                .params(e.org().pemdaCode(), e.org().opdCode(), e.opdName(), e.pemdaName(), e.address(), e.phone(),
                        e.fax(), e.website(), e.email(), head == null ? null : head.name(),
                        head == null ? null : head.nip(), head == null ? null : head.title(), e.place(),
                        e.aggregateVersion())
                .update();
    }

    void apply(PemdaEmblemSet e) {
        jdbc.sql("""
                INSERT INTO pemda_emblem (pemda_code, png, version) VALUES (?, ?, ?)
                ON CONFLICT (pemda_code) DO UPDATE SET png = EXCLUDED.png, version = EXCLUDED.version
                WHERE pemda_emblem.version < EXCLUDED.version""")
                .params(e.pemdaCode(), e.png(), e.aggregateVersion())
                .update();
    }
}
