package com.daocloud.support.security.engine;

import java.io.Closeable;
import java.io.Externalizable;
import java.io.Flushable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;
import org.camunda.bpm.impl.juel.jakarta.el.ELClass;

/**
 * What no expression may touch, whoever wrote it (a model deployed by an administrator included): the
 * ways out of the expression language into the JVM. Reflection and class loading, processes, files,
 * the network, naming and scripting services, the database connection, the Spring context and the
 * engine's own configuration (which would let an expression switch authorization off) are refused as
 * the object a property or method is taken from, as the result of a step, and by name.
 */
final class ExpressionSandbox {

  /** Packages whose types are refused, with their sub-packages. */
  private static final String[] PACKAGES = {
      "java.lang.reflect.", "java.lang.invoke.", "java.lang.ref.", "java.lang.instrument.",
      "java.lang.management.", "java.io.", "java.nio.", "java.net.", "java.sql.", "java.rmi.",
      "java.security.", "javax.sql.", "javax.script.", "javax.naming.", "javax.management.",
      "javax.tools.", "jdk.", "sun.", "com.sun.", "org.springframework.context.",
      "org.springframework.beans.", "org.springframework.core.env.", "org.springframework.core.io.",
      "org.springframework.jdbc.", "org.apache.ibatis.", "java.beans.", "javax.xml.",
      "org.camunda.bpm.impl.juel."};

  /** Single types of java.lang (and our own engine's configuration) that are refused. */
  private static final Set<Class<?>> TYPES = Set.of(Class.class, ClassLoader.class, Module.class,
      ModuleLayer.class, Runtime.class, ProcessBuilder.class, Process.class, ProcessHandle.class,
      System.class, Thread.class, ThreadGroup.class, StackWalker.class, Package.class,
      ELClass.class, ProcessEngineConfiguration.class, CommandContext.class, CommandExecutor.class,
      ExpressionManager.class, ScriptingEngines.class);

  /** Interfaces of java.io that ordinary values implement (String is Serializable); not a way out. */
  private static final Set<Class<?>> HARMLESS = Set.of(Serializable.class, Closeable.class,
      Flushable.class, Externalizable.class);

  /** Property and method names that lead to reflection or to the threads, whatever the object. */
  private static final Set<String> NAMES = Set.of("class", "getclass", "classloader",
      "getclassloader", "contextclassloader", "getcontextclassloader", "declaringclass",
      "getdeclaringclass", "module", "getmodule", "protectiondomain", "getprotectiondomain",
      "forname", "newinstance", "loadclass", "defineclass", "getmethod", "getmethods",
      "getdeclaredmethod", "getdeclaredmethods", "getconstructor", "getconstructors",
      "getdeclaredconstructor", "getdeclaredconstructors", "getfield", "getfields",
      "getdeclaredfield", "getdeclaredfields", "invoke", "exec", "load", "loadlibrary",
      "getruntime", "exit", "halt", "wait", "notify", "notifyall", "processengineconfiguration",
      "getprocessengineconfiguration", "getinteger", "getlong", "getboolean");

  private static final ClassValue<Boolean> REFUSED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return isRefusedType(type);
    }
  };

  private ExpressionSandbox() {
  }

  /** Refuses to take a property or call a method named so, or on such an object. */
  static void checkStep(Object base, Object name) {
    if (base != null && isRefused(base.getClass())) {
      throw refused("an object of a refused kind");
    }
    if (name instanceof String text && NAMES.contains(text.toLowerCase(Locale.ROOT))) {
      throw refused("'" + text + "'");
    }
  }

  /** Refuses a step whose result is of a refused kind, so that nothing can be done with it. */
  static Object checkResult(Object value) {
    if (value != null && isRefused(value.getClass())) {
      throw refused("a result of a refused kind");
    }
    return value;
  }

  static boolean isRefused(Class<?> type) {
    return REFUSED.get(type);
  }

  private static boolean isRefusedType(Class<?> type) {
    if (type.isArray()) {
      return isRefused(type.getComponentType());
    }
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      if (isRefusedName(current) || TYPES.contains(current)) {
        return true;
      }
      for (Class<?> contract : current.getInterfaces()) {
        if (!HARMLESS.contains(contract) && isRefused(contract)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isRefusedName(Class<?> type) {
    String name = type.getName();
    for (String prefix : PACKAGES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static ExpressionRefusedException refused(String what) {
    return new ExpressionRefusedException("Expression refused: " + what
        + " may not be used in expressions (reflection and system access are not allowed).");
  }
}
