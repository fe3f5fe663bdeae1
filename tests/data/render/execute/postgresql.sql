UPDATE t SET a = 'x';

INSERT INTO t VALUES (' NULL', '10:30');

DELETE FROM t WHERE b = NULL;

SELECT 1
    FROM t;

-- just a comment;

UPDATE t SET c = 1;

