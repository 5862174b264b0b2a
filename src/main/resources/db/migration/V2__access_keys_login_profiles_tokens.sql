-- Credentials: permanent access keys, console passwords and the tokens issued for them.

CREATE TABLE access_keys (
    access_key_id VARCHAR(40)                 NOT NULL PRIMARY KEY,
    user_id       VARCHAR(32)                 NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id    VARCHAR(32)                 NOT NULL,
    secret_key    VARCHAR(64)                 NOT NULL,
    status        VARCHAR(16)                 NOT NULL,
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP(3) WITH TIME ZONE
);

CREATE INDEX ix_access_keys_user ON access_keys (user_id);

CREATE TABLE login_profiles (
    user_id                 VARCHAR(32)                 NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    password_hash           VARCHAR(100)                NOT NULL,
    password_reset_required BOOLEAN                     NOT NULL,
    created_at              TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

-- Only a hash of each token is kept: a leaked store does not leak usable tokens.
CREATE TABLE tokens (
    token_hash VARCHAR(64)                 NOT NULL PRIMARY KEY,
    user_id    VARCHAR(32)                 NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_tokens_expires_at ON tokens (expires_at);
