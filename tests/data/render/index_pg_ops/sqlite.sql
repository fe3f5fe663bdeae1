CREATE TABLE doc (
    id INTEGER NOT NULL, 
    name VARCHAR(40), 
    body TEXT, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_doc_body ON doc (body);

CREATE INDEX ix_doc_name ON doc (name);

CREATE INDEX ix_doc_pair ON doc (id, name, lower(body));

CREATE UNIQUE INDEX ix_doc_where ON doc (name);

