package com.daocloud.support.eam.api;

import com.daocloud.support.eam.EamApplication;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What the EAM endpoints answer (the support site reads them too, docs/portal.md). */
public final class EamViews {

  private EamViews() {
  }

  /** 201 of {@code POST /api/eam-applications} (docs/processes.md), with the status. */
  @Schema(name = "EamApplicationRecorded", description = "The recorded application, its eligibility and terms")
  public record Created(String number, boolean eligible, String reason, LocalDate coverageStart, LocalDate coverageEnd,
      LocalDate arrearsFrom, LocalDate arrearsTo, String status) {
  }

  @Schema(name = "EamApplication", description = "An EAM application and where it stands")
  public record Detail(String number, String customerId, String installation, String product, String version, int years,
      boolean stableEnvironment, boolean supportedConfiguration, boolean willingToUpgrade,
      boolean onLatestMaintenanceVersion, int eamYears, boolean eligible, String reason, LocalDate eossDate,
      LocalDate coverageStart, LocalDate coverageEnd, LocalDate arrearsFrom, LocalDate arrearsTo,
      LocalDate appliedOn, String appliedBy, String status, String comment) {
  }

  static Created created(EamApplication a) {
    return new Created(a.number(), a.eligible(), a.reason(), a.coverageStart(), a.coverageEnd(), a.arrearsFrom(),
        a.arrearsTo(), a.status());
  }

  static Detail detail(EamApplication a) {
    return new Detail(a.number(), a.customerId(), a.cluster(), a.product(), a.version(), a.years(),
        a.stableEnvironment(), a.supportedConfiguration(), a.willingToUpgrade(), a.onLatestMaintenance(),
        a.eamYears(), a.eligible(), a.reason(), a.eossDate(), a.coverageStart(), a.coverageEnd(), a.arrearsFrom(),
        a.arrearsTo(), a.appliedOn(), a.appliedBy(), a.status(), a.decisionComment());
  }
}
