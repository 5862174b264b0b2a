-- Identity policies, their versions, groups and attachments. Portable DDL: H2 and PostgreSQL.

CREATE TABLE policies (
    id                 VARCHAR(64)                 NOT NULL PRIMARY KEY,
    -- NULL for system policies, which every account sees
    account_id         VARCHAR(32)                 REFERENCES accounts (id) ON DELETE CASCADE,
    name               VARCHAR(128)                NOT NULL,
    path               VARCHAR(512)                NOT NULL,
    description        VARCHAR(1000)               NOT NULL,
    policy_type        VARCHAR(16)                 NOT NULL,
    default_version_id VARCHAR(16)                 NOT NULL,
    -- version numbers are never reused, even after a version is deleted
    last_version       INTEGER                     NOT NULL,
    created_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_policies_account_path_name UNIQUE (account_id, path, name)
);

CREATE TABLE policy_versions (
    policy_id  VARCHAR(64)                 NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
    version_id VARCHAR(16)                 NOT NULL,
    -- a document is at most 6,144 bytes, so VARCHAR fits and maps alike on H2 and PostgreSQL
    document   VARCHAR(6144)               NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (policy_id, version_id)
);

CREATE TABLE user_policy_attachments (
    user_id     VARCHAR(32)                 NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    policy_id   VARCHAR(64)                 NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
    attached_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, policy_id)
);

CREATE INDEX ix_user_policy_attachments_policy ON user_policy_attachments (policy_id);

-- "groups" is a keyword in H2
CREATE TABLE iam_groups (
    id          VARCHAR(32)                 NOT NULL PRIMARY KEY,
    account_id  VARCHAR(32)                 NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        VARCHAR(128)                NOT NULL,
    -- lower-cased name: group names are unique per account regardless of case
    name_key    VARCHAR(128)                NOT NULL,
    description VARCHAR(255)                NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_iam_groups_account_name UNIQUE (account_id, name_key)
);

CREATE TABLE group_members (
    group_id VARCHAR(32)                 NOT NULL REFERENCES iam_groups (id) ON DELETE CASCADE,
    user_id  VARCHAR(32)                 NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, user_id)
);

CREATE INDEX ix_group_members_user ON group_members (user_id);

CREATE TABLE group_policy_attachments (
    group_id    VARCHAR(32)                 NOT NULL REFERENCES iam_groups (id) ON DELETE CASCADE,
    policy_id   VARCHAR(64)                 NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
    attached_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, policy_id)
);

CREATE INDEX ix_group_policy_attachments_policy ON group_policy_attachments (policy_id);

-- System policies: read-only, the same in every account.
INSERT INTO policies (id, account_id, name, path, description, policy_type, default_version_id, last_version,
                      created_at, updated_at)
VALUES ('a1b2c3d4e5f60718293a4b5c6d7e8f90', NULL, 'IAMFullAccessPolicy', '',
        'Full permissions for Identity and Access Management', 'system', 'v1', 1,
        TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00'),
       ('b2c3d4e5f60718293a4b5c6d7e8f90a1', NULL, 'IAMReadOnlyPolicy', '',
        'Read-only permissions for Identity and Access Management', 'system', 'v1', 1,
        TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00');

INSERT INTO policy_versions (policy_id, version_id, document, created_at)
VALUES ('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'v1',
        '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:*:*"]}]}',
        TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00'),
       ('b2c3d4e5f60718293a4b5c6d7e8f90a1', 'v1',
        '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:*:get*","iam:*:list*","iam:*:show*"]}]}',
        TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00');
