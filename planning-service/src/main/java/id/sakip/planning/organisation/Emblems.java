package id.sakip.planning.organisation;

import id.sakip.events.PemdaEmblemSet;
import id.sakip.support.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A Pemda's lambang: set by its administrator, kept with the Pemda, and published (PemdaEmblemSet) for the documents
 * other services print. Setting it again replaces it; the last one set is the lambang.
 */
@Service
class Emblems {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    Emblems(JdbcClient jdbc, Organisations organisations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.events = events;
    }

    /** What was stored: the lambang's version and the size it was drawn at. */
    record Stored(String pemdaCode, long version, int width, int height, int bytes) {
    }

    /**
     * Draws the upload again as the lambang's PNG, stores it and publishes it in one transaction (the outbox).
     *
     * @throws ApiProblem 404 {@code pemda-not-found}; 422 when the file is not a printable image
     */
    @Transactional
    Stored set(String pemdaCode, byte[] upload, String actor) {
        if (!organisations.pemdaExists(pemdaCode)) {
            throw ApiProblem.notFound("pemda-not-found", "Pemda dengan kode " + pemdaCode + " tidak ditemukan.");
        }
        EmblemImage.Png png = EmblemImage.of(upload);
        long version = jdbc.sql("""
                UPDATE pemda SET emblem = ?, emblem_version = emblem_version + 1, emblem_updated_by = ?,
                    emblem_updated_at = ?
                WHERE code = ? RETURNING emblem_version""")
                .params(png.bytes(), actor, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)), pemdaCode)
                .query(Long.class).single();
        events.publishEvent(new PemdaEmblemSet(UUID.randomUUID(), Instant.now(), version, pemdaCode, png.bytes(),
                actor));
        return new Stored(pemdaCode, version, png.width(), png.height(), png.bytes().length);
    }

    /** The lambang's PNG, when one was set. */
    @Transactional(readOnly = true)
    Optional<byte[]> png(String pemdaCode) {
        return jdbc.sql("SELECT emblem FROM pemda WHERE code = ? AND emblem IS NOT NULL").param(pemdaCode)
                .query((rs, n) -> rs.getBytes("emblem")).optional();
    }

    /** Publishes every Pemda's lambang again, for a consumer to be fed anew; how many went out. */
    @Transactional
    int republishAll(String actor) {
        List<PemdaEmblemSet> all = jdbc.sql("""
                SELECT code, emblem, emblem_version FROM pemda WHERE emblem IS NOT NULL ORDER BY code""")
                .query((rs, n) -> new PemdaEmblemSet(UUID.randomUUID(), Instant.now(), rs.getLong("emblem_version"),
                        rs.getString("code"), rs.getBytes("emblem"), actor))
                .list();
        all.forEach(events::publishEvent);
        return all.size();
    }
}
