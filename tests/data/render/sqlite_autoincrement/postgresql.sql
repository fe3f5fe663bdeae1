CREATE TABLE auto (
    id SERIAL NOT NULL, 
    name VARCHAR(20), 
    PRIMARY KEY (id)
);

