package io.github.passwordcare.it.contact;

import io.github.passwordcare.it.MailParts;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.testframework.mail.MailServer;

/** Emails in GreenMail by recipient, and the code in one (a line of 6 to 10 digits). */
final class ContactsMail {

  private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6,10})\\s*$");

  private ContactsMail() {}

  static List<MimeMessage> to(MailServer mail, String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
  }

  /** Waits until {@code address} has more than {@code before} emails; returns the newest one. */
  static MimeMessage next(MailServer mail, String address, int before) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> messages = to(mail, address);
      if (messages.size() > before) {
        return messages.get(messages.size() - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no email to " + address + " within 20 s");
  }

  /**
   * Waits for an email to {@code address}, after its first {@code before}, that holds a code (other
   * emails, such as a "password changed" notice, are passed over); returns the code.
   */
  static String nextCode(MailServer mail, String address, int before) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> messages = to(mail, address);
      for (MimeMessage message :
          messages.subList(Math.min(before, messages.size()), messages.size())) {
        Matcher m = CODE.matcher(MailParts.text(message));
        if (m.find()) {
          return m.group(1);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no code email to " + address + " within 20 s");
  }

  /** The subjects of the emails to {@code address}, oldest first. */
  static List<String> subjects(MailServer mail, String address) throws Exception {
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage message : to(mail, address)) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }

  static String codeIn(MimeMessage message) {
    String text = MailParts.text(message);
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
