package id.sakip.measurement.evidence;

import id.sakip.measurement.realization.Realizations;
import id.sakip.support.web.ApiProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Bukti dukung: files attached to a realisation while its operator can still change it. */
@Service
public class EvidenceFiles {

    private final JdbcClient jdbc;
    private final Realizations realizations;
    private final DataSize maxSize;

    EvidenceFiles(JdbcClient jdbc, Realizations realizations,
            @Value("${sakip.evidence.max-file-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.realizations = realizations;
        this.maxSize = maxSize;
    }

    @Transactional
    public Evidence attach(UUID realizationId, String originalName, byte[] content, String actor) {
        realizations.requireEntryAllowed(realizationId);
        if (content.length == 0) {
            throw ApiProblem.unprocessable("evidence-empty", "Berkas kosong; tidak ada yang disimpan.",
                    Map.of("file", "berkas kosong"));
        }
        if (content.length > maxSize.toBytes()) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "evidence-too-large", "Berkas terlalu besar",
                    "Bukti dukung paling besar " + maxSize.toMegabytes() + " MB; berkas ini "
                            + (content.length / 1024 / 1024) + " MB. Tidak ada yang disimpan.",
                    Map.of("file", "paling besar " + maxSize.toMegabytes() + " MB"));
        }
        String fileName = cleanName(originalName);
        FileKind kind = FileKind.of(content).orElseThrow(() -> new ApiProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence-type-not-allowed", "Jenis berkas tidak diterima",
                "Isi berkas '" + fileName + "' bukan PDF, gambar (PNG, JPEG, WebP), atau dokumen perkantoran (Word, "
                        + "Excel, PowerPoint, OpenDocument). Jenis berkas diperiksa dari isinya, bukan dari namanya. "
                        + "Tidak ada yang disimpan.", Map.of("file", "jenis berkas tidak diterima")));
        var evidence = new Evidence(UUID.randomUUID(), realizationId, fileName, kind.contentType, content.length,
                sha256(content), actor, Instant.now().truncatedTo(ChronoUnit.MICROS));
        realizations.attachEvidence(realizationId, fileName, evidence.sha256(), content.length, actor);
        jdbc.sql("""
                INSERT INTO evidence (id, realization_id, file_name, content_type, size_bytes, sha256, content,
                                      uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(evidence.id(), realizationId, fileName, kind.contentType, evidence.sizeBytes(),
                        evidence.sha256(), content, actor, Timestamp.from(evidence.uploadedAt()))
                .update();
        return evidence;
    }

    @Transactional(readOnly = true)
    public List<Evidence> of(UUID realizationId) {
        realizations.get(realizationId);
        return jdbc.sql("""
                SELECT id, realization_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                FROM evidence WHERE realization_id = ? ORDER BY uploaded_at, id""")
                .param(realizationId).query(EvidenceFiles::map).list();
    }

    /** How many files each of these realisations has (those without any are absent). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> counts(java.util.Collection<UUID> realizationIds) {
        Map<UUID, Integer> counts = new java.util.HashMap<>();
        if (!realizationIds.isEmpty()) {
            jdbc.sql("SELECT realization_id, count(*) AS n FROM evidence WHERE realization_id = ANY (?) "
                    + "GROUP BY realization_id").param(realizationIds.toArray(UUID[]::new))
                    .query(rs -> {
                        counts.put(rs.getObject("realization_id", UUID.class), rs.getInt("n"));
                    });
        }
        return counts;
    }

    /** The file and its content, for download. */
    @Transactional(readOnly = true)
    public Optional<Download> download(UUID realizationId, UUID evidenceId) {
        realizations.get(realizationId);
        return jdbc.sql("SELECT * FROM evidence WHERE realization_id = ? AND id = ?")
                .params(realizationId, evidenceId)
                .query((rs, n) -> new Download(map(rs, n), rs.getBytes("content")))
                .optional();
    }

    public record Download(Evidence evidence, byte[] content) {
    }

    private static Evidence map(ResultSet rs, int n) throws SQLException {
        return new Evidence(rs.getObject("id", UUID.class), rs.getObject("realization_id", UUID.class),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    /**
     * The name without any path a browser sent, without control characters and without invisible format characters
     * (the bidi overrides that make "fdp.exe" read "exe.pdf", zero-width marks), at most 200 characters.
     */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            name = "bukti-dukung";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
