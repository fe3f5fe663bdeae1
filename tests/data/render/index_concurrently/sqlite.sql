CREATE INDEX ix_t_c ON t (c);

DROP INDEX ix_t_d;

