package id.sakip.reporting.projection;

import id.sakip.events.OpdProfileChanged;

import java.time.LocalDate;
import java.util.List;

/** An OPD's profile as planning published it, stored whole as JSON in {@code rpt_opd.profile}. */
public record OpdProfile(String address, String phone, String fax, String website, String email,
        OpdProfileChanged.Head head, List<String> legalBasis, String task, List<String> functions,
        List<String> processesManajerial, List<String> processesUtama, List<String> processesPendukung,
        LocalDate staffAsOf, List<OpdProfileChanged.StaffCount> staff, List<String> strategicIssues) {

    public OpdProfile {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        functions = functions == null ? List.of() : List.copyOf(functions);
        processesManajerial = processesManajerial == null ? List.of() : List.copyOf(processesManajerial);
        processesUtama = processesUtama == null ? List.of() : List.copyOf(processesUtama);
        processesPendukung = processesPendukung == null ? List.of() : List.copyOf(processesPendukung);
        staff = staff == null ? List.of() : List.copyOf(staff);
        strategicIssues = strategicIssues == null ? List.of() : List.copyOf(strategicIssues);
    }
}
