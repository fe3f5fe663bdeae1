CREATE TABLE page (
    id INTEGER NOT NULL, 
    number INTEGER NOT NULL CONSTRAINT ck_page_number CHECK (number > 0), 
    size INTEGER DEFAULT '1' CHECK (size < 100), 
    note VARCHAR(10) CONSTRAINT ck_note CHECK (length(note) > 1) DEFERRABLE INITIALLY DEFERRED, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_page_table CHECK (number < 1000), 
    FOREIGN KEY(size) REFERENCES sizes (id)
);

ALTER TABLE page ADD COLUMN margin INTEGER CONSTRAINT ck_margin CHECK (margin >= 0);

