package com.daocloud.support.incident.mail;

import com.daocloud.support.incident.mail.IncidentMailProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail update through the configured SMTP server ({@code spring.mail.*}). A failure
 * propagates: the engine retries the job and finally raises a Cockpit incident (no retry loops of our own).
 *
 * <p>Sending is at least once: a node that dies after the SMTP server accepted the mail but before the
 * job committed leaves the job to another node, which sends it again. Every send of one update therefore
 * carries the same {@code Message-ID} (from the update's process instance), so mail systems and clients
 * recognise the second copy as the same message.
 */
@Component("sendIncidentMailDelegate")
public class SendIncidentMailDelegate implements JavaDelegate {

  private static final String MESSAGE_ID = "Message-ID";

  private final JavaMailSender mailSender;
  private final String from;

  public SendIncidentMailDelegate(JavaMailSender mailSender, @Value("${dce.mail.from}") String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
    mail.setFrom(from);
    // One mailbox, never a group the parser would expand into several recipients.
    String to = (String) execution.getVariable(Vars.TO);
    mail.setTo(Mailbox.parse(to).orElseThrow(() -> new MessagingException("Not one mailbox: " + to)));
    mail.setSubject((String) execution.getVariable(Vars.SUBJECT));
    mail.setText((String) execution.getVariable(Vars.TEXT));
    // Spring's sender keeps a Message-ID that is set before sending.
    message.setHeader(MESSAGE_ID, messageId(execution.getProcessInstanceId()));
    mailSender.send(message);
  }

  /** The same for every send of one update; unique per update (one process instance each). */
  String messageId(String processInstanceId) {
    String domain = from.substring(from.lastIndexOf('@') + 1);
    return "<incident-update." + processInstanceId + "@" + domain + ">";
  }
}
