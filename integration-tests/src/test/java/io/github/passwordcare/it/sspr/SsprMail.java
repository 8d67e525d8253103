package io.github.passwordcare.it.sspr;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.testframework.mail.MailServer;

/**
 * Code emails in GreenMail, by recipient: codes arrive off the request thread, so wait for them.
 */
public final class SsprMail {

  private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6,10})\\s*$");

  private SsprMail() {}

  public static List<MimeMessage> to(MailServer mail, String address) throws Exception {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
  }

  /** Waits until {@code address} has more than {@code before} emails; returns the newest code. */
  public static String nextCode(MailServer mail, String address, int before) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> messages = to(mail, address);
      if (messages.size() > before) {
        return codeIn(messages.get(messages.size() - 1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no code email to " + address + " within 20 s");
  }

  static String codeIn(MimeMessage message) throws Exception {
    String text = MailText.of(message);
    Matcher m = CODE.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no code in email:\n" + text);
    }
    return m.group(1);
  }

  private static boolean sentTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (Exception e) {
      return false;
    }
  }
}
