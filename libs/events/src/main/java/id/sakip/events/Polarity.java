package id.sakip.events;

/** Which direction is better for an indicator. Stated by the planner, never guessed from the name. */
public enum Polarity {
    INCREASING,
    DECREASING
}
