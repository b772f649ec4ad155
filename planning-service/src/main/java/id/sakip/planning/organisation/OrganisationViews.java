package id.sakip.planning.organisation;

import java.time.Instant;
import java.util.List;

/** What the organisation API returns. */
public final class OrganisationViews {

    /**
     * A Pemda as entered. Its documents print {@code headTitle} and {@code place}, or, where they are null, the title
     * its kind gives (Wali Kota, Bupati, Gubernur) and its name without the kind; where {@code headName} is null they
     * leave the name to be written by hand.
     */
    public record PemdaView(String code, String name, String province, String visi, String headTitle,
            String headName, String place, List<OpdSummary> opd, long version, String updatedBy, Instant updatedAt) {
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
