CREATE TABLE account (
    id INTEGER NOT NULL, 
    name VARCHAR(50) DEFAULT 'anon' NOT NULL, 
    bio TEXT, 
    balance NUMERIC(10, 2) DEFAULT '0' NOT NULL, 
    PRIMARY KEY (id)
);

