package id.sakip.events;

/**
 * How the four quarters make the year: SUM (counts of people served), LAST (a stock, a percentage or an index: the
 * latest quarter stands), AVERAGE.
 */
public enum Aggregation {
    SUM,
    LAST,
    AVERAGE
}
