package com.daocloud.support.entitlement;

/** The reason codes of an {@link Entitlement}, kebab-case as the API writes them. */
public final class EntitlementReasons {

  public static final String UNKNOWN_CUSTOMER = "unknown-customer";
  public static final String UNKNOWN_INSTALLATION = "unknown-installation";
  /** ENT-1. */
  public static final String NO_MAINTENANCE_ORDER = "no-maintenance-order";
  /** ENT-3. */
  public static final String FEES_UNPAID = "fees-unpaid";
  /** SVC-1: the order does not buy SNS, the support service. */
  public static final String NO_SUPPORT_SERVICE = "no-support-service";
  /** ENT-4: before the cluster's licence activation or delivery. */
  public static final String SERVICE_NOT_STARTED = "service-not-started";
  /** ENT-4, ENT-5: after the cluster's purchased duration. */
  public static final String SERVICE_EXPIRED = "service-expired";
  /** ENT-2, LC-1: no lifecycle for the product or major version. */
  public static final String UNSUPPORTED_VERSION = "unsupported-version";
  /** LC-1. */
  public static final String PRE_RELEASE = "pre-release";
  /** LC-1, LC-4: deprecated software, best effort. */
  public static final String VERSION_ENDED = "version-ended";
  /** EAM-4: past the end of standard support without an extended-maintenance contract. */
  public static final String NO_EAM_CONTRACT = "no-eam-contract";
  /** LC-3: not on the latest version of the product. */
  public static final String NOT_LATEST_VERSION = "not-latest-version";
  /** CHG-5: returning after a lapse in the maintenance orders; overdue fees or re-certification still open. */
  public static final String LAPSE_REQUIREMENTS_OPEN = "lapse-requirements-open";
  /** LC-3: the release catalogue does not know the major.minor, so "latest" cannot be confirmed. */
  public static final String RELEASE_UNKNOWN = "release-unknown";
  /** EAM-2. */
  public static final String EXTENDED_MAINTENANCE = "extended-maintenance";
  public static final String COVERED = "covered";
  /** CHG-2: the downtime of a change is a Level 1 incident whatever the entitlement says. */
  public static final String CHANGE_DOWNTIME = "change-downtime";

  private EntitlementReasons() {
  }
}
