package io.github.passwordcare.it.sspr;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 TOTP as Keycloak's default OTP policy computes it (HmacSHA1, 6 digits, 30 s), from the
 * credential's secret as Keycloak stores it (the raw secret string, not Base32).
 */
public final class Totp {

  private Totp() {}

  public static String now(String secret) throws Exception {
    long counter = System.currentTimeMillis() / 1000 / 30;
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
    int offset = hash[hash.length - 1] & 0xf;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    return String.format("%06d", binary % 1_000_000);
  }
}
