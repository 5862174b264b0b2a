-- Virtual MFA devices (one per user) and the MFA login time of the tokens a password login with a code issued.

CREATE TABLE mfa_devices (
    id         VARCHAR(32)                 NOT NULL PRIMARY KEY,
    user_id    VARCHAR(32)                 NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id VARCHAR(32)                 NOT NULL,
    -- the serial number is iam::<account_id>:mfa:<name>
    name       VARCHAR(64)                 NOT NULL,
    -- the base32 TOTP seed, encrypted like secret access keys (enc:v1:<base64>)
    seed       VARCHAR(255)                NOT NULL,
    enabled    BOOLEAN                     NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_mfa_devices_account_name UNIQUE (account_id, name),
    CONSTRAINT uq_mfa_devices_user UNIQUE (user_id)
);

-- NULL for a token whose login gave no one-time code
ALTER TABLE tokens ADD COLUMN mfa_authenticated_at TIMESTAMP(3) WITH TIME ZONE;
