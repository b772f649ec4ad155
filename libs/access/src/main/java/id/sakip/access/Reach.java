package id.sakip.access;

/**
 * How far a role reaches from the organisation its token names: the user's own bidang, the whole OPD, every OPD of
 * the Pemda, or the whole platform (platform operators, who belong to no Pemda).
 */
public enum Reach {
    BIDANG, OPD, PEMDA, PLATFORM
}
