package id.sakip.measurement.realization;

import id.sakip.capaian.Rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explanations a capaian asks of the operator before the realisation is submitted: below target or rated below
 * Tinggi, the faktor penghambat and the tindak lanjut; above target, the faktor pendorong (SAKIP.md §5).
 */
final class Justification {

    static final String PENDORONG = "faktorPendorong";
    static final String PENGHAMBAT = "faktorPenghambat";
    static final String TINDAK_LANJUT = "tindakLanjut";

    private Justification() {
    }

    static List<String> asked(Rules.Evaluation evaluation) {
        List<String> asked = new ArrayList<>();
        if (evaluation.isDeviation()) {
            asked.add(PENGHAMBAT);
            asked.add(TINDAK_LANJUT);
        }
        if (evaluation.isAboveTarget()) {
            asked.add(PENDORONG);
        }
        return List.copyOf(asked);
    }

    /** Each explanation asked for and not given, with what the person is told beside its field. */
    static Map<String, String> missing(Rules.Evaluation evaluation, String pendorong, String penghambat,
            String tindakLanjut) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put(PENDORONG, pendorong);
        given.put(PENGHAMBAT, penghambat);
        given.put(TINDAK_LANJUT, tindakLanjut);
        Map<String, String> missing = new LinkedHashMap<>();
        for (String field : asked(evaluation)) {
            if (given.get(field) == null) {
                missing.put(field, field.equals(PENDORONG) ? "wajib diisi bila capaian melampaui target"
                        : "wajib diisi bila capaian di bawah target atau di bawah predikat Tinggi");
            }
        }
        return missing;
    }
}
