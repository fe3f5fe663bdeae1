CREATE TABLE child (
    id INTEGER NOT NULL, 
    parent_id INTEGER NOT NULL, 
    other_id INTEGER, 
    code VARCHAR(10), 
    email VARCHAR(100), 
    balance INTEGER DEFAULT 0, 
    CONSTRAINT pk_child PRIMARY KEY (id), 
    CONSTRAINT uq_child_email UNIQUE (email), 
    CONSTRAINT ck_child_balance CHECK (balance >= 0), 
    CONSTRAINT fk_child_other FOREIGN KEY(other_id) REFERENCES other (id) ON DELETE SET NULL ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED, 
    UNIQUE (parent_id, other_id), 
    CHECK (other_id <> id), 
    FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE CASCADE, 
    UNIQUE (code)
);

CREATE INDEX ix_child_email ON child (email);

CREATE TABLE child2 (
    slug VARCHAR(40), 
    n INTEGER, 
    UNIQUE (n)
);

CREATE UNIQUE INDEX ix_child2_slug ON child2 (slug);

CREATE TABLE child3 (
    email VARCHAR(100)
);

CREATE UNIQUE INDEX ix_child3_lower ON child3 (lower(email));

CREATE TABLE child4 (
    a INTEGER, 
    b INTEGER
);

CREATE INDEX ix_child4_pair ON child4 (a, b);

