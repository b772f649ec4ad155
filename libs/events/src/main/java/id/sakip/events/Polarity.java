package id.sakip.events;

/**
 * Which direction is better for an indicator. Stated by the planner, never guessed from the name. ORDINAL: the
 * result is a category on the indicator's ordered scale (Pratama &lt; Madya &lt; Nindya &lt; Utama ...).
 */
public enum Polarity {
    INCREASING,
    DECREASING,
    ORDINAL
}
