package id.sakip.planning.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A Rencana Aksi as the agency reads it: sasaran strategis, then program > kegiatan > sub kegiatan > aksi. */
public record ActionPlanView(String pemdaCode, String opdCode, int year, Signed signed, List<Strategic> sasaran,
        long version) {

    public record Signed(String place, LocalDate date, String by, String nip) {
    }

    /** A sasaran strategis with its indicator, its cumulative quarter targets and the programs serving it. */
    public record Strategic(UUID nodeId, String text, String indicator, UUID indicatorId, List<String> quarterTargets,
            List<Item> programs) {
    }

    /**
     * A program, kegiatan, sub kegiatan or aksi of the plan with what the Rencana Aksi says of it; {@code schedule}
     * (TW I..IV) and {@code volume} for an aksi.
     */
    public record Item(UUID nodeId, String kind, String code, String name, String indicator, UUID indicatorId,
            String target, String volume, List<Boolean> schedule, List<String> quarterTargets, List<Item> children) {
    }
}
