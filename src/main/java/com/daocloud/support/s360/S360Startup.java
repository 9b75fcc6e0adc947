package com.daocloud.support.s360;

import com.daocloud.support.s360.inspection.InspectionCadence;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Puts every S360 installation on its inspection cadence at start-up, after the demo data (in the demo
 * profile) is written; {@link InspectionCadence} repeats it every hour (hence the scheduling).
 */
@Configuration
@EnableScheduling
@Order(200)
public class S360Startup implements ApplicationRunner {

  private final InspectionCadence cadence;

  public S360Startup(InspectionCadence cadence) {
    this.cadence = cadence;
  }

  @Override
  public void run(ApplicationArguments args) {
    cadence.ensureScheduled();
  }
}
