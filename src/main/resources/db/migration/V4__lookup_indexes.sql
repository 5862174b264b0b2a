-- Indexes for the remaining lookup paths (portable: H2 and PostgreSQL). Already covered by V1-V3:
-- access key -> key (primary key), keys by user (ix_access_keys_user), user by id (primary key),
-- user by account + name (uq_users_account_name), tags by user (primary key prefix), user attachments by user
-- (primary key prefix), group attachments by group (primary key prefix), memberships by user (ix_group_members_user),
-- login records by user and time (ix_login_records_user_time).

-- ListUsersV5 pages through an account's users by id
CREATE INDEX ix_users_account_id ON users (account_id, id);

-- ListGroupsV5 and ListPoliciesV5 page by id within an account
CREATE INDEX ix_iam_groups_account_id ON iam_groups (account_id, id);
CREATE INDEX ix_policies_account_id ON policies (account_id, id);

-- deleting a user cascades to its tokens: without this PostgreSQL scans the whole table per deleted user
CREATE INDEX ix_tokens_user ON tokens (user_id);
