package com.daocloud.support.security.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Wraps the engine's whole resolver chain: every property and method step of every expression passes
 * {@link ExpressionSandbox} before the chain resolves it, and its result after. JUEL resolves every
 * property and every method call through the context's resolver, so no step goes around it.
 */
final class SandboxElResolver extends ELResolver {

  private final ELResolver chain;

  SandboxElResolver(ELResolver chain) {
    this.chain = chain;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    ExpressionSandbox.checkStep(base, property);
    return ExpressionSandbox.checkResult(chain.getValue(context, base, property));
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes,
      Object[] params) {
    ExpressionSandbox.checkStep(base, method);
    if (params != null) {
      for (Object param : params) {
        ExpressionSandbox.checkResult(param);
      }
    }
    return ExpressionSandbox.checkResult(chain.invoke(context, base, method, paramTypes, params));
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    ExpressionSandbox.checkStep(base, property);
    return chain.getType(context, base, property);
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    ExpressionSandbox.checkStep(base, property);
    ExpressionSandbox.checkResult(value);
    chain.setValue(context, base, property, value);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    ExpressionSandbox.checkStep(base, property);
    return chain.isReadOnly(context, base, property);
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    ExpressionSandbox.checkStep(base, null);
    return chain.getFeatureDescriptors(context, base);
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    ExpressionSandbox.checkStep(base, null);
    return chain.getCommonPropertyType(context, base);
  }

  @Override
  public Object convertToType(ELContext context, Object obj, Class<?> type) {
    ExpressionSandbox.checkResult(obj);
    return chain.convertToType(context, obj, type);
  }
}
