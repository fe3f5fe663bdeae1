SELECT '10:30', NULL, x::text FROM t WHERE y = NULL;

UPDATE t    SET a = 'NULL';

