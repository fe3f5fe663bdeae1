CREATE TABLE app.child (
    id INTEGER NOT NULL, 
    parent_id INTEGER, 
    "order" INTEGER, 
    total INTEGER GENERATED ALWAYS AS (id * 2), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_order FOREIGN KEY("order") REFERENCES orders (id)
);

CREATE INDEX app.ix_child_parent ON child (parent_id);

DROP INDEX app.ix_child_parent;

ALTER TABLE app.child RENAME TO children;

DROP TABLE app.children;

