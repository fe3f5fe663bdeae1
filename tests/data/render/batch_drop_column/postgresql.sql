CREATE TABLE account (
    id SERIAL NOT NULL, 
    owner_id INTEGER NOT NULL, 
    code VARCHAR(8) NOT NULL, 
    legacy VARCHAR(20), 
    balance INTEGER DEFAULT '0' NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_account_owner_legacy UNIQUE (owner_id, legacy), 
    CONSTRAINT ck_account_balance CHECK (balance >= 0), 
    FOREIGN KEY(owner_id) REFERENCES person (id), 
    UNIQUE (code)
);

CREATE INDEX ix_account_legacy ON account (legacy);

CREATE INDEX ix_account_owner ON account (owner_id);

DROP INDEX ix_account_legacy;

ALTER TABLE account DROP COLUMN legacy;

