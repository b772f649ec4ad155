package id.sakip.support.kafka;

import id.sakip.events.MalformedEventException;
import id.sakip.support.Failures;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutageHoweverDeepTheCause() {
        var hikariTimeout = new SQLTransientConnectionException("Connection is not available, request timed out");
        var beginFailed = new CannotCreateTransactionException("Could not open JDBC Connection", hikariTimeout);

        assertThat(Failures.isInfrastructureOutage(new ListenerExecutionFailedException("listener", beginFailed)))
                .isTrue();
        assertThat(Failures.isInfrastructureOutage(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(Failures.isInfrastructureOutage(
                new RuntimeException(new SQLException("terminating connection due to administrator command",
                        "57P01")))).isTrue();
        assertThat(Failures.isInfrastructureOutage(
                new RuntimeException(new SQLException("Connection refused", "08001")))).isTrue();
    }

    @Test
    void aBadEventOrABrokenConstraintIsNotAnOutage() {
        assertThat(Failures.isInfrastructureOutage(new MalformedEventException("no id"))).isFalse();
        assertThat(Failures.isInfrastructureOutage(new DataIntegrityViolationException("value too long",
                new SQLException("value too long for type character varying(40)", "22001")))).isFalse();
        assertThat(Failures.isInfrastructureOutage(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(Failures.isInfrastructureOutage(a)).isFalse();
    }

    @Test
    void anOutageIsRetriedWithoutEndAndAnythingElseByTheBoundedDefault() {
        BackOff outage = ConsumerErrorHandlingAutoConfiguration.backOffFor(
                new ListenerExecutionFailedException("listener", new CannotGetJdbcConnectionException("down")));
        BackOffExecution execution = outage.start();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            assertThat(execution.nextBackOff()).isEqualTo(ConsumerErrorHandlingAutoConfiguration.OUTAGE_RETRY_INTERVAL_MS);
        }

        assertThat(ConsumerErrorHandlingAutoConfiguration.backOffFor(new IllegalStateException("bug"))).isNull();
    }
}
