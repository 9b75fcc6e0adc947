package com.daocloud.support.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/**
 * The phases of decision {@code support-lifecycle} (LC-1), as the table writes them: {@code extended} from the
 * end of standard support (support only under an extended-maintenance contract, EAM-4), {@code ended} from the
 * end of support life (deprecated software, best effort, LC-4).
 */
public enum LifecyclePhase {
  PRE_RELEASE("pre-release"),
  FULL("full"),
  EXTENDED("extended"),
  ENDED("ended");

  private final String code;

  LifecyclePhase(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<LifecyclePhase> ofCode(String code) {
    return Arrays.stream(values()).filter(phase -> phase.code.equals(code)).findFirst();
  }
}
