ALTER TABLE account DROP COLUMN email;

ALTER TABLE account DROP COLUMN "order";

