package id.sakip.reporting.pelaporan;

import java.util.UUID;

/** A node of the cascading tree as reporting holds it. */
record PlanNodeRow(UUID id, String opdCode, String kind, UUID parentId, String code, Integer number, String text) {
}
