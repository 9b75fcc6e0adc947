package com.daocloud.support.security.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** API tokens in {@code dce_api_token} (V8__api_tokens.sql): only the secret's SHA-256 is stored. */
@Repository
public class ApiTokenStore {

  /** The token found for a secret: which one, and the customer it acts for. */
  public record Active(String id, String customerId) {
  }

  private final JdbcTemplate jdbc;

  public ApiTokenStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String id, String customerId, String name, String secretSha256, Instant createdAt,
      String createdBy) {
    jdbc.update("INSERT INTO dce_api_token (id, customer_id, name, secret_sha256, created_at, created_by) "
        + "VALUES (?, ?, ?, ?, ?, ?)", id, customerId, name, secretSha256, Timestamp.from(createdAt), createdBy);
  }

  /** The customer's tokens that have not been revoked, oldest first. */
  public List<ApiToken> active(String customerId) {
    return jdbc.query("SELECT id, name, created_at, created_by FROM dce_api_token "
            + "WHERE customer_id = ? AND revoked_at IS NULL ORDER BY created_at, id",
        (rs, row) -> new ApiToken(rs.getString(1), rs.getString(2),
            OffsetDateTime.ofInstant(rs.getTimestamp(3).toInstant(), ZoneOffset.UTC), rs.getString(4)),
        customerId);
  }

  /** Revokes one of the customer's tokens; false when it has none by that id that is still valid. */
  public boolean revoke(String customerId, String id, Instant at, String by) {
    return jdbc.update("UPDATE dce_api_token SET revoked_at = ?, revoked_by = ? "
        + "WHERE id = ? AND customer_id = ? AND revoked_at IS NULL", Timestamp.from(at), by, id, customerId) > 0;
  }

  public Optional<Active> findActive(String secretSha256) {
    return jdbc.query("SELECT id, customer_id FROM dce_api_token WHERE secret_sha256 = ? AND revoked_at IS NULL",
        (rs, row) -> new Active(rs.getString(1), rs.getString(2)), secretSha256).stream().findFirst();
  }
}
