-- SetAsymmetricSignatureSwitchV5: per account, off until set. A column of accounts, so that a reset writes the
-- seeded value back with the account's row.
ALTER TABLE accounts ADD COLUMN asymmetric_signature BOOLEAN DEFAULT FALSE NOT NULL;
