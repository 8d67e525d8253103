package io.github.passwordcare.it.sspr;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The text/plain part of an email (or its only part). */
final class MailText {

  private MailText() {}

  static String of(Part part) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = of(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
      return null;
    }
    return part.isMimeType("text/plain") ? part.getContent().toString() : null;
  }
}
