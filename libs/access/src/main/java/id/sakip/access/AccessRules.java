package id.sakip.access;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a user may do something to an organisation's data: a role that holds the permission, reaching from the
 * token's Pemda, OPD and bidang as far as the owner of the data (docs/security.md).
 */
public final class AccessRules {

    private final String opdLevelBidang;

    /**
     * @param opdLevelBidang the bidang whose users handle the OPD's own data, which belongs to no bidang (the IKU of
     *                       the OPD, usually compiled by the Sekretariat)
     */
    public AccessRules(String opdLevelBidang) {
        this.opdLevelBidang = opdLevelBidang;
    }

    public boolean allows(SakipUser user, Permission permission, Owner owner) {
        for (Map.Entry<Role, Reach> grant : permission.grants().entrySet()) {
            if (user.has(grant.getKey()) && reaches(user, grant.getValue(), owner)) {
                return true;
            }
        }
        return false;
    }

    /** The first of the permissions that allows the user, if any. */
    public Optional<Permission> anyAllows(SakipUser user, Owner owner, Permission... permissions) {
        return Arrays.stream(permissions).filter(p -> allows(user, p, owner)).findFirst();
    }

    /** In Indonesian, the roles that may, and how far ("Kepala OPD (OPD-nya sendiri)"). */
    public String whoMay(Permission... permissions) {
        return Arrays.stream(permissions).flatMap(p -> p.grants().entrySet().stream())
                .map(grant -> grant.getKey().label() + " (" + reachText(grant.getValue()) + ")")
                .distinct().collect(Collectors.joining(", "));
    }

    /** Whether the user's role, reaching {@code reach} from its organisation, covers the owner of the data. */
    public boolean reaches(SakipUser user, Reach reach, Owner owner) {
        if (reach == Reach.PLATFORM) {
            return true;
        }
        if (owner.pemda() == null || !owner.pemda().equals(user.pemda())) {
            return false;
        }
        if (reach == Reach.PEMDA) {
            return true;
        }
        if (owner.opd() == null || !owner.opd().equals(user.opd())) {
            return false;
        }
        if (reach == Reach.OPD || user.bidang() == null) {
            return true;
        }
        return owner.bidang() == null ? user.bidang().equals(opdLevelBidang) : owner.bidang().equals(user.bidang());
    }

    private String reachText(Reach reach) {
        return switch (reach) {
            case BIDANG -> "bidangnya sendiri; data tanpa bidang: " + opdLevelBidang;
            case OPD -> "OPD-nya sendiri";
            case PEMDA -> "seluruh OPD Pemda-nya";
            case PLATFORM -> "seluruh platform";
        };
    }
}
