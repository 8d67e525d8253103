package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;

class ResetFailuresTest {

  private static final String ROW_COUNT =
      "Batch update returned unexpected row count from update 0 (expected row count 1 but was 0)"
          + " [update CREDENTIAL set ...]";

  @Test
  void aRowChangedOrDeletedMeanwhileIsAConcurrentChange() {
    // As Keycloak's PasswordCredentialProvider wraps what the flush throws.
    assertThat(
            ResetFailures.reasonFor(
                new ModelException(ROW_COUNT, new StaleStateException(ROW_COUNT))))
        .isEqualTo(ResetFailures.CHANGED_CONCURRENTLY);
    assertThat(
            ResetFailures.reasonFor(
                new OptimisticLockException(
                    new StaleObjectStateException("CredentialEntity", "1"))))
        .isEqualTo(ResetFailures.CHANGED_CONCURRENTLY);
    assertThat(ResetFailures.reasonFor(new EntityNotFoundException("UserEntity 1")))
        .isEqualTo(ResetFailures.CHANGED_CONCURRENTLY);
    assertThat(
            ResetFailures.reasonFor(
                new RuntimeException(
                    new ConstraintViolationException(
                        "FK_PFYR0GLASQYL0DEI3KL69R6V0", new SQLException("fk"), "FK"))))
        .isEqualTo(ResetFailures.CHANGED_CONCURRENTLY);
  }

  @Test
  void aForeignKeyViolationAtCommitIsAConcurrentChange() {
    // H2 and PostgreSQL report it with SQLSTATE 23503 in their own exception classes; Keycloak's
    // converter wraps it as ModelDuplicateException (seen on 26.5.6 when a user was deleted).
    SQLException h2 = new SQLException("Referential integrity constraint violation", "23503");
    assertThat(ResetFailures.reasonFor(new ModelDuplicateException("Duplicate resource error", h2)))
        .isEqualTo(ResetFailures.CHANGED_CONCURRENTLY);
    assertThat(ResetFailures.reasonFor(new RuntimeException(h2)))
        .isEqualTo(ResetFailures.CHANGED_CONCURRENTLY);
  }

  @Test
  void anythingElseIsAnInternalErrorWithoutItsText() {
    String reason =
        ResetFailures.reasonFor(new ModelException(ROW_COUNT, new SQLException("disk full")));

    assertThat(reason).isEqualTo(ResetFailures.INTERNAL_ERROR).doesNotContain("CREDENTIAL");
    assertThat(ResetFailures.reasonFor(new IllegalStateException("x")))
        .isEqualTo(ResetFailures.INTERNAL_ERROR);
  }

  @Test
  void survivesACauseThatPointsAtItself() {
    RuntimeException loop = new RuntimeException("loop");
    assertThat(ResetFailures.reasonFor(new RuntimeException(loop)))
        .isEqualTo(ResetFailures.INTERNAL_ERROR);
  }
}
