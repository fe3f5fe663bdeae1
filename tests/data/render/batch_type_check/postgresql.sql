CREATE TYPE t_kind AS ENUM ('a', 'b');

CREATE TABLE t (
    id SERIAL NOT NULL, 
    flag BOOLEAN, 
    kind t_kind, 
    ref INTEGER, 
    note VARCHAR(10) CONSTRAINT ck_t_note CHECK (note <> ''), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_t_ref UNIQUE (ref), 
    CONSTRAINT fk_t_ref FOREIGN KEY(ref) REFERENCES other (id)
);

ALTER TABLE t ALTER COLUMN ref SET NOT NULL;

