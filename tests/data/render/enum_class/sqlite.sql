CREATE TABLE thing (
    id INTEGER NOT NULL, 
    colour VARCHAR(7), 
    colour2 VARCHAR(5), 
    size VARCHAR(5), 
    level VARCHAR(4), 
    PRIMARY KEY (id), 
    CONSTRAINT level CHECK (level IN ('LOW', 'HIGH'))
);

ALTER TABLE thing ADD COLUMN mood VARCHAR(4);

