package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import java.net.http.HttpResponse;

/** Bulk-reset tests: one call to reset as a demo-realm user and read the JSON answer. */
abstract class AbstractBulkResetIT extends AbstractPasswordCareIT {

  /**
   * POSTs a bulk reset as {@code caller} (a demo-realm user) and returns the JSON answer, which
   * must be 200. The body is given as keys and values: {@code reset("helpdesk", "userIds",
   * List.of(id), "dryRun", true)}.
   */
  protected JsonNode reset(String caller, Object... bodyKeysAndValues) throws Exception {
    HttpResponse<String> response =
        post(
            BulkResetClient.PATH,
            tokenOf(caller),
            BulkResetClient.body(bodyKeysAndValues),
            "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return BulkResetClient.json(response.body());
  }
}
