package id.sakip.planning.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A node of the cascading tree as stored. */
public record PlanNode(UUID id, String pemdaCode, String opdCode, NodeKind kind, UUID parentId, UUID renstraId,
        String code, Integer number, String text, int position, List<String> sharedWithOpd, long version,
        String createdBy, Instant createdAt) {
}
