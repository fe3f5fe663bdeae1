CREATE TABLE node (
    id SERIAL NOT NULL, 
    parent_id INTEGER, 
    owner_id INTEGER NOT NULL, 
    label VARCHAR(40), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_node_owner FOREIGN KEY(owner_id) REFERENCES person (id) ON UPDATE CASCADE, 
    FOREIGN KEY(parent_id) REFERENCES node (id) ON DELETE CASCADE
);

ALTER TABLE node ALTER COLUMN label SET NOT NULL;

ALTER TABLE node ADD COLUMN weight INTEGER;

