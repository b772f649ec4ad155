package id.sakip.measurement.evidence;

import java.time.Instant;
import java.util.UUID;

/** A file of bukti dukung as listed: its content is downloaded separately. */
public record Evidence(UUID id, UUID realizationId, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, Instant uploadedAt) {
}
