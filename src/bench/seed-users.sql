-- Seeds :count users (default account, ids md5('bench-user-' || i), names bench-<i>, two tags each) into the
-- PostgreSQL store of a started emulator (Flyway has created the schema):
--   psql -h 127.0.0.1 -U postgres test -v count=1000000 -f bench/seed-users.sql
-- Idempotent: users that exist are skipped. 1,000,000 users take about a minute on 2 cores.
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 1000
\endif
\timing on

INSERT INTO users (id, account_id, name, name_key, description, enabled, root_user, created_at)
SELECT md5('bench-user-' || i), 'e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c', 'bench-' || i, 'bench-' || i, 'seeded', TRUE,
       FALSE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00:00'
FROM generate_series(1, :count) AS i
ON CONFLICT DO NOTHING;

INSERT INTO user_tags (user_id, tag_key, tag_value)
SELECT md5('bench-user-' || i), k, CASE k WHEN 'team' THEN 'dev' ELSE 'test' END
FROM generate_series(1, :count) AS i, (VALUES ('team'), ('env')) AS t(k)
ON CONFLICT DO NOTHING;

ANALYZE users;
ANALYZE user_tags;
SELECT count(*) AS users FROM users;
