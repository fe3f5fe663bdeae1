CREATE INDEX ix_t_a ON t (a);

CREATE UNIQUE INDEX ix_t_ab ON t (a, b);

CREATE INDEX ix_t_lower ON t (lower(name));

CREATE INDEX ix_t_where ON t (a) WHERE a > 1;

CREATE INDEX ix_t_using ON t (doc);

CREATE INDEX ix_t_incl ON t (a);

DROP INDEX ix_t_a;

DROP INDEX ix_t_ab;

