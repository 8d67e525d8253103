package io.github.passwordcare.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's own realm: created with the demo realm's password policy, filled with users by
 * partial import (no credentials, so each reset costs exactly one password hash), deleted after.
 */
public final class BenchRealm {

  private static final int IMPORT_CHUNK = 500;

  private final AdminApi api;
  private final String name;

  public BenchRealm(AdminApi api, String name) {
    this.api = api;
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** Replaces a realm left over from an interrupted run. */
  public void create(String passwordPolicy) throws IOException, InterruptedException {
    api.deleteRealm(name);
    api.createRealm(Map.of("realm", name, "enabled", true, "passwordPolicy", passwordPolicy));
  }

  /** Users {@code prefix-0001} .. {@code prefix-count}, ids in the same order. */
  public List<String> addUsers(String prefix, int count) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>(count);
    for (int from = 0; from < count; from += IMPORT_CHUNK) {
      List<String> usernames = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + IMPORT_CHUNK); i++) {
        usernames.add(String.format("%s-%04d", prefix, i + 1));
      }
      ids.addAll(api.importUsers(name, usernames));
    }
    return ids;
  }

  public void delete() throws IOException, InterruptedException {
    api.deleteRealm(name);
  }
}
