UPDATE t SET a = 1;

ALTER TYPE mood ADD VALUE 'meh';

UPDATE t SET a = 2;

