package id.sakip.measurement.realization;

import id.sakip.events.Aggregation;
import id.sakip.events.CapaianStatus;
import id.sakip.events.Polarity;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An indicator's year: its quarters and the year's value against the year's target. {@code source} says where the
 * year's value comes from: TAHUN (a realisation entered for the whole year), TRIWULAN (the quarters by the
 * indicator's aggregation) or BELUM_ADA (nothing reported yet).
 */
public record YearView(UUID indicatorId, String indicatorName, String unit, Polarity polarity,
        Aggregation aggregation, int year, String target, String source, BigDecimal value, String category,
        CapaianStatus capaianStatus, BigDecimal capaianPercent, BigDecimal capaianUncappedPercent, Boolean reached, String rating, String trafficLight,
        List<RealizationView> quarters) {
}
