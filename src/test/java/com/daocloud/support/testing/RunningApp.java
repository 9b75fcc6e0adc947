package com.daocloud.support.testing;

import com.daocloud.support.DceSupportApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started and stopped by a test, for what a shared test context cannot show:
 * restarts and profiles. Only for tests in an {@code isolated} package (a JVM each).
 */
public final class RunningApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private RunningApp(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the application with the given profiles and {@code name=value} properties. */
  public static RunningApp start(String profiles, String... properties) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.profiles.active=" + profiles);
    for (String property : properties) {
      args.add("--" + property);
    }
    return new RunningApp(new SpringApplicationBuilder(DceSupportApplication.class)
        .run(args.toArray(String[]::new)));
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
