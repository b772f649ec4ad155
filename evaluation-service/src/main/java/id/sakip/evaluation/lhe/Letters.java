package id.sakip.evaluation.lhe;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.evaluation.evaluation.Evaluations;
import id.sakip.support.security.Access;
import id.sakip.support.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.sakip.support.Texts.blankToNull;

/** The result letters' facts, one per evaluation, written whole by the evaluator and read for the LHE. */
@Service
class Letters {

    private final JdbcClient jdbc;
    private final Evaluations evaluations;
    private final Access access;
    private final JsonMapper json;
    private final Clock clock;

    Letters(JdbcClient jdbc, Evaluations evaluations, Access access, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Letter put(UUID evaluationId, Letter letter, String actor) {
        Evaluations.Facts evaluation = evaluations.facts(evaluationId);
        access.require(Permission.EVALUATE_SAKIP, Owner.of(evaluation.org()));
        if (evaluation.isFinal()) {
            throw ApiProblem.conflict("transition-not-allowed", "Hasil evaluasi sudah final; data surat LHE tidak "
                    + "dapat diubah lagi.");
        }
        jdbc.sql("""
                INSERT INTO evaluation_letter (evaluation_id, number, dated, nature, sender, decree_number,
                    decree_date, decree_subject, evaluated_on, aspects, signer_name, signer_rank, signer_nip,
                    signer_position, signed_on, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (evaluation_id) DO UPDATE SET number = EXCLUDED.number, dated = EXCLUDED.dated,
                    nature = EXCLUDED.nature, sender = EXCLUDED.sender, decree_number = EXCLUDED.decree_number,
                    decree_date = EXCLUDED.decree_date, decree_subject = EXCLUDED.decree_subject,
                    evaluated_on = EXCLUDED.evaluated_on, aspects = EXCLUDED.aspects,
                    signer_name = EXCLUDED.signer_name, signer_rank = EXCLUDED.signer_rank,
                    signer_nip = EXCLUDED.signer_nip, signer_position = EXCLUDED.signer_position,
                    signed_on = EXCLUDED.signed_on, updated_by = EXCLUDED.updated_by,
                    updated_at = EXCLUDED.updated_at""")
                .params(evaluationId, blankToNull(letter.number()), date(letter.dated()), letter.nature().strip(),
                        letter.sender().strip(), blankToNull(letter.decreeNumber()), date(letter.decreeDate()),
                        blankToNull(letter.decreeSubject()), date(letter.evaluatedOn()),
                        json.writeValueAsString(letter.aspects().stream().map(String::strip).toList()),
                        letter.signerName().strip(), blankToNull(letter.signerRank()), blankToNull(letter.signerNip()),
                        letter.signerPosition().strip(), date(letter.signedOn()), actor,
                        Timestamp.from(clock.instant()))
                .update();
        evaluations.audited(evaluationId, "LETTER_WRITTEN", actor, java.util.Map.of("number",
                letter.number() == null ? "" : letter.number(), "signer", letter.signerName()));
        return find(evaluationId).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<Letter> find(UUID evaluationId) {
        return jdbc.sql("SELECT * FROM evaluation_letter WHERE evaluation_id = ?").param(evaluationId)
                .query((rs, n) -> new Letter(rs.getString("number"), local(rs.getDate("dated")),
                        rs.getString("nature"), rs.getString("sender"), rs.getString("decree_number"),
                        local(rs.getDate("decree_date")), rs.getString("decree_subject"),
                        local(rs.getDate("evaluated_on")), json.readValue(rs.getString("aspects"),
                        new TypeReference<List<String>>() { }), rs.getString("signer_name"),
                        rs.getString("signer_rank"), rs.getString("signer_nip"), rs.getString("signer_position"),
                        local(rs.getDate("signed_on"))))
                .optional();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
