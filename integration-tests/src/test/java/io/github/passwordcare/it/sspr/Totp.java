package io.github.passwordcare.it.sspr;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * RFC 6238 TOTP as Keycloak's default OTP policy computes it (HmacSHA1, 6 digits, 30 s), from the
 * credential's secret as Keycloak stores it (the raw secret string, not Base32).
 */
public final class Totp {

  private Totp() {}

  /** Gives the user an OTP app credential with {@code secret}, the one {@link #now} answers for. */
  public static void register(RealmResource realm, String userId, String secret) {
    UserRepresentation user = realm.users().get(userId).toRepresentation();
    CredentialRepresentation otp = new CredentialRepresentation();
    otp.setType("otp");
    otp.setUserLabel("test app");
    otp.setSecretData("{\"value\":\"" + secret + "\"}");
    otp.setCredentialData(
        "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
    user.setCredentials(List.of(otp));
    realm.users().get(userId).update(user);
  }

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
