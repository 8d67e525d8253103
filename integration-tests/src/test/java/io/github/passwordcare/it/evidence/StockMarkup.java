package io.github.passwordcare.it.evidence;

import io.github.passwordcare.it.AxeScan.Waiver;
import java.util.List;

/**
 * Serious/critical axe findings in markup that Keycloak's stock theme renders and this bundle
 * cannot change: each waived for one rule on one element, with the reason. Everything else fails
 * the evidence tests.
 */
final class StockMarkup {

  static final List<Waiver> WAIVERS =
      List.of(
          new Waiver(
              "label",
              "#kc-attempted-username",
              "keycloak.v2's template.ftl (macro username) shows the account being reset as a"
                  + " read-only <input> with no label on every page after the username step;"
                  + " the page heading and the 'Restart login' link beside it give the context."));

  private StockMarkup() {}
}
