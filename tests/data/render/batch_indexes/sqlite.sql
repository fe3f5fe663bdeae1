CREATE TABLE doc (
    id INTEGER NOT NULL, 
    slug VARCHAR(40) NOT NULL, 
    title VARCHAR(100), 
    rank INTEGER, 
    lang VARCHAR(5), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_doc_rank ON doc (rank);

CREATE UNIQUE INDEX ix_doc_slug ON doc (slug);

CREATE INDEX ix_doc_title_lower ON doc (lower(title));

CREATE INDEX ix_doc_lang ON doc (lang) WHERE lang IS NOT NULL;

CREATE TABLE _alembic_tmp_doc (
    id INTEGER NOT NULL, 
    slug VARCHAR(40) NOT NULL, 
    title VARCHAR(100), 
    rank VARCHAR(10), 
    lang VARCHAR(5), 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_doc (id, slug, title, rank, lang) SELECT doc.id, doc.slug, doc.title, CAST(doc.rank AS VARCHAR(10)) AS rank, doc.lang 
FROM doc;

DROP TABLE doc;

ALTER TABLE _alembic_tmp_doc RENAME TO doc;

CREATE INDEX ix_doc_rank ON doc (rank);

CREATE UNIQUE INDEX ix_doc_slug ON doc (slug);

CREATE INDEX ix_doc_lang ON doc (lang) WHERE lang IS NOT NULL;

CREATE INDEX ix_doc_rank_lang ON doc (rank, lang);

