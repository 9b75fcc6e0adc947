package com.daocloud.support.incident;

import com.daocloud.support.sla.ResponseTerms;
import com.daocloud.support.sla.ResponseTermsLookup;
import java.util.Map;

/** A fake of the deployed {@code response-sla} decision: RSP-1's table (docs/policy.md), written out. */
public final class ContractResponseTerms implements ResponseTermsLookup {

  private static final String REMOTE = "customer-service,phone,remote";
  private static final String ON_SITE = REMOTE + ",on-site";

  private static final Map<String, String[]> TABLE = Map.ofEntries(
      Map.entry("1/standard", new String[] {"PT4H", "24x7", REMOTE}),
      Map.entry("1/premium", new String[] {"PT2H", "24x7", ON_SITE}),
      Map.entry("1/professional", new String[] {"PT1H", "24x7", ON_SITE}),
      Map.entry("2/standard", new String[] {"PT8H", "5x8", REMOTE}),
      Map.entry("2/premium", new String[] {"PT4H", "24x7", ON_SITE}),
      Map.entry("2/professional", new String[] {"PT2H", "24x7", ON_SITE}),
      Map.entry("3/standard", new String[] {"P2D", "5x8", REMOTE}),
      Map.entry("3/premium", new String[] {"P1D", "5x8", REMOTE}),
      Map.entry("3/professional", new String[] {"PT4H", "5x8", ON_SITE}),
      Map.entry("4/standard", new String[] {"P4D", "5x8", REMOTE}),
      Map.entry("4/premium", new String[] {"P2D", "5x8", REMOTE}),
      Map.entry("4/professional", new String[] {"P1D", "5x8", ON_SITE}));

  @Override
  public ResponseTerms terms(int level, String serviceTier) {
    if (level == 5) {
      String cadence = switch (serviceTier) {
        case "standard" -> "none";
        case "premium" -> "regular";
        default -> "monthly";
      };
      return new ResponseTerms(5, serviceTier, null, null,
          "professional".equals(serviceTier) ? ON_SITE : REMOTE, cadence, "response-sla:1:fake", 1);
    }
    String[] row = TABLE.get(level + "/" + serviceTier);
    return new ResponseTerms(level, serviceTier, row[0], row[1], row[2], null, "response-sla:1:fake", 1);
  }
}
