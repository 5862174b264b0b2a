-- Accounts created on demand for tests (POST /_emulator/accounts): a reset of everything leaves them alone, so that
-- test classes running in parallel each keep their own account.
ALTER TABLE accounts ADD COLUMN disposable BOOLEAN DEFAULT FALSE NOT NULL;
