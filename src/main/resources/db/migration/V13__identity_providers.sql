-- OIDC and SAML identity providers of an account, their tags, the client ids and thumbprints of OIDC providers and
-- the ids of the private keys registered for SAML assertion decryption. Portable DDL: H2 and PostgreSQL.

CREATE TABLE oidc_providers (
    id          VARCHAR(32)                 NOT NULL PRIMARY KEY,
    account_id  VARCHAR(32)                 NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        VARCHAR(64)                 NOT NULL,
    url         VARCHAR(255)                NOT NULL,
    description VARCHAR(255)                NOT NULL,
    -- the provider's signing keys as a JWKS document (the emulator fetches nothing: docs/identity.md)
    jwks        VARCHAR(100000)             NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_oidc_providers_account_name UNIQUE (account_id, name)
);

CREATE TABLE oidc_provider_client_ids (
    provider_id VARCHAR(32)  NOT NULL REFERENCES oidc_providers (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    client_id   VARCHAR(255) NOT NULL,
    PRIMARY KEY (provider_id, position)
);

CREATE TABLE oidc_provider_thumbprints (
    provider_id VARCHAR(32) NOT NULL REFERENCES oidc_providers (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    thumbprint  VARCHAR(64) NOT NULL,
    PRIMARY KEY (provider_id, position)
);

CREATE TABLE oidc_provider_tags (
    provider_id VARCHAR(32)  NOT NULL REFERENCES oidc_providers (id) ON DELETE CASCADE,
    tag_key     VARCHAR(64)  NOT NULL,
    tag_value   VARCHAR(128) NOT NULL,
    PRIMARY KEY (provider_id, tag_key)
);

CREATE TABLE saml_providers (
    id                        VARCHAR(32)                 NOT NULL PRIMARY KEY,
    account_id                VARCHAR(32)                 NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name                      VARCHAR(64)                 NOT NULL,
    description               VARCHAR(255)                NOT NULL,
    metadata_document         VARCHAR(512000)             NOT NULL,
    -- Required or Allowed
    assertion_encryption_mode VARCHAR(16)                 NOT NULL,
    expires_at                TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    created_at                TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_saml_providers_account_name UNIQUE (account_id, name)
);

-- only the id of a private key is kept: the emulator does not decrypt assertions (docs/identity.md)
CREATE TABLE saml_provider_private_keys (
    provider_id VARCHAR(32)                 NOT NULL REFERENCES saml_providers (id) ON DELETE CASCADE,
    key_id      VARCHAR(64)                 NOT NULL,
    added_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider_id, key_id)
);

CREATE TABLE saml_provider_tags (
    provider_id VARCHAR(32)  NOT NULL REFERENCES saml_providers (id) ON DELETE CASCADE,
    tag_key     VARCHAR(64)  NOT NULL,
    tag_value   VARCHAR(128) NOT NULL,
    PRIMARY KEY (provider_id, tag_key)
);
