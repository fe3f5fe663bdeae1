CREATE TYPE letters AS ENUM ('x', 'y', 'it''s');

CREATE TYPE pq AS ENUM ('p', 'q');

DROP TYPE letters;

