package com.daocloud.support.security.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The Spring beans that expressions may name: the processes' delegates and listeners
 * ({@code camunda:delegateExpression="${fooDelegate}"}) and our {@link ModelExpressionBean}s, nothing else. Camunda's own resolver hands
 * out every bean of the context (the data source, the environment with its secrets, the engine's
 * services); a bean that is not glue is refused by name, an unknown name stays unknown.
 */
final class DelegateBeanElResolver extends ELResolver {

  private static final Class<?>[] GLUE = {JavaDelegate.class, ExecutionListener.class, TaskListener.class,
      ModelExpressionBean.class};

  private final ListableBeanFactory beans;

  DelegateBeanElResolver(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name) || !beans.containsBean(name)) {
      return null;
    }
    if (!isGlue(name)) {
      throw new ExpressionRefusedException("Expression refused: bean '" + name
          + "' may not be used in expressions; only the processes' delegates and listeners may.");
    }
    context.setPropertyResolved(true);
    return beans.getBean(name);
  }

  private boolean isGlue(String name) {
    for (Class<?> type : GLUE) {
      if (beans.isTypeMatch(name, type)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Beans are never replaced from an expression.
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
