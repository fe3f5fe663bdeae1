CREATE TABLE labels (
    id INTEGER NOT NULL, 
    label VARCHAR(20), 
    "on" BOOLEAN, 
    PRIMARY KEY (id)
);

INSERT INTO labels (id, label, "on") VALUES (1, 'it''s', 1);

INSERT INTO labels (id, label) VALUES (2, NULL);

