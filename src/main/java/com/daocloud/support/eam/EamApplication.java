package com.daocloud.support.eam;

import java.time.LocalDate;

/** One row of {@code eam_applications}: what users read about an application for extended maintenance. */
public record EamApplication(
    long id,
    String number,
    String customerId,
    String cluster,
    String product,
    String version,
    int years,
    boolean stableEnvironment,
    boolean supportedConfiguration,
    boolean willingToUpgrade,
    boolean onLatestMaintenance,
    int eamYears,
    boolean eligible,
    String reason,
    LocalDate eossDate,
    LocalDate coverageStart,
    LocalDate coverageEnd,
    LocalDate arrearsFrom,
    LocalDate arrearsTo,
    LocalDate appliedOn,
    String appliedBy,
    String status,
    String decisionComment,
    String processInstanceId) {
}
