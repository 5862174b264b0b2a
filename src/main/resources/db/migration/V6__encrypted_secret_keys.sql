-- Secret access keys are stored encrypted (enc:v1:<base64>), longer than the 40-character secrets themselves.
ALTER TABLE access_keys ALTER COLUMN secret_key SET DATA TYPE VARCHAR(255);
