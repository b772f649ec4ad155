package id.sakip.budget.line;

import id.sakip.events.OrgRef;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A sub kegiatan's pagu and spending. {@code realizationByQuarter} holds each quarter's spending,
 * {@code realized} their sum; {@code serapanPercent} is rounded half-up to 2 decimals (null when the pagu is 0).
 */
public record BudgetLineView(UUID id, OrgRef org, int year, String subKegiatanCode, String subKegiatanName,
        String paguVersion, BigDecimal pagu, Map<Integer, BigDecimal> realizationByQuarter, BigDecimal realized,
        BigDecimal serapanPercent, long version) {
}
