CREATE TABLE t (
    id INTEGER NOT NULL, 
    flag BOOLEAN, 
    kind VARCHAR(1), 
    ref INTEGER, 
    note VARCHAR(10) CONSTRAINT ck_t_note CHECK (note <> ''), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_t_ref UNIQUE (ref), 
    CONSTRAINT ck_t_flag CHECK (flag IN (0, 1)), 
    CONSTRAINT t_kind CHECK (kind IN ('a', 'b')), 
    CONSTRAINT fk_t_ref FOREIGN KEY(ref) REFERENCES other (id)
);

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    flag BOOLEAN, 
    kind VARCHAR(1), 
    ref INTEGER NOT NULL, 
    note VARCHAR(10) CONSTRAINT ck_t_note CHECK (note <> ''), 
    PRIMARY KEY (id), 
    CONSTRAINT ck_t_id CHECK (id > 0), 
    CONSTRAINT ck_t_flag CHECK (flag IN (0, 1)), 
    CONSTRAINT t_kind CHECK (kind IN ('a', 'b')), 
    CONSTRAINT uq_t_ref UNIQUE (ref), 
    CONSTRAINT fk_t_ref FOREIGN KEY(ref) REFERENCES other (id)
);

INSERT INTO _alembic_tmp_t (id, flag, kind, ref, note) SELECT t.id, t.flag, t.kind, t.ref, t.note 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

