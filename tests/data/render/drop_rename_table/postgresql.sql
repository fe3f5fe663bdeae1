ALTER TABLE account RENAME TO accounts;

DROP TABLE accounts;

ALTER TABLE "user" RENAME TO "select";

DROP TABLE "Mixed";

