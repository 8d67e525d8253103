package io.github.passwordcare.production.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server both nodes send to (GreenMail, 127.0.0.1, a free port): mail by recipient, and
 * the SSPR code in the newest one. Codes are sent off the request thread, so readers wait.
 */
public final class ClusterMail implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6,10})\\s*$");

  private final GreenMail greenMail;
  private final int port;

  private ClusterMail(GreenMail greenMail, int port) {
    this.greenMail = greenMail;
    this.port = port;
  }

  static ClusterMail start(int port) {
    GreenMail greenMail =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return new ClusterMail(greenMail, port);
  }

  int port() {
    return port;
  }

  public List<MimeMessage> to(String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
  }

  /** Waits until {@code address} has more than {@code before} emails; returns the newest code. */
  public String nextCode(String address, int before) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> messages = to(address);
      if (messages.size() > before) {
        String text = GreenMailUtil.getBody(messages.get(messages.size() - 1));
        Matcher m = CODE.matcher(text.replace("=\r\n", "").replace("\r", ""));
        if (!m.find()) {
          throw new AssertionError("no code in the email to " + address);
        }
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no email to " + address + " within 20 s");
  }

  /** Waits up to {@code millis} for {@code count} emails to {@code address}; returns how many. */
  public int awaitCount(String address, int count, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (to(address).size() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    return to(address).size();
  }

  private static boolean sentTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
