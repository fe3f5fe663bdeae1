CREATE TABLE app.child (
    id SERIAL NOT NULL, 
    parent_id INTEGER, 
    "order" INTEGER, 
    total INTEGER GENERATED ALWAYS AS (id * 2) STORED, 
    PRIMARY KEY (id), 
    FOREIGN KEY(parent_id) REFERENCES parent (id), 
    CONSTRAINT fk_order FOREIGN KEY("order") REFERENCES app.orders (id)
);

CREATE INDEX ix_child_parent ON app.child (parent_id);

DROP INDEX app.ix_child_parent;

ALTER TABLE app.child RENAME TO children;

DROP TABLE app.children;

