CREATE TYPE thing_colour AS ENUM ('red', 'green', 'crimson');

CREATE TYPE thing_colour2 AS ENUM ('red', 'green');

CREATE TYPE size AS ENUM ('SMALL', 'LARGE');

CREATE TABLE thing (
    id SERIAL NOT NULL, 
    colour thing_colour, 
    colour2 thing_colour2, 
    size size, 
    level VARCHAR(4), 
    PRIMARY KEY (id), 
    CONSTRAINT level CHECK (level IN ('LOW', 'HIGH'))
);

CREATE TYPE thing_mood AS ENUM ('up', 'down');

ALTER TABLE thing ADD COLUMN mood thing_mood;

