package id.sakip.planning.indicator;

import id.sakip.events.IndicatorDefined;
import id.sakip.events.Decimals;
import id.sakip.events.OrgRef;
import id.sakip.events.YearTarget;
import id.sakip.support.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Defines indicators and publishes them, with their targets, for the other services. */
@Service
public class IndicatorService {

    private final IndicatorRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorService(IndicatorRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public IndicatorView define(IndicatorRequest request, String actor) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<YearTarget> targets = request.targets().stream()
                .map(t -> new YearTarget(t.year(), Decimals.plain(t.value())))
                .sorted(Comparator.comparingInt(YearTarget::year))
                .toList();
        var indicator = new IndicatorView(UUID.randomUUID(),
                new OrgRef(request.pemdaCode(), request.opdCode(), request.bidangCode()),
                request.name().strip(), request.unit().strip(), request.polarity(), targets, 1, actor, now);
        repository.insert(indicator);
        events.publishEvent(new IndicatorDefined(UUID.randomUUID(), now, indicator.version(), indicator.id(),
                indicator.org(), indicator.name(), indicator.unit(), indicator.polarity(), targets, actor));
        return indicator;
    }

    @Transactional(readOnly = true)
    public IndicatorView get(UUID id) {
        return repository.find(id).orElseThrow(() -> ApiProblem.notFound("indicator-not-found",
                "Indikator " + id + " tidak ditemukan."));
    }

    @Transactional(readOnly = true)
    public List<IndicatorView> list(String pemdaCode, String opdCode) {
        return repository.idsOf(pemdaCode, opdCode).stream().map(this::get).toList();
    }
}
