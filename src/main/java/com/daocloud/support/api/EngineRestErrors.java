package com.daocloud.support.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} answers a refusal by our own task listeners as what it is: the engine wraps a
 * listener's {@link AuthorizationException} (L12-6: a Level 1 task stays with its engineer) or
 * {@link BadUserRequestException} (an outcome outside CONTRACT §7) in a plain engine exception, which
 * the REST API would otherwise report as a 500.
 */
@Configuration
public class EngineRestErrors {

  @Bean
  ResourceConfigCustomizer listenerRefusalsAreClientErrors() {
    return config -> config.register(ListenerRefusalMapper.class);
  }

  /** Takes precedence over Camunda's own mapper for the same exception type. */
  @Priority(1)
  public static class ListenerRefusalMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
          return camunda.toResponse((ProcessEngineException) cause);
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
