package id.sakip.planning.organisation;

import java.time.Instant;
import java.util.List;

/** What the organisation API returns. */
public final class OrganisationViews {

    public record PemdaView(String code, String name, String province, String visi, List<OpdSummary> opd,
            long version, String updatedBy, Instant updatedAt) {
    }

    public record OpdSummary(String code, String name, String shortName) {
    }

    public record OpdView(String pemdaCode, String code, String name, String shortName, OpdProfile profile,
            List<BidangView> bidang, long version, String updatedBy, Instant updatedAt) {
    }

    public record BidangView(String code, String name) {
    }

    private OrganisationViews() {
    }
}
