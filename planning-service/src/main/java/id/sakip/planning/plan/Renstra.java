package id.sakip.planning.plan;

import java.time.Instant;
import java.util.UUID;

/** An OPD's multi-year strategic plan (e.g. 2019-2024): its tujuan are plan nodes pointing at it. */
public record Renstra(UUID id, String pemdaCode, String opdCode, int startYear, int endYear, String title,
        String createdBy, Instant createdAt) {
}
