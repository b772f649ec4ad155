package id.sakip.evaluation.recommendation;

import id.sakip.support.web.ApiProblem;

import java.time.LocalDate;

/**
 * A recommendation of an evaluation, OPEN until its first follow-up, IN_PROGRESS while followed up, CLOSED by a
 * follow-up that says it is done. A closed one takes no more follow-ups; every follow-up carries its note.
 */
record Recommendation(Status status, LocalDate dueDate) {

    enum Status {
        OPEN("belum ditindaklanjuti"), IN_PROGRESS("dalam tindak lanjut"), CLOSED("selesai");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /** The status a follow-up leads to. */
    Status followedUp(boolean closes) {
        if (status == Status.CLOSED) {
            throw ApiProblem.conflict("transition-not-allowed", "Rekomendasi ini sudah selesai; tindak lanjut "
                    + "tidak dapat ditambahkan lagi.");
        }
        return closes ? Status.CLOSED : Status.IN_PROGRESS;
    }

    /** Past its due date and not closed, on the given day. */
    boolean overdue(LocalDate today) {
        return status != Status.CLOSED && dueDate.isBefore(today);
    }
}
