package io.github.passwordcare.bulkreset;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * The three forms of a bulk reset answer, chosen by {@code Accept}: JSON (one document at the end,
 * the default), CSV (the same rows as a file) and ndjson (one line per user as it finishes, then a
 * totals line), for calls large enough that a caller wants to see progress.
 */
enum BulkResetFormat {
  JSON(MediaType.APPLICATION_JSON_TYPE),
  CSV(new MediaType("text", "csv")),
  NDJSON(new MediaType("application", "x-ndjson"));

  private final MediaType type;

  BulkResetFormat(MediaType type) {
    this.type = type;
  }

  MediaType type() {
    return type;
  }

  /**
   * The form asked for: the first acceptable type (the list as JAX-RS sorts it, by quality and
   * precision) that one of ours matches; a wildcard means JSON, as does no {@code Accept} at all.
   * Empty when none matches (406).
   */
  static Optional<BulkResetFormat> negotiate(List<MediaType> acceptable) {
    if (acceptable == null || acceptable.isEmpty()) {
      return Optional.of(JSON);
    }
    for (MediaType t : acceptable) {
      if (t.isWildcardType() || t.isWildcardSubtype()) {
        if (t.isCompatible(JSON.type)) {
          return Optional.of(JSON);
        }
        if (t.isCompatible(CSV.type)) {
          return Optional.of(CSV);
        }
        continue;
      }
      for (BulkResetFormat format : values()) {
        if (t.isCompatible(format.type)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }
}
