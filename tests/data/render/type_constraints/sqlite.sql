CREATE TABLE flag (
    id INTEGER NOT NULL, 
    owner_id INTEGER, 
    visible BOOLEAN NOT NULL, 
    hidden BOOLEAN, 
    plain BOOLEAN, 
    shape VARCHAR(5), 
    size VARCHAR(1), 
    mood VARCHAR(4), 
    "order" BOOLEAN, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_flag_id CHECK (id > 0), 
    CONSTRAINT uq_flag_plain UNIQUE (plain), 
    UNIQUE (owner_id), 
    FOREIGN KEY(owner_id) REFERENCES owner (id), 
    CONSTRAINT ck_flag_visible CHECK (visible IN (0, 1)), 
    CHECK (hidden IN (0, 1)), 
    CONSTRAINT flag_shape CHECK (shape IN ('round', 'it''s')), 
    CONSTRAINT flag_size CHECK (size IN ('s', 'm')), 
    CONSTRAINT fk_flag_size FOREIGN KEY(size) REFERENCES sizes (code), 
    CHECK (mood IN ('up', 'down')), 
    CONSTRAINT ck_flag_order CHECK ("order" IN (0, 1))
);

ALTER TABLE flag ADD COLUMN extra BOOLEAN;

ALTER TABLE flag ADD COLUMN tone VARCHAR(2);

