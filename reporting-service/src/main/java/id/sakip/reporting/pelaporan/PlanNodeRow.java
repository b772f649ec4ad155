package id.sakip.reporting.pelaporan;

import java.util.UUID;

/** A node of the cascading tree as reporting holds it; an OPD tujuan with the years of its Renstra. */
record PlanNodeRow(UUID id, String opdCode, String kind, UUID parentId, String code, Integer number, String text,
        Integer renstraStart, Integer renstraEnd) {

    PlanNodeRow(UUID id, String opdCode, String kind, UUID parentId, String code, Integer number, String text) {
        this(id, opdCode, kind, parentId, code, number, text, null, null);
    }
}
