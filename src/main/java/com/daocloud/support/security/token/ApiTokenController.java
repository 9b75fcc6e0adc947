package com.daocloud.support.security.token;

import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = OpenApiConfiguration.TOKENS)
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
  @Operation(operationId = "createApiToken", summary = "Create an API token", description = """
      One of the customer's administrators (or an administrator) creates a token for a tool. The answer shows \
      the token this once; store it in the tool, which sends `Authorization: Bearer <token>` and acts for this \
      customer only.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "monitoring", summary = "A token for the customer's monitoring system",
      description = "The answer shows the token this once",
      value = "{\"name\": \"monitoring\"}")))
  @ApiResponse(responseCode = "201", description = "The token, shown this once", useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public ResponseEntity<ApiTokens.Created> create(@PathVariable String id, @RequestBody TokenRequest body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(tokens.create(CurrentUser.get(), id, body.name()));
  }

  @GetMapping("/api/customers/{id}/tokens")
  @Operation(operationId = "listApiTokens",
      summary = "List API tokens", description = "The customer's tokens, without their secrets.")
  @ApiProblems({HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND})
  public List<ApiToken> list(@PathVariable String id) {
    return tokens.list(CurrentUser.get(), id);
  }

  @DeleteMapping("/api/customers/{id}/tokens/{tokenId}")
  @Operation(operationId = "revokeApiToken",
      summary = "Revoke an API token", description = "The tool that uses it is refused from now on.")
  @ApiResponse(responseCode = "204", description = "Revoked")
  @ApiProblems({HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND})
  public ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String tokenId) {
    tokens.revoke(CurrentUser.get(), id, tokenId);
    return ResponseEntity.noContent().build();
  }
}
