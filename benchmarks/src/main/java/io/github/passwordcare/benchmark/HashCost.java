package io.github.passwordcare.benchmark;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The cost of one Keycloak password hash, timed in this JVM with the library and parameters the
 * server uses: Keycloak 26.5.6's default {@code argon2} provider ({@code
 * org.keycloak.crypto.hash.Argon2Parameters}: argon2id, version 1.3, 5 iterations, 7168 KiB,
 * parallelism 1, 32-byte hash; 16-byte salt from {@code Salt.generateSalt()}) calls BouncyCastle's
 * {@link Argon2BytesGenerator}, the same bcprov version as the distribution ships.
 */
final class HashCost {

  static final int ITERATIONS = 5;
  static final int MEMORY_KIB = 7168;
  static final int PARALLELISM = 1;
  static final int HASH_BYTES = 32;
  static final int SALT_BYTES = 16;

  private final SecureRandom random = new SecureRandom();
  private final char[] password = "Pc-benchmark-Hash-7!".toCharArray();

  HashTiming.Measurement measure(int warmup, int samples, int parallelHashes, int threads)
      throws Exception {
    return HashTiming.measure(this::hashOnce, warmup, samples, parallelHashes, threads);
  }

  void hashOnce() {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withIterations(ITERATIONS)
            .withMemoryAsKB(MEMORY_KIB)
            .withParallelism(PARALLELISM)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] hash = new byte[HASH_BYTES];
    generator.generateBytes(password, hash);
  }
}
