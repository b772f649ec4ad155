package id.sakip.measurement.realization;

import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.realization.RealizationRequest.Entry;
import id.sakip.support.web.ApiProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an entry must be to fit its indicator. Pure: no Spring, no I/O. */
final class EntryRules {

    /** Digits kept of a numerator / denominator ratio, so the capaian is computed from the unrounded value. */
    static final int RATIO_SCALE = 10;

    private EntryRules() {
    }

    /** The entry in the shape of the indicator: a number or a category on its scale, never a negative count. */
    static Entry checked(CatalogIndicator indicator, Entry entry) {
        boolean hasValue = entry.value() != null;
        boolean hasCategory = entry.category() != null && !entry.category().isBlank();
        boolean hasRatio = entry.numerator() != null || entry.denominator() != null;
        Map<String, String> errors = new LinkedHashMap<>();
        if (indicator.isOrdinal()) {
            if (!hasCategory) {
                errors.put("category", "indikator ini berupa kategori: pilih salah satu dari "
                        + String.join(", ", indicator.scale()));
            } else if (!indicator.scale().contains(entry.category().strip())) {
                errors.put("category", "'" + entry.category().strip() + "' tidak ada pada skala "
                        + String.join(" < ", indicator.scale()));
            }
            if (hasValue || hasRatio) {
                errors.put(hasValue ? "value" : "numerator", "indikator kategori tidak diisi dengan angka");
            }
            if (!errors.isEmpty()) {
                throw ApiProblem.unprocessable("invalid-realization-value", "Realisasi tidak sesuai jenis indikator "
                        + "'" + indicator.name() + "'. Tidak ada data yang disimpan.", errors);
            }
            return new Entry(null, entry.category().strip(), null, null);
        }
        if (hasCategory) {
            errors.put("category", "indikator ini berupa angka, bukan kategori");
        }
        BigDecimal value = entry.value();
        if (hasRatio) {
            if (hasValue) {
                errors.put("value", "isi nilai, atau pembilang dan penyebut, bukan keduanya");
            } else if (entry.numerator() == null || entry.denominator() == null) {
                errors.put(entry.numerator() == null ? "numerator" : "denominator",
                        "pembilang dan penyebut diisi bersama");
            } else if (!indicator.isPercentage()) {
                errors.put("numerator", "pembilang dan penyebut hanya untuk indikator persentase");
            } else if (entry.denominator().signum() > 0) {
                value = entry.numerator().multiply(BigDecimal.valueOf(100))
                        .divide(entry.denominator(), RATIO_SCALE, RoundingMode.HALF_UP);
            }
        } else if (!hasValue && !hasCategory) {
            errors.put("value", "nilai realisasi wajib diisi");
        }
        if (value != null && value.signum() < 0 && !indicator.negativeAllowed()) {
            errors.put("value", "tidak boleh negatif untuk satuan '" + indicator.unit() + "'");
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("invalid-realization-value", "Realisasi tidak sesuai jenis indikator '"
                    + indicator.name() + "'. Tidak ada data yang disimpan.", errors);
        }
        return new Entry(value, null, entry.numerator(), entry.denominator());
    }
}
