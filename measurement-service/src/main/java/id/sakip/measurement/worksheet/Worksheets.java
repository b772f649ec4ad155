package id.sakip.measurement.worksheet;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.measurement.catalog.CatalogIndicator;
import id.sakip.measurement.catalog.IndicatorCatalog;
import id.sakip.measurement.evidence.EvidenceFiles;
import id.sakip.measurement.realization.PeriodView;
import id.sakip.measurement.realization.RealizationView;
import id.sakip.measurement.realization.Realizations;
import id.sakip.support.security.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lembar realisasi: what a bidang fills in for a period, and what its head and the Kepala OPD review. */
@Service
public class Worksheets {

    private final IndicatorCatalog catalog;
    private final Realizations realizations;
    private final EvidenceFiles evidence;
    private final Access access;

    Worksheets(IndicatorCatalog catalog, Realizations realizations, EvidenceFiles evidence, Access access) {
        this.catalog = catalog;
        this.realizations = realizations;
        this.evidence = evidence;
        this.access = access;
    }

    /**
     * The OPD's worksheet for the period, or one bidang's; a person who reads the OPD sees every bidang (the Kepala
     * Bidang of another bidang included) but may enter or verify only the rows of their own.
     */
    @Transactional(readOnly = true)
    public WorksheetView of(String pemdaCode, String opdCode, String period, String bidangCode) {
        // the period's own check: READ_OPD of the OPD
        PeriodView current = realizations.period(pemdaCode, opdCode, period);
        Map<UUID, RealizationView> byIndicator = current.realizations().stream()
                .collect(Collectors.toMap(RealizationView::indicatorId, Function.identity()));
        Map<UUID, Integer> files = evidence.counts(current.realizations().stream().map(RealizationView::id).toList());
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = period.length() == 6 ? period.charAt(5) - '0' : 0;
        List<WorksheetView.Row> rows = new ArrayList<>();
        for (CatalogIndicator indicator : catalog.ofOpd(pemdaCode, opdCode, year, period)) {
            if (bidangCode != null && !bidangCode.equals(indicator.org().bidangCode())) {
                continue;
            }
            RealizationView realization = byIndicator.get(indicator.id());
            // the service decides a write by the realisation's own organisation once it exists
            Owner owner = Owner.of(realization != null ? realization.org() : indicator.org());
            rows.add(new WorksheetView.Row(indicator.id(), indicator.org().bidangCode(), indicator.name(),
                    indicator.unit(), indicator.polarity(), indicator.targetType(),
                    indicator.isOrdinal() ? "CATEGORY" : indicator.isPercentage() ? "RATIO" : "NUMBER",
                    indicator.scale(), (quarter == 0 ? indicator.targetFor(year)
                    : indicator.targetFor(year, quarter)).text(), realization,
                    realization == null ? 0 : files.getOrDefault(realization.id(), 0),
                    !current.locked() && access.allows(Permission.ENTER_REALIZATION, owner),
                    !current.locked() && access.allows(Permission.VERIFY_REALIZATION, owner)));
        }
        return new WorksheetView(pemdaCode, opdCode, period, current.locked(), rows);
    }
}
