CREATE TABLE person (
    id INTEGER NOT NULL, 
    nick VARCHAR(30) NOT NULL, 
    parent_id INTEGER, 
    CONSTRAINT pk_person PRIMARY KEY (id), 
    CONSTRAINT uq_person_nick UNIQUE (nick), 
    CONSTRAINT fk_person_parent FOREIGN KEY(parent_id) REFERENCES person (id), 
    CONSTRAINT ck_person_nick CHECK (length(nick) > 1)
);

CREATE INDEX ix_person_nick_parent ON person (nick, parent_id);

CREATE TABLE _alembic_tmp_person (
    id INTEGER NOT NULL, 
    handle VARCHAR(30) NOT NULL, 
    mentor_id INTEGER, 
    CONSTRAINT pk_person PRIMARY KEY (id), 
    CONSTRAINT uq_person_nick UNIQUE (handle), 
    CONSTRAINT fk_person_parent FOREIGN KEY(mentor_id) REFERENCES person (id), 
    CONSTRAINT ck_person_nick CHECK (length(nick) > 1)
);

INSERT INTO _alembic_tmp_person (id, handle, mentor_id) SELECT person.id, person.nick, person.parent_id 
FROM person;

DROP TABLE person;

ALTER TABLE _alembic_tmp_person RENAME TO person;

CREATE INDEX ix_person_nick_parent ON person (handle, mentor_id);

