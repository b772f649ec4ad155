package id.sakip.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * A Pemda's administrator set its lambang, the emblem its documents print on their covers: a PNG as planning
 * re-encoded it (at most {@link #LONGEST_SIDE} pixels a side and {@link #MAX_BYTES} bytes, base64 in the JSON).
 * Topic {@code sakip.planning.organisation}, key the Pemda's code; {@code aggregateVersion} counts the Pemda's
 * lambang changes.
 */
public record PemdaEmblemSet(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        @Bound(chars = Bound.CODE) String pemdaCode,
        @Bound(bytes = PemdaEmblemSet.MAX_BYTES) byte[] png,
        @Bound(chars = Bound.SUBJECT) String changedBy) implements SakipEvent {

    /** The most bytes a lambang's PNG has. */
    public static final int MAX_BYTES = 256 * 1024;
    /** The most pixels of its longer side: 32 mm on a cover at about 400 dpi. */
    public static final int LONGEST_SIDE = 512;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public PemdaEmblemSet {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.text(pemdaCode, "pemdaCode");
        Require.present(png, "png");
        if (png.length > MAX_BYTES) {
            throw new IllegalArgumentException("png: at most " + MAX_BYTES + " bytes, not " + png.length);
        }
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length)) {
            throw new IllegalArgumentException("png is not a PNG image");
        }
        png = png.clone();
        Require.text(changedBy, "changedBy");
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public String aggregateId() {
        return pemdaCode;
    }

    /** The lambang is the Pemda's, of no OPD. */
    @Override
    public OrgRef org() {
        return null;
    }

    // an array compares by content: the same lambang read twice is the same event
    @Override
    public boolean equals(Object other) {
        return other instanceof PemdaEmblemSet o && aggregateVersion == o.aggregateVersion
                && eventId.equals(o.eventId) && occurredAt.equals(o.occurredAt) && pemdaCode.equals(o.pemdaCode)
                && Arrays.equals(png, o.png) && changedBy.equals(o.changedBy);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(eventId, occurredAt, aggregateVersion, pemdaCode, Arrays.hashCode(png),
                changedBy);
    }

    @Override
    public String toString() {
        return "PemdaEmblemSet[" + pemdaCode + " v" + aggregateVersion + ", " + png.length + " bytes]";
    }
}
