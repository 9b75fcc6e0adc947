package com.daocloud.support.deployment;

import com.daocloud.support.identity.Groups;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Document;

/**
 * Checks every deployment before the engine parses it. Each model (BPMN, DMN, CMMN, any
 * {@code .xml}) is parsed as XML first ({@link ModelXml}) and the checks read the parsed document,
 * never the raw text:
 * <ul>
 *   <li>no DOCTYPE (and so no external entity), whatever the encoding;</li>
 *   <li>no scripts, for anyone: the policy needs none, so script tasks, {@code camunda:script},
 *       {@code scriptFormat} and conditions with a {@code language} are refused rather than run;</li>
 *   <li>users other than administrators (policy analysts) deploy decision tables ({@code .dmn})
 *       only, written in FEEL only: their tables are data, and JUEL would run Java;</li>
 *   <li>every decision resource passes the {@link PolicyGate}: a table that breaks the support policy
 *       is refused, whoever deploys it, the application's own start-up deployment included.</li>
 * </ul>
 * The application's own deployment at start-up has no authenticated user and is trusted as an
 * administrator's. Resources that are not XML (Camunda Forms, JSON) are not the guard's business.
 */
public class DeploymentGuard implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    var resources = deployment.getResources();
    if (resources == null) {
      return;
    }
    // The engine also runs its deployers when it loads a stored deployment into its cache, as
    // whoever's request needed it (an engineer opening a task): who deployed it and the policy's
    // rules were judged when it was new, and a version that was accepted once stays loadable.
    if (deployment.isNew()) {
      Author author = Author.current();
      checkAuthor(author, resources.keySet());
      for (ResourceEntity resource : resources.values()) {
        checkNew(resource.getName(), resource.getBytes(), author);
      }
    } else {
      for (ResourceEntity resource : resources.values()) {
        checkStored(resource.getName(), resource.getBytes());
      }
    }
  }

  /**
   * Everything a new resource must pass.
   *
   * @throws DeploymentRefusedException naming what is refused and where
   */
  static void checkNew(String name, byte[] bytes, Author author) {
    Document document = parsedModel(name, bytes);
    if (document == null) {
      return;
    }
    refuseScripts(name, document);
    if (PolicyGate.isDecisionResource(name)) {
      ModelLanguages.Allowed allowed = author.administrator()
          ? ModelLanguages.Allowed.FEEL_OR_JUEL : ModelLanguages.Allowed.FEEL;
      refuseLanguages(name, document, allowed, author.administrator()
          ? "decisions are written in FEEL or JUEL, never in a script language"
          : "policy analysts write FEEL only; leave expressionLanguage out (FEEL is the default)");
      PolicyGate.check(name, bytes, document);
    } else {
      refuseLanguages(name, document, ModelLanguages.Allowed.PROCESS,
          "models name no script language");
    }
  }

  /**
   * What a stored resource must still pass when the engine loads it again: no DOCTYPE, no script,
   * the policy's decisions in FEEL only (stored before these checks existed, such a resource stays
   * unloaded rather than running its code).
   */
  static void checkStored(String name, byte[] bytes) {
    Document document = parsedModel(name, bytes);
    if (document == null) {
      return;
    }
    refuseScripts(name, document);
    if (PolicyGate.isDecisionResource(name)) {
      PolicyGate.checkLanguages(name, document);
    }
  }

  private static Document parsedModel(String name, byte[] bytes) {
    if (bytes == null || !ModelXml.isXml(name)) {
      return null;
    }
    return ModelXml.parse(name, bytes);
  }

  private static void refuseScripts(String name, Document document) {
    List<ModelLanguages.Finding> scripts = ModelLanguages.scripts(document);
    if (!scripts.isEmpty()) {
      throw new DeploymentRefusedException(DeploymentRefusedException.Reason.SCRIPT,
          "Resource '" + name + "' contains a script; scripts are disabled on this engine: "
              + listed(scripts) + ".");
    }
  }

  private static void refuseLanguages(String name, Document document,
      ModelLanguages.Allowed allowed, String rule) {
    List<ModelLanguages.Finding> languages = ModelLanguages.expressionLanguages(document, allowed);
    if (!languages.isEmpty()) {
      throw new DeploymentRefusedException(DeploymentRefusedException.Reason.EXPRESSION_LANGUAGE,
          "Resource '" + name + "' names an expression language that is not accepted (" + rule
              + "): " + listed(languages) + ".");
    }
  }

  private static String listed(List<ModelLanguages.Finding> findings) {
    return findings.stream().map(ModelLanguages.Finding::toString).collect(Collectors.joining("; "));
  }

  private static void checkAuthor(Author author, Collection<String> resourceNames) {
    if (author.administrator()) {
      return;
    }
    for (String name : resourceNames) {
      if (!name.toLowerCase(Locale.ROOT).endsWith(".dmn")) {
        throw new AuthorizationException("User '" + author.userId() + "' may deploy decision "
            + "tables (.dmn) only; '" + name + "' is not one.");
      }
    }
  }

  /**
   * Who deploys: an administrator, the application itself (no authenticated user: the start-up
   * deployment) or another user allowed to deploy (a policy analyst).
   *
   * @param userId        null for the application itself
   * @param administrator whether the deployment may hold anything but FEEL decision tables
   */
  record Author(String userId, boolean administrator) {

    static final Author APPLICATION = new Author(null, true);

    static Author analyst(String userId) {
      return new Author(userId, false);
    }

    static Author current() {
      CommandContext commandContext = Context.getCommandContext();
      String userId = commandContext == null ? null : commandContext.getAuthenticatedUserId();
      if (userId == null) {
        return APPLICATION;
      }
      List<String> groups = commandContext.getAuthenticatedGroupIds();
      return new Author(userId, groups != null && groups.contains(Groups.ADMIN));
    }
  }
}
