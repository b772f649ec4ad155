package id.sakip.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An SPM service (Standar Pelayanan Minimal, Permendagri 59/2021) of an OPD for a year was written or withdrawn:
 * its whole state, the jenis layanan with who receives it and the standard it is held to, the indicator it reports
 * and per group of recipients X (whose basic needs were met) of Y (who needed the service). A withdrawn service
 * ({@code withdrawn} true) is no longer reported; writing its code again brings it back with a higher version.
 * Topic {@code sakip.measurement.spm}, key the service's id; {@code aggregateVersion} counts its writes.
 */
public record SpmServiceChanged(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        UUID serviceId,
        OrgRef org,
        int year,
        @Bound(chars = Bound.CODE) String code,
        @Bound(chars = 500) String name,
        @Bound(chars = 1000) String recipients,
        @Bound(chars = 1000) String standard,
        @Bound(chars = 1000) String indicator,
        @Bound(items = 50) List<Group> groups,
        boolean withdrawn,
        @Bound(chars = Bound.SUBJECT) String changedBy) implements SakipEvent {

    public SpmServiceChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(serviceId, "serviceId");
        Require.present(org, "org");
        Require.text(code, "code");
        Require.text(name, "name");
        groups = groups == null ? List.of() : List.copyOf(groups);
        Require.text(changedBy, "changedBy");
    }

    @Override
    public String aggregateId() {
        return serviceId.toString();
    }

    /** A group of recipients: {@code x} of them had their basic needs met, of {@code y} who needed the service. */
    public record Group(@Bound(chars = 200) String name, long x, long y) {
        public Group {
            Require.text(name, "groups.name");
        }
    }
}
