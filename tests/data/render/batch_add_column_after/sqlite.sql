CREATE TABLE t (
    id INTEGER NOT NULL, 
    a INTEGER, 
    b INTEGER, 
    c INTEGER, 
    PRIMARY KEY (id)
);

CREATE TABLE _alembic_tmp_t (
    v INTEGER, 
    id INTEGER NOT NULL, 
    y VARCHAR(5), 
    a INTEGER, 
    x INTEGER DEFAULT 1 NOT NULL, 
    z INTEGER, 
    b INTEGER, 
    c INTEGER NOT NULL, 
    w INTEGER, 
    PRIMARY KEY (id)
);

CREATE INDEX ix__alembic_tmp_t_v ON _alembic_tmp_t (v);

INSERT INTO _alembic_tmp_t (id, a, b, c) SELECT t.id, t.a, t.b, t.c 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_v ON t (v);

