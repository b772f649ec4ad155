package id.sakip.events;

/**
 * The organisation a record belongs to: the Pemda (its BPS code, e.g. 3574 for Kota Probolinggo), the OPD and,
 * where it has one, the bidang. Present on every record so that authorisation by organisation is possible.
 */
public record OrgRef(
        @Bound(chars = Bound.CODE) String pemdaCode,
        @Bound(chars = Bound.CODE) String opdCode,
        @Bound(chars = Bound.CODE) String bidangCode) {

    public OrgRef {
        Require.text(pemdaCode, "org.pemdaCode");
        Require.text(opdCode, "org.opdCode");
    }

}
