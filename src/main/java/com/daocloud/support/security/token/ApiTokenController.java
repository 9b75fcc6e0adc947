package com.daocloud.support.security.token;

import com.daocloud.support.security.CurrentUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST|GET /api/customers/{id}/tokens}, {@code DELETE /api/customers/{id}/tokens/{tokenId}}: a
 * customer's API tokens, for its administrators and administrators ({@link ApiTokens}).
 */
@RestController
public class ApiTokenController {

  /** The body of a creation: what the token is for. */
  public record TokenRequest(String name) {
  }

  private final ApiTokens tokens;

  public ApiTokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /** 201 with the secret, shown this once; store it in the tool that uses it. */
  @PostMapping("/api/customers/{id}/tokens")
  public ResponseEntity<ApiTokens.Created> create(@PathVariable String id, @RequestBody TokenRequest body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(tokens.create(CurrentUser.get(), id, body.name()));
  }

  @GetMapping("/api/customers/{id}/tokens")
  public List<ApiToken> list(@PathVariable String id) {
    return tokens.list(CurrentUser.get(), id);
  }

  @DeleteMapping("/api/customers/{id}/tokens/{tokenId}")
  public ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String tokenId) {
    tokens.revoke(CurrentUser.get(), id, tokenId);
    return ResponseEntity.noContent().build();
  }
}
