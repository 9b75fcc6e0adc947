package com.daocloud.support.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON on {@code /api} is read with the types it is written in. Jackson's defaults turn {@code -1} into
 * {@code true}, {@code "true"} into a boolean, {@code 3.7} into {@code 3} and {@code 42} into the text
 * {@code "42"}: a client's mistake (or a probe) would be taken for a decision it never made, such as data
 * loss on an incident. Here each of these is a 400 naming the field. The engine's REST API has its own
 * mapper and keeps Camunda's behaviour.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

  @Bean
  public Jackson2ObjectMapperBuilderCustomizer strictJsonTypes() {
    return builder -> builder
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .postConfigurer(mapper -> {
          for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
              CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
          }
          mapper.coercionConfigFor(LogicalType.Boolean)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Integer)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        });
  }
}
