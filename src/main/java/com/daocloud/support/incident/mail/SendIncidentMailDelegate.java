package com.daocloud.support.incident.mail;

import com.daocloud.support.incident.mail.IncidentMailProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail update through the configured SMTP server ({@code spring.mail.*}). A failure
 * propagates: the engine retries the job and finally raises a Cockpit incident (STYLE: no retry loops).
 */
@Component("sendIncidentMailDelegate")
public class SendIncidentMailDelegate implements JavaDelegate {

  private final JavaMailSender mailSender;
  private final String from;

  public SendIncidentMailDelegate(JavaMailSender mailSender, @Value("${dce.mail.from}") String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo((String) execution.getVariable(Vars.TO));
    message.setSubject((String) execution.getVariable(Vars.SUBJECT));
    message.setText((String) execution.getVariable(Vars.TEXT));
    mailSender.send(message);
  }
}
