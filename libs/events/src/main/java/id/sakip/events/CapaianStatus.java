package id.sakip.events;

/** Whether a capaian could be computed; a missing capaian is always explained, never a division error. */
public enum CapaianStatus {
    /** capaianPercent holds the value. */
    COMPUTED,
    /** The target is 0 and the realisation is not: an increasing indicator has no meaningful percentage. */
    NOT_COMPUTABLE,
    /** The period has no target (N/A): the realisation is kept, no capaian is shown. */
    NO_TARGET
}
