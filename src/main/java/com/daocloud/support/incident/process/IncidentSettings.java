package com.daocloud.support.incident.process;

import com.daocloud.support.security.engine.ModelExpressionBean;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings that {@code incident-handling}'s model reads in expressions ({@code ${incidentSettings.remoteAccessWait}})
 * and its delegates use, so that no instance carries a copy of them as a variable.
 */
@Component("incidentSettings")
public class IncidentSettings implements ModelExpressionBean {

  private final Duration remoteAccessWait;

  public IncidentSettings(@Value("${dce.incident.remote-access-wait:PT30M}") Duration remoteAccessWait) {
    this.remoteAccessWait = remoteAccessWait;
  }

  /** L12-2: how long the customer has to grant remote access to a Level 1 incident (ISO-8601 duration). */
  public String getRemoteAccessWait() {
    return remoteAccessWait.toString();
  }
}
