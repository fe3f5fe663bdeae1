CREATE TYPE flag_shape AS ENUM ('round', 'it''s');

CREATE TABLE flag (
    id SERIAL NOT NULL, 
    owner_id INTEGER, 
    visible BOOLEAN NOT NULL, 
    hidden BOOLEAN, 
    plain BOOLEAN, 
    shape flag_shape, 
    size VARCHAR(1), 
    mood VARCHAR(4), 
    "order" BOOLEAN, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_flag_id CHECK (id > 0), 
    CONSTRAINT uq_flag_plain UNIQUE (plain), 
    UNIQUE (owner_id), 
    FOREIGN KEY(owner_id) REFERENCES owner (id), 
    CONSTRAINT flag_size CHECK (size IN ('s', 'm')), 
    CONSTRAINT fk_flag_size FOREIGN KEY(size) REFERENCES sizes (code), 
    CHECK (mood IN ('up', 'down'))
);

ALTER TABLE flag ADD COLUMN extra BOOLEAN;

ALTER TABLE flag ADD COLUMN tone VARCHAR(2);

ALTER TABLE flag ADD CONSTRAINT flag_tone CHECK (tone IN ('hi', 'lo'));

