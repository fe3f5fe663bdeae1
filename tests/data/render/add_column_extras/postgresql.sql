ALTER TABLE account ADD COLUMN code VARCHAR(8);

ALTER TABLE account ADD UNIQUE (code);

COMMENT ON COLUMN account.code IS 'short code';

ALTER TABLE app.account ADD COLUMN email VARCHAR(100);

CREATE INDEX ix_app_account_email ON app.account (email);

ALTER TABLE account ADD COLUMN status onoff;

