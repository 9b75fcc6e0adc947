package com.daocloud.support.portal;

import com.daocloud.support.change.api.ChangeRequestBody;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The fields of the "Announce a change" form. The planned time is entered as a local date and time (the browser's
 * {@code datetime-local}) where the customer's system is; {@link #request} gives it that zone's offset and makes the
 * API's own request of the rest.
 */
public class ChangeForm {

  private String changeType;
  private String plannedAt;
  private String effectiveDate;
  private String newDataCenter;
  private String installation;
  private String description;

  ChangeRequestBody request(String customerId, ZoneId zone) {
    return new ChangeRequestBody(customerId, changeType, withOffset(plannedAt, zone), description, newDataCenter,
        effectiveDate == null || effectiveDate.isBlank() ? null : effectiveDate.trim(), installation, null);
  }

  /** {@code 2026-12-24T22:00} in {@code zone}; anything else is left for the API's validation to name. */
  static String withOffset(String local, ZoneId zone) {
    if (local == null || local.isBlank()) {
      return local;
    }
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(LocalDateTime.parse(local.trim()).atZone(zone));
    } catch (DateTimeParseException notLocal) {
      return local;
    }
  }

  public String getChangeType() {
    return changeType;
  }

  public void setChangeType(String changeType) {
    this.changeType = changeType;
  }

  public String getPlannedAt() {
    return plannedAt;
  }

  public void setPlannedAt(String plannedAt) {
    this.plannedAt = plannedAt;
  }

  public String getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(String effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  public String getNewDataCenter() {
    return newDataCenter;
  }

  public void setNewDataCenter(String newDataCenter) {
    this.newDataCenter = newDataCenter;
  }

  public String getInstallation() {
    return installation;
  }

  public void setInstallation(String installation) {
    this.installation = installation;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
