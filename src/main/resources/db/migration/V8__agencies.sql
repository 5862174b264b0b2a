-- Agencies (trust agencies and service-linked agencies), their tags, policy attachments and the deletion tasks of
-- service-linked agencies. Portable DDL: H2 and PostgreSQL.

CREATE TABLE agencies (
    id                   VARCHAR(32)                 NOT NULL PRIMARY KEY,
    account_id           VARCHAR(32)                 NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- 64 for trust agencies; service-linked agencies are named ServiceLinkedAgencyFor<service>
    name                 VARCHAR(80)                 NOT NULL,
    -- lower-cased name: agency names are unique per account regardless of case
    name_key             VARCHAR(80)                 NOT NULL,
    path                 VARCHAR(512)                NOT NULL,
    -- TRUST or SERVICE_LINKED
    kind                 VARCHAR(16)                 NOT NULL,
    -- a trust policy is at most 6,144 bytes, as identity policies
    trust_policy         VARCHAR(6144)               NOT NULL,
    max_session_duration INTEGER                     NOT NULL,
    description          VARCHAR(1000)               NOT NULL,
    created_at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_agencies_account_name UNIQUE (account_id, name_key)
);

CREATE TABLE agency_tags (
    agency_id VARCHAR(32)  NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    tag_key   VARCHAR(64)  NOT NULL,
    tag_value VARCHAR(128) NOT NULL,
    PRIMARY KEY (agency_id, tag_key)
);

CREATE TABLE agency_policy_attachments (
    agency_id   VARCHAR(32)                 NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    policy_id   VARCHAR(64)                 NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
    attached_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agency_id, policy_id)
);

CREATE INDEX ix_agency_policy_attachments_policy ON agency_policy_attachments (policy_id);

-- DeleteServiceLinkedAgencyV5 deletes at once; the task is kept so that its status can be asked
CREATE TABLE agency_deletion_tasks (
    id         VARCHAR(32)                 NOT NULL PRIMARY KEY,
    account_id VARCHAR(32)                 NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    agency_id  VARCHAR(32)                 NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
