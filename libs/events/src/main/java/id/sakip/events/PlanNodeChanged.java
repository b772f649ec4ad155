package id.sakip.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A node of the cascading tree was added or changed (moved): its whole state. Budget takes the program / kegiatan /
 * sub kegiatan tree from it; reporting the texts. {@code org.opdCode} is the OPD the node belongs to; a Pemda-level
 * node (visi, misi, Pemda tujuan and sasaran) names the Pemda only, with {@code opdCode} "-". Topic
 * {@code sakip.planning.plan-node}. Added within v1 (absent from older events): {@code renstraStartYear} and
 * {@code renstraEndYear}, the years of the Renstra an OPD tujuan belongs to ({@code renstraId}), so that consumers
 * know which years one Renstra spans.
 */
public record PlanNodeChanged(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID nodeId,
        OrgRef org,
        @Bound(chars = Bound.CODE) String kind,
        UUID parentId,
        UUID renstraId,
        @Bound(chars = Bound.CODE) String code,
        Integer number,
        @Bound(chars = 1000) String text,
        @Bound(items = 100, chars = Bound.CODE) List<String> sharedWithOpd,
        @Bound(chars = Bound.SUBJECT) String changedBy,
        Integer renstraStartYear,
        Integer renstraEndYear) implements SakipEvent {

    /** The OPD code a Pemda-level node carries in {@link #org()}. */
    public static final String PEMDA_LEVEL = "-";

    public PlanNodeChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(nodeId, "nodeId");
        Require.present(org, "org");
        Require.text(kind, "kind");
        Require.text(text, "text");
        sharedWithOpd = sharedWithOpd == null ? List.of() : List.copyOf(sharedWithOpd);
    }

    /** The first form of the contract, without the Renstra's years. */
    public PlanNodeChanged(UUID eventId, Instant occurredAt, long aggregateVersion, UUID nodeId, OrgRef org,
            String kind, UUID parentId, UUID renstraId, String code, Integer number, String text,
            List<String> sharedWithOpd, String changedBy) {
        this(eventId, occurredAt, aggregateVersion, nodeId, org, kind, parentId, renstraId, code, number, text,
                sharedWithOpd, changedBy, null, null);
    }

    @Override
    public String aggregateId() {
        return nodeId.toString();
    }
}
