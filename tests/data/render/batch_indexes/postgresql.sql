CREATE TABLE doc (
    id SERIAL NOT NULL, 
    slug VARCHAR(40) NOT NULL, 
    title VARCHAR(100), 
    rank INTEGER, 
    lang VARCHAR(5), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_doc_rank ON doc (rank);

CREATE UNIQUE INDEX ix_doc_slug ON doc (slug);

CREATE INDEX ix_doc_title_lower ON doc (lower(title));

CREATE INDEX ix_doc_lang ON doc (lang);

DROP INDEX ix_doc_title_lower;

ALTER TABLE doc ALTER COLUMN rank TYPE VARCHAR(10);

CREATE INDEX ix_doc_rank_lang ON doc (rank, lang);

