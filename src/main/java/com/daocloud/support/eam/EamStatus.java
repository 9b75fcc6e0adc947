package com.daocloud.support.eam;

/** What a customer reads as an EAM application's {@code status}. */
public final class EamStatus {

  /** Eligible; a support manager approves or rejects it. */
  public static final String PENDING_APPROVAL = "pending-approval";
  /** The decision refused it; {@code reason} says why. */
  public static final String INELIGIBLE = "ineligible";
  /**
   * EAM-4: approved, but the contract is recorded only once the arrears from the end of standard support are paid;
   * customer service or a manager confirms the payment.
   */
  public static final String AWAITING_ARREARS = "awaiting-arrears";
  /** Approved: the EAM contract is recorded and entitlement honours it (EAM-2). */
  public static final String APPROVED = "approved";
  /** A manager rejected it; {@code reason} = {@link #REASON_REJECTED}, the manager's comment beside it. */
  public static final String REJECTED = "rejected";
  public static final String REASON_REJECTED = "rejected-by-manager";
  /** EAM-4: approved, but the arrears were not paid, so no contract is recorded. */
  public static final String REASON_ARREARS_UNPAID = "arrears-unpaid";

  private EamStatus() {
  }
}
