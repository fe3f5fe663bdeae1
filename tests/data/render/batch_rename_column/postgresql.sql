CREATE TABLE person (
    id SERIAL NOT NULL, 
    nick VARCHAR(30) NOT NULL, 
    parent_id INTEGER, 
    CONSTRAINT pk_person PRIMARY KEY (id), 
    CONSTRAINT uq_person_nick UNIQUE (nick), 
    CONSTRAINT fk_person_parent FOREIGN KEY(parent_id) REFERENCES person (id), 
    CONSTRAINT ck_person_nick CHECK (length(nick) > 1)
);

CREATE INDEX ix_person_nick_parent ON person (nick, parent_id);

ALTER TABLE person RENAME nick TO handle;

ALTER TABLE person RENAME parent_id TO mentor_id;

