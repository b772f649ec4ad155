package id.sakip.planning.imports;

import id.sakip.events.Polarity;
import id.sakip.planning.imports.RenstraImport.Line;
import id.sakip.planning.imports.RenstraImport.Result;
import id.sakip.planning.indicator.IndicatorRequest;
import id.sakip.planning.indicator.IndicatorService;
import id.sakip.planning.plan.NodeKind;
import id.sakip.planning.plan.PlanNodes;
import id.sakip.planning.plan.PlanRequests.NodeRequest;
import id.sakip.planning.plan.PlanRequests.RenstraRequest;
import id.sakip.planning.plan.Renstra;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes a checked workbook through the plan's and the indicators' own services (their rules apply too). */
@Component
class RenstraWriter {

    private final PlanNodes nodes;
    private final IndicatorService indicators;

    RenstraWriter(PlanNodes nodes, IndicatorService indicators) {
        this.nodes = nodes;
        this.indicators = indicators;
    }

    /** Runs inside the import's transaction: a refusal anywhere leaves nothing behind. */
    Result write(String pemdaCode, String opdCode, String title, List<Integer> years, List<Line> lines,
            String actor) {
        Renstra renstra = nodes.createRenstra(new RenstraRequest(pemdaCode, opdCode, years.get(0),
                years.get(years.size() - 1), title), actor);
        Map<String, UUID> tujuan = new LinkedHashMap<>();
        Map<List<String>, UUID> sasaran = new LinkedHashMap<>();
        for (Line line : lines) {
            UUID tujuanId = tujuan.computeIfAbsent(line.tujuan(), text -> nodes.create(new NodeRequest(pemdaCode,
                    opdCode, NodeKind.TUJUAN, null, renstra.id(), null, null, text, List.of()), actor).id());
            UUID sasaranId = sasaran.computeIfAbsent(List.of(line.tujuan(), line.sasaran()), key -> nodes.create(
                    new NodeRequest(pemdaCode, opdCode, NodeKind.SASARAN, tujuanId, null, null, null, line.sasaran(),
                            List.of()), actor).id());
            List<IndicatorRequest.YearTargetRequest> targets = new ArrayList<>();
            for (Integer year : years) {
                Object target = line.targets().get(year);
                targets.add(new IndicatorRequest.YearTargetRequest(year,
                        target instanceof BigDecimal number ? number : null, null, null,
                        target instanceof String category ? category : null));
            }
            indicators.define(new IndicatorRequest(pemdaCode, opdCode, null, line.indicator(), line.unit(),
                    line.polarity(), targets, sasaranId, null, null,
                    line.polarity() == Polarity.ORDINAL ? line.scale() : null, null, null, null, null, null, null, null,
                    null), actor);
        }
        return new Result(renstra, tujuan.size(), sasaran.size(), lines.size());
    }
}
