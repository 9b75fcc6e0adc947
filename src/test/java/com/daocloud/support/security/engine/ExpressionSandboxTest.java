package com.daocloud.support.security.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Finding 2: the engine's expression language refuses every way out into the JVM, in every
 * expression (models of administrators included); ordinary expressions keep working. The expressions
 * are evaluated as the engine evaluates JUEL in decision tables ({@code createElContext}); BPMN
 * expressions use the same resolver chain.
 */
class ExpressionSandboxTest {

  @TempDir
  Path dir;

  private GenericApplicationContext beans;
  private SandboxedExpressionManager sandboxed;

  /** A delegate bean, as the processes reference them. */
  public static class NoteDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
    }

    public String note(String text) {
      return "noted: " + text;
    }
  }

  /** A model helper that marks itself as one, like {@code decisionOutputs}. */
  public static class Outputs implements ModelExpressionBean {
    public String customerWait(String outcome) {
      return "solution".equals(outcome) ? "P7D" : "P14D";
    }
  }

  /** A bean that is not glue, like the data source or the environment. */
  public static class Secrets {
    public String password() {
      return "s3cret";
    }
  }

  @BeforeEach
  void context() {
    beans = new GenericApplicationContext();
    beans.registerBean("noteDelegate", NoteDelegate.class, NoteDelegate::new);
    beans.registerBean("secrets", Secrets.class, Secrets::new);
    beans.registerBean("outputs", Outputs.class, Outputs::new);
    beans.refresh();
    sandboxed = new SandboxedExpressionManager(beans);
  }

  private Object evaluate(JuelExpressionManager manager, String expression, VariableContext variables) {
    return manager.createValueExpression(expression).getValue(manager.createElContext(variables));
  }

  private Object evaluate(String expression) {
    return evaluate(sandboxed, expression, Variables.createVariables()
        .putValue("level", 1).putValue("text", "hello")
        .putValue("list", new ArrayList<>(List.of("a", "b"))).putValue("map", new HashMap<>(Map.of("k", "v"))).asVariableContext());
  }

  /** Creates the file synchronously, through reflection from a string, as an attacker would. */
  static String canary(Path file) {
    return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
        + file + "').createNewFile()}";
  }

  @Test
  @DisplayName("Finding 2: the canary expression runs a command in Camunda's own expression manager (the test's attack is real)")
  void canaryRunsWithoutTheSandbox() {
    Path file = dir.resolve("unsandboxed");

    Object created = evaluate(new SpringExpressionManager(beans), canary(file),
        Variables.createVariables().asVariableContext());

    assertThat(created).isEqualTo(true);
    assertThat(file).exists();
  }

  @Test
  @DisplayName("Finding 2: the same expression is refused by the sandbox and the canary never appears")
  void canaryIsRefused() {
    Path file = dir.resolve("sandboxed");

    assertThatThrownBy(() -> evaluate(canary(file))).isInstanceOf(ExpressionRefusedException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  @DisplayName("Finding 2: reflection, class loading, processes, files and system access are refused in every spelling")
  void reflectiveExpressionsAreRefused() {
    List<String> refused = List.of(
        "${text.getClass()}",
        "${text.class}",
        "${text['class']}",
        "${text.getClass().forName('java.lang.Runtime')}",
        "${text.getClass().getClassLoader()}",
        "${level.getClass().getName()}",
        "${list.getClass().getDeclaredMethods()}",
        "${map.getClass()}",
        "${noteDelegate.getClass()}",
        "${noteDelegate.class.classLoader}",
        "${text.getClass().getModule()}",
        "${level.getInteger('java.home')}",
        "${text.wait()}",
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('true')}",
        "${secrets.password()}");

    for (String expression : refused) {
      assertThatThrownBy(() -> evaluate(expression)).as(expression)
          .isInstanceOf(ExpressionRefusedException.class)
          .hasMessageStartingWith("Expression refused");
    }
  }

  @Test
  @DisplayName("Finding 2: objects of a refused kind cannot be used, even when a variable hands them in")
  void refusedObjectsCannotBeUsed() throws Exception {
    Path file = dir.resolve("file-variable");
    VariableContext variables = Variables.createVariables()
        .putValue("path", file).putValue("type", String.class)
        .putValue("runtime", Runtime.getRuntime()).putValue("file", file.toFile()).asVariableContext();

    for (String expression : List.of("${path.toFile().createNewFile()}", "${type.forName('java.lang.Runtime')}",
        "${runtime.exec('touch " + file + "')}", "${file.createNewFile()}", "${path.getFileSystem()}")) {
      assertThatThrownBy(() -> evaluate(sandboxed, expression, variables)).as(expression)
          .isInstanceOf(ExpressionRefusedException.class);
    }
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  @DisplayName("Ordinary expressions keep working: variables, conditions, collections, methods of values, delegate beans")
  void ordinaryExpressionsWork() {
    assertThat(evaluate("${level == 1}")).isEqualTo(true);
    assertThat(evaluate("${level == 1 && text == 'hello'}")).isEqualTo(true);
    assertThat(evaluate("${text.toUpperCase()}")).isEqualTo("HELLO");
    assertThat(evaluate("${text.length()}")).isEqualTo(5);
    assertThat(evaluate("${list[1]}")).isEqualTo("b");
    assertThat(evaluate("${list.size()}")).isEqualTo(2);
    assertThat(evaluate("${map.k}")).isEqualTo("v");
    assertThat(evaluate("${empty list ? 'none' : 'some'}")).isEqualTo("some");
    assertThat(evaluate("${noteDelegate}")).isInstanceOf(NoteDelegate.class);
    assertThat(evaluate("${noteDelegate.note(text)}")).isEqualTo("noted: hello");
  }

  @Test
  @DisplayName("A bean that marks itself as a model helper (ModelExpressionBean) is reachable, as the incident model's "
      + "decisionOutputs and incidentSettings are; the sandbox still guards its methods")
  void modelHelpersAreReachable() {
    assertThat(evaluate("${outputs.customerWait('solution')}")).isEqualTo("P7D");
    assertThatThrownBy(() -> evaluate("${outputs.getClass()}")).isInstanceOf(ExpressionRefusedException.class);
  }

  @Test
  @DisplayName("A bean that is not a delegate or listener is refused by name; an unknown name stays unknown")
  void onlyDelegateBeansAreReachable() {
    assertThatThrownBy(() -> evaluate("${secrets}")).isInstanceOf(ExpressionRefusedException.class)
        .hasMessageContaining("'secrets'");
    assertThatThrownBy(() -> evaluate("${noSuchBean}")).isNotInstanceOf(ExpressionRefusedException.class);
  }
}
