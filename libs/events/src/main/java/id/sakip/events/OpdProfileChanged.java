package id.sakip.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An OPD was registered or its profile changed, or its Pemda's name or visi changed: the whole profile that chapter I
 * of the LKjIP prints (names, contact, head of office, legal basis, task and functions, business processes, staff by
 * status and sex, strategic issues) with the Pemda's name, visi, head of region (title and name) and the place its
 * documents are signed (the last three added within v1, null in older events). Key: {@code <pemda>/<opd>};
 * {@code aggregateVersion} grows with every change of the OPD or its Pemda. Topic {@code sakip.planning.organisation}.
 */
public record OpdProfileChanged(
        UUID eventId,
        Instant occurredAt,
        long aggregateVersion,
        OrgRef org,
        @Bound(chars = 300) String opdName,
        @Bound(chars = 100) String shortName,
        @Bound(chars = 200) String pemdaName,
        @Bound(chars = 100) String province,
        @Bound(chars = 1000) String visi,
        @Bound(chars = 300) String address,
        @Bound(chars = 50) String phone,
        @Bound(chars = 50) String fax,
        @Bound(chars = 200) String website,
        @Bound(chars = 200) String email,
        Head head,
        @Bound(items = 50, chars = 500) List<String> legalBasis,
        @Bound(chars = 2000) String task,
        @Bound(items = 50, chars = 500) List<String> functions,
        @Bound(items = 50, chars = 300) List<String> processesManajerial,
        @Bound(items = 50, chars = 300) List<String> processesUtama,
        @Bound(items = 50, chars = 300) List<String> processesPendukung,
        LocalDate staffAsOf,
        @Bound(items = 20) List<StaffCount> staff,
        @Bound(items = 30, chars = 1000) List<String> strategicIssues,
        @Bound(chars = Bound.SUBJECT) String changedBy,
        @Bound(chars = 100) String regionHeadTitle,
        @Bound(chars = 200) String regionHeadName,
        @Bound(chars = 100) String place) implements SakipEvent {

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

    /** The form before the Pemda's head of region and place were added (within v1; absent from older events). */
    public OpdProfileChanged(UUID eventId, Instant occurredAt, long aggregateVersion, OrgRef org, String opdName,
            String shortName, String pemdaName, String province, String visi, String address, String phone,
            String fax, String website, String email, Head head, List<String> legalBasis, String task,
            List<String> functions, List<String> processesManajerial, List<String> processesUtama,
            List<String> processesPendukung, LocalDate staffAsOf, List<StaffCount> staff,
            List<String> strategicIssues, String changedBy) {
        this(eventId, occurredAt, aggregateVersion, org, opdName, shortName, pemdaName, province, visi, address, phone,
                fax, website, email, head, legalBasis, task, functions, processesManajerial, processesUtama,
                processesPendukung, staffAsOf, staff, strategicIssues, changedBy, null, null, null);
    }

    @Override
    public String aggregateId() {
        return org.pemdaCode() + "/" + org.opdCode();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Kepala OPD. */
    public record Head(
            @Bound(chars = 200) String name,
            @Bound(chars = 21) String nip,
            @Bound(chars = 100) String title) {
    }

    /** Staff of one status (ASN, NON ASN; PNS, PPPK, PTT ...): men, women, total, and its breakdown. */
    public record StaffCount(
            @Bound(chars = 50) String status, int male, int female, int total,
            @Bound(items = 10) List<StaffCount> breakdown) {
        public StaffCount {
            breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        }
    }
}
