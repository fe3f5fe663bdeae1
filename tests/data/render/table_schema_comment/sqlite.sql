CREATE TABLE inv.item (
    id INTEGER NOT NULL, 
    label VARCHAR(20), 
    PRIMARY KEY (id)
);

CREATE INDEX inv.ix_item_label ON item (label);

