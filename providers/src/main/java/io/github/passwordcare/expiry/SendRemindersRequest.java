package io.github.passwordcare.expiry;

import io.github.passwordcare.common.StrictJson;

/** The body of {@code POST .../expiring-passwords/send-reminders}: {@code {"dryRun": true}}. */
record SendRemindersRequest(Boolean dryRun) {

  /** Parses the body; an empty body is {@code {}}. */
  static SendRemindersRequest parse(String json) {
    if (json == null || json.isBlank()) {
      return new SendRemindersRequest(null);
    }
    SendRemindersRequest request;
    try {
      request = StrictJson.read(json, SendRemindersRequest.class);
    } catch (StrictJson.InvalidJsonException e) {
      throw new ReportQuery.InvalidReportQueryException(
          "The request body is not valid JSON for send-reminders: " + e.getMessage() + ".");
    }
    if (request == null) {
      throw new ReportQuery.InvalidReportQueryException("The request body must be a JSON object.");
    }
    return request;
  }

  boolean isDryRun() {
    return Boolean.TRUE.equals(dryRun);
  }
}
