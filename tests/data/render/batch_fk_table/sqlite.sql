CREATE TABLE node (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    parent_id INTEGER, 
    owner_id INTEGER NOT NULL, 
    label VARCHAR(40), 
    CONSTRAINT fk_node_owner FOREIGN KEY(owner_id) REFERENCES person (id) ON UPDATE CASCADE, 
    FOREIGN KEY(parent_id) REFERENCES node (id) ON DELETE CASCADE
);

CREATE TABLE _alembic_tmp_node (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    parent_id INTEGER, 
    owner_id INTEGER NOT NULL, 
    label VARCHAR(40) NOT NULL, 
    weight INTEGER, 
    CONSTRAINT fk_node_owner FOREIGN KEY(owner_id) REFERENCES person (id) ON UPDATE CASCADE, 
    FOREIGN KEY(parent_id) REFERENCES node (id) ON DELETE CASCADE
);

INSERT INTO _alembic_tmp_node (id, parent_id, owner_id, label) SELECT node.id, node.parent_id, node.owner_id, node.label 
FROM node;

DROP TABLE node;

ALTER TABLE _alembic_tmp_node RENAME TO node;

