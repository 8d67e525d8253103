package io.github.passwordcare.it.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.MailParts;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.testframework.mail.MailServer;

/**
 * The mails of one address in the run's shared GreenMail. The notice goes out in the request that
 * changed the password (after its commit), so once the browser is back at the app, it is there.
 */
final class JourneyMail {

  private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6,10})\\s*$");

  private final MailServer mail;

  JourneyMail(MailServer mail) {
    this.mail = mail;
  }

  List<MimeMessage> to(String address) throws Exception {
    List<MimeMessage> messages = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (address.equalsIgnoreCase(m.getAllRecipients()[0].toString())) {
        messages.add(m);
      }
    }
    return messages;
  }

  /** The one mail to {@code address} (waiting up to 10 s for it); fails on none or more. */
  MimeMessage onlyTo(String address) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (to(address).isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    List<MimeMessage> messages = to(address);
    assertThat(messages).as("mails to " + address).hasSize(1);
    return messages.get(0);
  }

  /**
   * Waits until {@code address} has more than {@code before} mails and returns the code in the
   * newest one (a line of digits only, as the SSPR code mail has it).
   */
  String nextCode(String address, int before) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (to(address).size() <= before && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    List<MimeMessage> messages = to(address);
    assertThat(messages).as("code mails to " + address).hasSizeGreaterThan(before);
    Matcher code = CODE.matcher(MailParts.text(messages.get(messages.size() - 1)));
    assertThat(code.find()).as("a code in the mail to " + address).isTrue();
    return code.group(1);
  }

  /** All parts of a mail (text and html) in one string. */
  static String body(MimeMessage message) throws Exception {
    return String.join("\n", MailParts.of(message).values());
  }
}
