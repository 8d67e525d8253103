package io.github.passwordcare.bulkreset;

import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
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
   * The form asked for: of the acceptable types, by quality ({@code q}, highest first; the order
   * given among equals; {@code q=0} means "not this"), the first that one of ours matches; a
   * wildcard means JSON, as does no {@code Accept} at all. Empty when none matches (406). The
   * quality is read here: RESTEasy Reactive hands the types over in the order the header lists
   * them.
   */
  static Optional<BulkResetFormat> negotiate(List<MediaType> acceptable) {
    if (acceptable == null || acceptable.isEmpty()) {
      return Optional.of(JSON);
    }
    List<MediaType> byQuality =
        acceptable.stream()
            .filter(t -> quality(t) > 0)
            .sorted(Comparator.comparingDouble(BulkResetFormat::quality).reversed())
            .toList();
    for (MediaType t : byQuality) {
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

  /** The {@code q} parameter, 1 when absent; 0 (never chosen) when it is not a number in [0, 1]. */
  static double quality(MediaType type) {
    String q = type.getParameters().get("q");
    if (q == null) {
      return 1;
    }
    try {
      double value = Double.parseDouble(q.trim());
      return value >= 0 && value <= 1 ? value : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
