package id.sakip.events;

/** The shape of an indicator's targets: a number, a range (80-90), or a category of the indicator's scale. */
public enum TargetType {
    NUMBER,
    RANGE,
    CATEGORY
}
