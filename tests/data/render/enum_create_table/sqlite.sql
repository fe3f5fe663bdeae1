CREATE TABLE account (
    id INTEGER NOT NULL, 
    status VARCHAR(6) NOT NULL, 
    mood VARCHAR(5), 
    kind VARCHAR(2), 
    PRIMARY KEY (id)
);

