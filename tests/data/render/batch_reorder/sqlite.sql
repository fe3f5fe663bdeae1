CREATE TABLE ledger (
    id INTEGER NOT NULL, 
    amount INTEGER NOT NULL, 
    memo VARCHAR(50), 
    booked DATE, 
    PRIMARY KEY (id)
);

CREATE TABLE _alembic_tmp_ledger (
    memo VARCHAR(50), 
    booked DATE, 
    amount INTEGER NOT NULL, 
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    CONSTRAINT ck_ledger_amount CHECK (amount <> 0)
);

INSERT INTO _alembic_tmp_ledger (memo, booked, amount, id) SELECT ledger.memo, ledger.booked, ledger.amount, ledger.id 
FROM ledger;

DROP TABLE ledger;

ALTER TABLE _alembic_tmp_ledger RENAME TO ledger;

