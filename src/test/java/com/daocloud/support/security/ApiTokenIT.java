package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Integrations without lock-outs: API tokens that a customer's administrators (CUS-1) or an administrator
 * create and revoke, stored hashed, shown once, acting for one customer as a customer user on
 * {@code /api} only (docs/security.md).
 */
@IntegrationTest
class ApiTokenIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityService identityService;

  @Autowired
  CustomerService customers;

  @Test
  @DisplayName("Finding 5, tokens: a customer's administrator creates a token that is shown once and stored only as a hash; it acts for that customer on /api, never as staff, never on /engine-rest or the webapps, and answers 401 at once when revoked")
  void tokenLifecycle() throws Exception {
    // Given acme's administrator (CUS-1)
    Api admin = Api.as(port, "acme-admin");
    String name = "nightly export " + UUID.randomUUID().toString().substring(0, 8);

    // When it creates a token
    Api.Response created = admin.post("/api/customers/acme/tokens", "{\"name\": \"" + name + "\"}");

    // Then the answer shows the secret, this once
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode token = created.json();
    String secret = token.get("token").asText();
    String id = token.get("id").asText();
    assertThat(secret).startsWith("dce_").hasSize(47);
    assertThat(token.get("name").asText()).isEqualTo(name);
    assertThat(token.get("createdBy").asText()).isEqualTo("acme-admin");
    assertThat(token.get("createdAt").asText()).isNotBlank();
    // only its SHA-256 is stored, nowhere the secret itself
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM dce_api_token WHERE id = ?", id);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("secret_sha256")).isEqualTo(sha256(secret));
    assertThat(rows.get(0).values()).noneMatch(value -> String.valueOf(value).contains(secret.substring(4)));
    // the list names it, without the secret
    Api.Response list = admin.get("/api/customers/acme/tokens");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains(id, name).doesNotContain(secret.substring(4), "\"token\"");

    // And the token acts for acme as a customer user
    Api bearer = bearer(secret);
    JsonNode incidents = bearer.get("/api/incidents").json();
    incidents.forEach(incident -> assertThat(incident.get("customerId").asText()).isEqualTo("acme"));
    assertThat(bearer.get("/api/customers/acme").status()).isEqualTo(200);
    Api.Response reported = bearer.post("/api/incidents", """
        {"customerId": "acme", "installation": "prod-1", "title": "Reported by a script", "description": "d",
         "requestType": "usage-question", "productionImpact": "none", "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Monitoring", "email": "ops@acme.example"}}""");
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    // of acme only
    assertThat(bearer.get("/api/incidents?customerId=globex").status()).isIn(403, 404);
    assertThat(bearer.get("/api/customers/globex").status()).isIn(403, 404);
    assertThat(bearer.post("/api/incidents", """
        {"customerId": "globex", "installation": "prod-1", "title": "t", "description": "d",
         "requestType": "usage-question", "productionImpact": "none", "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "M", "email": "ops@acme.example"}}""").status()).isIn(403, 404);
    // never as staff, never as a manager of tokens
    assertThat(bearer.put("/api/calendars/token-" + UUID.randomUUID().toString().substring(0, 8),
        "{\"windowStart\": \"09:00\", \"windowEnd\": \"18:00\"}").status()).isEqualTo(403);
    assertThat(bearer.get("/api/customers/acme/tokens").status()).isEqualTo(403);
    assertThat(bearer.post("/api/customers/acme/tokens", "{\"name\": \"minted by a token\"}").status()).isEqualTo(403);
    // never outside /api
    assertThat(bearer.get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
    assertThat(bearer.get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(bearer.get("/camunda/api/engine/engine/default/task?maxResults=1").status()).isNotEqualTo(200);
    assertThat(bearer.get("/camunda/api/admin/auth/user/default").status()).isNotEqualTo(200);

    // When the administrator revokes it: 204, and the token's very next request is a 401
    assertThat(admin.delete("/api/customers/acme/tokens/" + id).status()).isEqualTo(204);
    Api.Response revoked = bearer.get("/api/incidents");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.contentType()).startsWith("application/problem+json");
    assertThat(admin.get("/api/customers/acme/tokens").body()).doesNotContain(id);
    assertThat(admin.delete("/api/customers/acme/tokens/" + id).status()).as("revoked already").isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT revoked_by FROM dce_api_token WHERE id = ?", String.class, id))
        .isEqualTo("acme-admin");

    // Secrets that are not a token's authenticate nothing
    for (String wrong : List.of(secret.substring(0, 46) + (secret.endsWith("A") ? "B" : "A"), "dce_", "",
        secret + "x", sha256(secret))) {
      assertThat(bearer(wrong).get("/api/incidents").status()).as(wrong).isEqualTo(401);
    }
  }

  @Test
  @DisplayName("Finding 5, tokens: only the customer's own administrators and administrators manage its tokens; other customers' users learn nothing (404), other users are refused (403)")
  void whoManagesTokens() {
    String plainUser = "acme-staffer-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(plainUser);
    user.setPassword(plainUser);
    identityService.saveUser(user);
    identityService.createMembership(plainUser, Groups.CUSTOMERS);
    customers.assignUser(plainUser, "acme");

    // The primary administrator and the administrator may
    Api.Response byPrimary = Api.as(port, "acme-user").post("/api/customers/acme/tokens", "{\"name\": \"by primary\"}");
    assertThat(byPrimary.status()).as(byPrimary.body()).isEqualTo(201);
    Api.Response byAdmin = Api.as(port, "demo").post("/api/customers/acme/tokens", "{\"name\": \"by admin\"}");
    assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
    assertThat(byAdmin.json().get("createdBy").asText()).isEqualTo("demo");
    String tokenId = byAdmin.json().get("id").asText();

    // A name in use is a 409
    assertThat(Api.as(port, "demo").post("/api/customers/acme/tokens", "{\"name\": \"by admin\"}").status())
        .isEqualTo(409);

    // Refused: acme's plain user and the staff (403); globex's administrator (404, as for a customer that
    // does not exist)
    for (String refused : List.of(plainUser, "engineer", "service", "manager")) {
      Api api = Api.as(port, refused, refused.equals(plainUser) ? plainUser : refused);
      assertThat(api.post("/api/customers/acme/tokens", "{\"name\": \"x\"}").status()).as(refused).isEqualTo(403);
      assertThat(api.get("/api/customers/acme/tokens").status()).as(refused).isEqualTo(403);
      assertThat(api.delete("/api/customers/acme/tokens/" + tokenId).status()).as(refused).isEqualTo(403);
    }
    Api globexAdmin = Api.as(port, "globex-admin");
    assertThat(globexAdmin.post("/api/customers/acme/tokens", "{\"name\": \"x\"}").status()).isEqualTo(404);
    assertThat(globexAdmin.get("/api/customers/acme/tokens").status()).isEqualTo(404);
    assertThat(globexAdmin.get("/api/customers/no-such-customer/tokens").status()).isEqualTo(404);
    assertThat(globexAdmin.delete("/api/customers/acme/tokens/" + tokenId).status()).isEqualTo(404);
    assertThat(Api.as(port, "demo").get("/api/customers/no-such-customer/tokens").status()).isEqualTo(404);
    // globex's administrator cannot revoke acme's token through its own customer either
    assertThat(globexAdmin.delete("/api/customers/globex/tokens/" + tokenId).status()).isEqualTo(404);

    // The token still works after all that; both are revoked by acme's administrators
    assertThat(bearer(byAdmin.json().get("token").asText()).get("/api/incidents").status()).isEqualTo(200);
    assertThat(Api.as(port, "acme-admin").delete("/api/customers/acme/tokens/" + tokenId).status()).isEqualTo(204);
    assertThat(Api.as(port, "acme-user").delete("/api/customers/acme/tokens/" + byPrimary.json().get("id").asText())
        .status()).isEqualTo(204);
  }

  private Api bearer(String secret) {
    return Api.bearer(port, secret);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
