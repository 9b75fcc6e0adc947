package com.daocloud.support.s360.advisory;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.identity.EngineUsers;
import com.daocloud.support.incident.mail.MailQueue;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-2: e-mail to an S360 customer about an advisory: when it reaches the customer's installations and when
 * the dedicated team's assessment is recorded. It goes to the customer's support administrators (CUS-1, primary
 * and backup: the customer's named contacts), at the address on their user record; a customer whose
 * administrators have no address gets no mail and reads its notices at {@code GET /api/advisories}. Queued in
 * the caller's transaction through the application's mail process ({@link MailQueue}).
 */
@Component
public class AdvisoryMails {

  private final MailQueue mail;
  private final EngineUsers users;

  public AdvisoryMails(MailQueue mail, EngineUsers users) {
    this.mail = mail;
    this.users = users;
  }

  /** The advisory reached these installations of the customer; @return the number of mails queued. */
  public int published(Customer customer, Advisory advisory, List<String> clusters) {
    String subject = subject(advisory, "New " + describe(advisory));
    String text = """
        A %s concerns your installations %s of %s:

        %s
        Severity: %s; CVE ids: %s
        Affected versions: %s; fixed in %s

        Your dedicated S360 team assesses it for your installations and tells you whether an upgrade is \
        recommended, a workaround applies or you are not affected.
        You can read the advisory at any time: GET /api/advisories?customerId=%s
        """.formatted(describe(advisory), String.join(", ", clusters), advisory.product(), advisory.title(),
        advisory.severity(), advisory.cveIds().isEmpty() ? "none" : String.join(", ", advisory.cveIds()),
        String.join("; ", advisory.affected()), advisory.fixedIn(), customer.id());
    return send(customer, advisory, subject, text);
  }

  /** The team's assessment for one installation; @return the number of mails queued. */
  public int assessed(Customer customer, Advisory advisory, String cluster, String assessment, String note) {
    String subject = subject(advisory, "Assessment for " + cluster);
    String text = """
        Your dedicated S360 team assessed the %s "%s" for your installation %s: %s.
        %s
        You can read the advisory and the assessment at any time: GET /api/advisories?customerId=%s
        """.formatted(describe(advisory), advisory.title(), cluster, assessment.replace('-', ' '),
        note == null || note.isBlank() ? "" : "\n" + note.strip() + "\n", customer.id());
    return send(customer, advisory, subject, text);
  }

  private int send(Customer customer, Advisory advisory, String subject, String text) {
    int queued = 0;
    for (String address : users.emails(customer.administrators())) {
      if (mail.queue(UpgradeAdvisoryProcess.businessKey(advisory.id()), address, subject, text)) {
        queued++;
      }
    }
    return queued;
  }

  private static String subject(Advisory advisory, String headline) {
    return "[" + UpgradeAdvisoryProcess.businessKey(advisory.id()) + "] " + headline + ": " + advisory.title();
  }

  private static String describe(Advisory advisory) {
    return Advisory.VULNERABILITY.equals(advisory.kind()) ? "community vulnerability report" : "product update report";
  }
}
