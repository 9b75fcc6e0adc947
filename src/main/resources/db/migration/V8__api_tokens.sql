-- API tokens of customers' tools and scripts (docs/security.md): each acts for one customer as a
-- customer user. Only the SHA-256 of the secret is stored (hex); the secret is shown once, at creation.
-- A revoked token keeps its row (who revoked it, when) and never authenticates again.
-- Plain SQL that both H2 and PostgreSQL accept.

CREATE TABLE dce_api_token (
  id            varchar(36)  NOT NULL PRIMARY KEY,
  customer_id   varchar(64)  NOT NULL REFERENCES dce_customer (id) ON DELETE CASCADE,
  name          varchar(100) NOT NULL,
  secret_sha256 varchar(64)  NOT NULL,
  created_at    timestamp with time zone NOT NULL,
  created_by    varchar(64)  NOT NULL,
  revoked_at    timestamp with time zone,
  revoked_by    varchar(64)
);
CREATE UNIQUE INDEX dce_api_token_secret ON dce_api_token (secret_sha256);
CREATE INDEX dce_api_token_customer ON dce_api_token (customer_id);
