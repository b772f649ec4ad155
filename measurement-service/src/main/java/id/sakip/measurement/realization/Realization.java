package id.sakip.measurement.realization;

import id.sakip.events.CapaianStatus;
import id.sakip.events.OrgRef;
import id.sakip.support.web.ApiProblem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A realisation as stored: the value entered, the capaian computed when it was last written, and where it stands in
 * the workflow DRAFT -&gt; SUBMITTED -&gt; VERIFIED -&gt; APPROVED (REJECTED goes back to the operator). The
 * transitions that are legal from each state are checked here.
 */
record Realization(UUID id, UUID indicatorId, OrgRef org, String period, BigDecimal value, String category,
        BigDecimal numerator, BigDecimal denominator, BigDecimal target, String targetText,
        BigDecimal cumulativeValue, CapaianStatus capaianStatus, BigDecimal capaianPercent, Status status,
        String faktorPendorong, String faktorPenghambat, String tindakLanjut, String reviewNote, long version,
        String recordedBy, Instant recordedAt, String updatedBy, Instant updatedAt) {

    enum Status {
        DRAFT("draf"), SUBMITTED("diajukan"), VERIFIED("diverifikasi"), APPROVED("disetujui"), REJECTED("dikembalikan");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    int year() {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** 1..4 for a quarter, 0 for a whole year. */
    int quarter() {
        return period.length() == 6 ? period.charAt(5) - '0' : 0;
    }

    /** The operator may change the value while it is a draft or after it was returned. */
    void requireEditable() {
        if (status != Status.DRAFT && status != Status.REJECTED) {
            throw outOfOrder("diubah", "Realisasi yang " + status.label + " tidak dapat diubah; minta "
                    + (status == Status.APPROVED ? "administrator membuka kunci periodenya lalu " : "")
                    + "pemeriksa mengembalikannya lebih dulu.");
        }
    }

    void requireSubmittable() {
        if (status != Status.DRAFT && status != Status.REJECTED) {
            throw outOfOrder("diajukan", "Hanya realisasi berstatus draf atau dikembalikan yang dapat diajukan; "
                    + "realisasi ini " + status.label + ".");
        }
    }

    void requireVerifiable() {
        if (status != Status.SUBMITTED) {
            throw outOfOrder("diverifikasi", "Hanya realisasi yang sudah diajukan yang dapat diverifikasi Kepala "
                    + "Bidang; realisasi ini " + status.label + ".");
        }
    }

    void requireRejectable() {
        if (status != Status.SUBMITTED && status != Status.VERIFIED) {
            throw outOfOrder("dikembalikan", "Hanya realisasi yang diajukan atau diverifikasi yang dapat "
                    + "dikembalikan; realisasi ini " + status.label + ".");
        }
    }

    private static ApiProblem outOfOrder(String act, String detail) {
        return ApiProblem.conflict("transition-not-allowed", detail + " (tidak dapat " + act + ")");
    }

    /** What the audit trail keeps of this state. */
    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("value", value == null ? null : value.toPlainString());
        state.put("category", category);
        state.put("numerator", numerator == null ? null : numerator.toPlainString());
        state.put("denominator", denominator == null ? null : denominator.toPlainString());
        state.put("target", targetText);
        state.put("capaianPercent", capaianPercent == null ? null
                : capaianPercent.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        state.put("faktorPendorong", faktorPendorong);
        state.put("faktorPenghambat", faktorPenghambat);
        state.put("tindakLanjut", tindakLanjut);
        state.put("reviewNote", reviewNote);
        state.put("version", version);
        return state;
    }
}
