package id.sakip.measurement.spm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The SPM of an OPD for a year: per service X / Y x 100 over all its groups, and over every service. A percentage
 * is rounded half-up to 2 decimals and empty when Y is 0 (nobody needed the service). Withdrawn services are not
 * in it.
 */
public record SpmView(String pemdaCode, String opdCode, int year, List<Service> services, BigDecimal totalX,
        BigDecimal totalY, BigDecimal percent) {

    public record Service(String code, String name, String recipients, String standard, String indicator,
            List<Group> groups, BigDecimal x, BigDecimal y, BigDecimal percent, long version, String updatedBy,
            Instant updatedAt) {
    }

    public record Group(String name, BigDecimal x, BigDecimal y, BigDecimal percent) {
    }
}
