CREATE TABLE doc (
    id SERIAL NOT NULL, 
    name VARCHAR(40), 
    body TEXT, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_doc_body ON doc (body text_pattern_ops);

CREATE INDEX ix_doc_name ON doc USING btree (name varchar_pattern_ops);

CREATE INDEX ix_doc_pair ON doc (id int4_ops, name varchar_pattern_ops, lower(body));

CREATE UNIQUE INDEX ix_doc_where ON doc (name text_ops) WHERE id > 0;

