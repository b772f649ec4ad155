package id.sakip.support.events;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The outbox in the health's details ({@code outbox}): how many publications wait to be delivered and how many were
 * set aside as undeliverable. A set-aside publication is a repair for an operator, not a reason to take the service
 * out of rotation, so the status stays UP; the metric {@code sakip.outbox.refused} is what to alert on.
 */
class OutboxHealth implements HealthIndicator {

    private final RefusedPublications refused;

    OutboxHealth(RefusedPublications refused) {
        this.refused = refused;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("waiting", refused.waiting()).withDetail("refused", refused.count()).build();
    }
}
