package com.daocloud.support.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * No Spring MVC endpoint takes multipart bodies ({@code /api} is JSON; deployments go to the engine's
 * REST API, which parses its own). Spring's default resolver parses every multipart request before a
 * handler is chosen, so a malformed one (no boundary) failed outside the {@code /api} error handling as a
 * 500. With this resolver no request is multipart to Spring MVC: the handler refuses the content type
 * with a 415 problem.
 */
@Configuration(proxyBeanMethods = false)
public class JsonOnly {

  @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
  public MultipartResolver noMultipart() {
    return new MultipartResolver() {
      @Override
      public boolean isMultipart(HttpServletRequest request) {
        return false;
      }

      @Override
      public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
        throw new UnsupportedOperationException("no multipart requests are resolved");
      }

      @Override
      public void cleanupMultipart(MultipartHttpServletRequest request) {
        // nothing was resolved
      }
    };
  }
}
