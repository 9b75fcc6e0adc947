package com.daocloud.support.deployment;

import com.daocloud.support.identity.Groups;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Checks every deployment before the engine parses it:
 * <ul>
 *   <li>no XML DOCTYPE (and so no external entity) in any resource;</li>
 *   <li>no scripts: the policy needs none, so script tasks, script listeners and script expression
 *       languages are refused rather than run;</li>
 *   <li>users other than administrators (policy analysts) deploy decision tables ({@code .dmn})
 *       only (CONTRACT §6);</li>
 *   <li>every decision resource passes the {@link PolicyGate}: a table that breaks the support policy
 *       is refused, whoever deploys it, the application's own start-up deployment included.</li>
 * </ul>
 * The application's own deployment at start-up has no authenticated user and passes the last check.
 */
public class DeploymentGuard implements Deployer {

  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT = Pattern.compile(
      "<([a-zA-Z0-9]+:)?scriptTask\\b|<camunda:script\\b|\\bscriptFormat\\s*="
          + "|expressionLanguage\\s*=\\s*\"(javascript|js|ecmascript|groovy|python|jython|jruby|ruby)\"",
      Pattern.CASE_INSENSITIVE);

  @Override
  public void deploy(DeploymentEntity deployment) {
    var resources = deployment.getResources();
    if (resources == null) {
      return;
    }
    for (ResourceEntity resource : resources.values()) {
      check(resource.getName(), resource.getBytes());
    }
    checkDeployer(resources.keySet().stream().toList());
    // Only new deployments: the engine also runs its deployers when it reloads a stored deployment
    // into its cache, and a version that was accepted once must stay loadable.
    if (deployment.isNew()) {
      for (ResourceEntity resource : resources.values()) {
        if (resource.getBytes() != null && PolicyGate.isDecisionResource(resource.getName())) {
          PolicyGate.check(resource.getName(), resource.getBytes());
        }
      }
    }
  }

  static void check(String name, byte[] bytes) {
    if (bytes == null) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (DOCTYPE.matcher(text).find()) {
      throw new BadUserRequestException(
          "Resource '" + name + "' declares a DOCTYPE; DOCTYPE and external entities are refused.");
    }
    if (isModel(name) && SCRIPT.matcher(text).find()) {
      throw new BadUserRequestException(
          "Resource '" + name + "' contains a script; scripts are disabled on this engine.");
    }
  }

  private static void checkDeployer(List<String> resourceNames) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return;
    }
    String userId = commandContext.getAuthenticatedUserId();
    List<String> groups = commandContext.getAuthenticatedGroupIds();
    if (userId == null || (groups != null && groups.contains(Groups.ADMIN))) {
      return;
    }
    for (String name : resourceNames) {
      if (!name.toLowerCase(Locale.ROOT).endsWith(".dmn")) {
        throw new AuthorizationException("User '" + userId + "' may deploy decision tables (.dmn) "
            + "only; '" + name + "' is not one.");
      }
    }
  }

  private static boolean isModel(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml") || lower.endsWith(".dmn")
        || lower.endsWith(".dmn11.xml") || lower.endsWith(".cmmn") || lower.endsWith(".xml");
  }
}
