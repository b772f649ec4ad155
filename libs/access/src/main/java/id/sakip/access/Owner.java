package id.sakip.access;

import id.sakip.events.OrgRef;

/**
 * The organisation that owns what a request touches: a Pemda, an OPD of it, a bidang of that OPD. Pemda-level data (the RPJMD
 * levels of the plan, the Pemda's registry) has no OPD; the platform's own operations have no Pemda either.
 */
public record Owner(String pemda, String opd, String bidang) {

    public static Owner platform() {
        return new Owner(null, null, null);
    }

    public static Owner pemda(String pemda) {
        return new Owner(pemda, null, null);
    }

    public static Owner opd(String pemda, String opd) {
        return new Owner(pemda, opd, null);
    }

    public static Owner of(OrgRef org) {
        return new Owner(org.pemdaCode(), org.opdCode(), org.bidangCode());
    }

    /** In Indonesian, for the messages that refuse access ("bidang REHSOS OPD DINSOS-PPPA Pemda 3574"). */
    public String describe() {
        if (pemda == null) {
            return "platform";
        }
        StringBuilder text = new StringBuilder();
        if (bidang != null) {
            text.append("bidang ").append(bidang).append(' ');
        }
        if (opd != null) {
            text.append("OPD ").append(opd).append(' ');
        }
        return text.append("Pemda ").append(pemda).toString();
    }
}
