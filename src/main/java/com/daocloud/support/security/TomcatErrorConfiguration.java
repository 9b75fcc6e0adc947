package com.daocloud.support.security;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in place of the error report valve of Tomcat's host (Spring Boot
 * adds one without server information; ours also answers in problem details). Ordered last, so that
 * Spring Boot's own valve is already there to be replaced.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatErrorConfiguration
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      var pipeline = context.getParent().getPipeline();
      for (Valve valve : pipeline.getValves()) {
        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
          pipeline.removeValve(valve);
        }
      }
      ProblemErrorReportValve valve = new ProblemErrorReportValve();
      valve.setShowReport(false);
      valve.setShowServerInfo(false);
      pipeline.addValve(valve);
      // The host adds a valve of this class at its start unless one of exactly this class is there.
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
