package id.sakip.reporting.history;

import id.sakip.capaian.Cumulative;
import id.sakip.events.Aggregation;
import id.sakip.reporting.pelaporan.PelaporanKinerja.RealizationCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's realisation as measurement counts it: the year's own realisation when there is one, else its quarters'
 * own values put together by the indicator's aggregation (SUM adds them, LAST takes the latest, AVERAGE averages
 * them); a category is the latest reported. {@code upTo} names the last quarter that went in (null: the year's own).
 */
public record YearValue(BigDecimal number, String category, Integer upTo) {

    public static final YearValue NONE = new YearValue(null, null, null);

    public boolean present() {
        return number != null || category != null;
    }

    /** @param cells the realisations of one indicator in one year, any order */
    public static YearValue of(List<RealizationCell> cells, int year, Aggregation aggregation) {
        for (RealizationCell cell : cells) {
            if (cell.period().equals(String.valueOf(year))) {
                return new YearValue(cell.value(), cell.category(), null);
            }
        }
        List<BigDecimal> numbers = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Integer last = null;
        for (int q = 1; q <= 4; q++) {
            String period = year + "Q" + q;
            RealizationCell cell = cells.stream().filter(c -> c.period().equals(period)).findFirst().orElse(null);
            numbers.add(cell == null ? null : cell.value());
            categories.add(cell == null ? null : cell.category());
            if (cell != null) {
                last = q;
            }
        }
        if (last == null) {
            return NONE;
        }
        String category = Cumulative.lastCategory(categories);
        return category != null ? new YearValue(null, category, last)
                : new YearValue(Cumulative.of(aggregation, numbers), null, last);
    }
}
