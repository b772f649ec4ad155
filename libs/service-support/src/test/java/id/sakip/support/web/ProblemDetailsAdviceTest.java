package id.sakip.support.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfterNotAnInternalError() {
        var response = advice.unexpected(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(response.getBody().getType().toString()).isEqualTo("urn:sakip:problem:database-unavailable");
        assertThat(response.getBody().getDetail()).contains("Tidak ada data yang diubah");
        assertThat(advice.unexpected(new CannotGetJdbcConnectionException("down")).getStatusCode().value())
                .isEqualTo(503);
    }

    @Test
    void anythingElseUnexpectedIsAnInternalErrorWithoutDetailsOfTheCause() {
        var response = advice.unexpected(new IllegalStateException("secret internals"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getType().toString()).isEqualTo("urn:sakip:problem:internal");
        assertThat(response.getBody().getDetail()).doesNotContain("secret");
    }

    @Test
    void aDuplicateIsAConflictButAValueTheDatabaseCannotHoldIsUnprocessable() {
        assertThat(advice.duplicate(new DuplicateKeyException("dup")).getStatus()).isEqualTo(409);
        var outOfRange = advice.integrity(new DataIntegrityViolationException("numeric field overflow"));
        assertThat(outOfRange.getStatus()).isEqualTo(422);
        assertThat(outOfRange.getType().toString()).isEqualTo("urn:sakip:problem:rejected-by-database");
    }

    @Test
    void everyHttpStatusTheFrameworkRaisesHasAStableTypeAndAnIndonesianTitle() {
        for (int status : new int[] {400, 404, 405, 406, 409, 413, 415, 500, 503}) {
            var problem = Problems.ofHttpStatus(org.springframework.http.HttpStatusCode.valueOf(status));
            assertThat(problem.getStatus()).isEqualTo(status);
            assertThat(problem.getType().toString()).startsWith(Problems.TYPE_PREFIX).isNotEqualTo("about:blank");
            assertThat(problem.getTitle()).isNotBlank();
        }
        assertThat(Problems.ofHttpStatus(org.springframework.http.HttpStatusCode.valueOf(404)).getType().toString())
                .isEqualTo("urn:sakip:problem:not-found");
    }
}
