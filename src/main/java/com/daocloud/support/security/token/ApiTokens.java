package com.daocloud.support.security.token;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerIds;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for customers' tools and scripts (docs/security.md). A customer's administrators (CUS-1)
 * or an administrator create and revoke them; a token acts for its one customer as a customer user
 * (group {@code customers}), on {@code /api} only, never as staff.
 *
 * <p>The secret is 32 random bytes: too many to guess, so an unsalted SHA-256 of it is a safe thing to
 * store and to look it up by. It is shown once, in the answer that creates the token, and never logged.
 */
@Service
public class ApiTokens {

  /** Secrets start with this, so that secret scanners and people recognise one. */
  static final String PREFIX = "dce_";
  static final int MAX_NAME = 100;
  /** A customer's scripts need a handful; a cap keeps a compromised administrator from minting thousands. */
  static final int MAX_ACTIVE = 20;
  /** Principal names of tokens; engine user ids cannot contain a colon, so no user can be mistaken for one. */
  static final String PRINCIPAL_PREFIX = "token:";

  private static final Pattern SECRET = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
  private static final Pattern TOKEN_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** The answer to a creation: the only time the secret is shown. */
  @Schema(name = "ApiTokenCreated", description = "A new token with its secret, shown this once")
  public record Created(String id, String name, String token, OffsetDateTime createdAt, String createdBy) {
  }

  private final ApiTokenStore store;
  private final CustomerDirectory customers;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  @Autowired
  public ApiTokens(ApiTokenStore store, CustomerDirectory customers) {
    this(store, customers, Clock.systemUTC());
  }

  ApiTokens(ApiTokenStore store, CustomerDirectory customers, Clock clock) {
    this.store = store;
    this.customers = customers;
    this.clock = clock;
  }

  @Transactional
  public Created create(CurrentUser caller, String customerId, String name) {
    manageable(caller, customerId);
    String given = validName(name);
    List<ApiToken> active = store.active(customerId);
    if (active.stream().anyMatch(token -> token.name().equals(given))) {
      throw new ApiException.Conflict("The customer already has a token named '" + given
          + "'; revoke it first or choose another name");
    }
    if (active.size() >= MAX_ACTIVE) {
      throw new ApiException.Conflict("The customer already has " + MAX_ACTIVE
          + " tokens; revoke one it no longer uses first");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    store.insert(id, customerId, given, sha256(secret), now, caller.userId());
    return new Created(id, given, secret, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), caller.userId());
  }

  @Transactional(readOnly = true)
  public List<ApiToken> list(CurrentUser caller, String customerId) {
    manageable(caller, customerId);
    return store.active(customerId);
  }

  /** Revokes at once: the token's next request is a 401. */
  @Transactional
  public void revoke(CurrentUser caller, String customerId, String tokenId) {
    manageable(caller, customerId);
    if (tokenId == null || !TOKEN_ID.matcher(tokenId).matches()) {
      throw new ApiException.BadRequest("tokenId", "must be the id of a token, as created");
    }
    if (!store.revoke(customerId, tokenId, clock.instant(), caller.userId())) {
      throw new ApiException.NotFound("The customer has no valid token " + tokenId);
    }
  }

  /** The caller a presented secret stands for; empty for anything but a valid, unrevoked token. */
  public Optional<CurrentUser> authenticate(String secret) {
    if (secret == null || !SECRET.matcher(secret).matches()) {
      return Optional.empty();
    }
    return store.findActive(sha256(secret)).map(token -> new CurrentUser(PRINCIPAL_PREFIX + token.id(),
        List.of(Groups.CUSTOMERS), token.customerId()));
  }

  /**
   * Who may manage a customer's tokens: an administrator, or one of the customer's administrators
   * signed in as itself. Another customer's tokens are a 404 to customers, as if it did not exist.
   */
  private CustomerProfile manageable(CurrentUser caller, String customerId) {
    if (!CustomerIds.isValid(customerId)) {
      throw new ApiException.BadRequest("id", CustomerIds.FORMAT_MESSAGE);
    }
    if (caller.isAdmin() && caller.tokenCustomerId() == null) {
      return customers.find(customerId)
          .orElseThrow(() -> new ApiException.NotFound("No customer " + customerId));
    }
    if (!caller.isCustomer()) {
      throw new ApiException.Forbidden("Only the customer's administrators or an administrator manage API tokens");
    }
    String own = caller.tokenCustomerId() != null ? caller.tokenCustomerId()
        : customers.customerOfUser(caller.userId()).orElse(null);
    Optional<CustomerProfile> profile = customers.find(customerId);
    if (!customerId.equals(own) || profile.isEmpty()) {
      throw new ApiException.NotFound("No customer " + customerId);
    }
    if (caller.tokenCustomerId() != null) {
      throw new ApiException.Forbidden("An API token cannot manage API tokens; an administrator of the "
          + "customer signs in with a password for that");
    }
    if (!profile.get().administrators().contains(caller.userId())) {
      throw new ApiException.Forbidden("Only the customer's administrators manage its API tokens");
    }
    return profile.get();
  }

  private static String validName(String name) {
    String given = name == null ? "" : name.strip();
    if (given.isEmpty()) {
      throw new ApiException.BadRequest("name", "is required: what the token is for, e.g. 'monitoring'");
    }
    if (given.length() > MAX_NAME) {
      throw new ApiException.BadRequest("name", "must be at most " + MAX_NAME + " characters");
    }
    if (given.chars().anyMatch(Character::isISOControl)) {
      throw new ApiException.BadRequest("name", "must be one line of text without control characters");
    }
    return given;
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
