package com.daocloud.support.portal;

import com.daocloud.support.incident.api.IncidentRequest;

/**
 * The fields of the "Report an incident" form, as the browser sends them; {@link #request} makes the API's own
 * request of them, which is validated and reported exactly as {@code POST /api/incidents} would be.
 * {@code idempotencyKey} is made once per rendered form, so that a second click files nothing new.
 */
public class ReportForm {

  private String installation;
  private String title;
  private String description;
  private String requestType;
  private String productionImpact;
  private Boolean dataLoss;
  private Boolean workaroundAvailable;
  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private String idempotencyKey;

  IncidentRequest request(String customerId) {
    return new IncidentRequest(customerId, installation, title, description, requestType, productionImpact,
        dataLoss, workaroundAvailable, new IncidentRequest.ContactRequest(contactName, contactPhone, contactEmail));
  }

  /** The form field an {@link IncidentRequest} property path names ({@code contact.phone} is {@code contactPhone}). */
  static String field(String propertyPath) {
    return switch (propertyPath) {
      case "contact", "contact.name" -> "contactName";
      case "contact.phone" -> "contactPhone";
      case "contact.email" -> "contactEmail";
      default -> propertyPath;
    };
  }

  public String getInstallation() {
    return installation;
  }

  public void setInstallation(String installation) {
    this.installation = installation;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRequestType() {
    return requestType;
  }

  public void setRequestType(String requestType) {
    this.requestType = requestType;
  }

  public String getProductionImpact() {
    return productionImpact;
  }

  public void setProductionImpact(String productionImpact) {
    this.productionImpact = productionImpact;
  }

  public Boolean getDataLoss() {
    return dataLoss;
  }

  public void setDataLoss(Boolean dataLoss) {
    this.dataLoss = dataLoss;
  }

  public Boolean getWorkaroundAvailable() {
    return workaroundAvailable;
  }

  public void setWorkaroundAvailable(Boolean workaroundAvailable) {
    this.workaroundAvailable = workaroundAvailable;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }
}
