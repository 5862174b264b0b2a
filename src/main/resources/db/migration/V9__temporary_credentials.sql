-- Temporary credentials issued by AssumeAgency. They act as the assumed-agency session in the agency's account;
-- the permissions are looked up on every request, so nothing here grants anything by itself. The secret is stored
-- encrypted like permanent secret keys (enc:v1:…); the security token is not stored: the emulator MACs it and it
-- names its access key. Deleting (resetting) the account drops its rows; expired rows are deleted lazily, when
-- credentials are issued. Portable DDL: H2 and PostgreSQL.

CREATE TABLE temporary_credentials (
    access_key_id        VARCHAR(40)                 NOT NULL PRIMARY KEY,
    account_id           VARCHAR(32)                 NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    agency_id            VARCHAR(64)                 NOT NULL,
    agency_name          VARCHAR(64)                 NOT NULL,
    session_name         VARCHAR(128)                NOT NULL,
    secret_key           VARCHAR(255)                NOT NULL,
    -- the inline session policy as given (at most 2,048 characters)
    session_policy       VARCHAR(2048),
    -- JSON arrays / object: the ids of the policies used as session policies, the session tags, the keys of the
    -- tags that pass on to chained sessions
    session_policy_ids   VARCHAR(4096)               NOT NULL,
    session_tags         VARCHAR(8192)               NOT NULL,
    transitive_tag_keys  VARCHAR(4096)               NOT NULL,
    source_identity      VARCHAR(64),
    mfa_present          BOOLEAN                     NOT NULL,
    mfa_authenticated_at TIMESTAMP(3) WITH TIME ZONE,
    -- obtained with temporary credentials (a chained AssumeAgency)
    chained              BOOLEAN                     NOT NULL,
    issued_at            TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_temporary_credentials_account ON temporary_credentials (account_id);
CREATE INDEX ix_temporary_credentials_expires_at ON temporary_credentials (expires_at);
