package id.sakip.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An OPD was registered or its profile changed, or its Pemda's name or visi changed: the whole profile that chapter I
 * of the LKjIP prints (names, contact, head of office, legal basis, task and functions, business processes, staff by
 * status and sex, strategic issues) with the Pemda's name and visi. Key: {@code <pemda>/<opd>};
 * {@code aggregateVersion} grows with every change of the OPD or its Pemda. Topic {@code sakip.planning.organisation}.
 */
public record OpdProfileChanged(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        OrgRef org,
        String opdName,
        String shortName,
        String pemdaName,
        String province,
        String visi,
        String address,
        String phone,
        String fax,
        String website,
        String email,
        Head head,
        List<String> legalBasis,
        String task,
        List<String> functions,
        List<String> processesManajerial,
        List<String> processesUtama,
        List<String> processesPendukung,
        LocalDate staffAsOf,
        List<StaffCount> staff,
        List<String> strategicIssues,
        String changedBy) implements SakipEvent {

    public OpdProfileChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.positive(aggregateVersion, "aggregateVersion");
        Require.present(org, "org");
        Require.text(opdName, "opdName");
        Require.text(pemdaName, "pemdaName");
        legalBasis = copy(legalBasis);
        functions = copy(functions);
        processesManajerial = copy(processesManajerial);
        processesUtama = copy(processesUtama);
        processesPendukung = copy(processesPendukung);
        staff = copy(staff);
        strategicIssues = copy(strategicIssues);
    }

    @Override
    public String aggregateId() {
        return org.pemdaCode() + "/" + org.opdCode();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Kepala OPD. */
    public record Head(String name, String nip, String title) {
    }

    /** Staff of one status (ASN, NON ASN; PNS, PPPK, PTT ...): men, women, total, and its breakdown. */
    public record StaffCount(String status, int male, int female, int total, List<StaffCount> breakdown) {
        public StaffCount {
            breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        }
    }
}
