CREATE TYPE app.scoped AS ENUM ('p', 'q');

CREATE TABLE e (
    a VARCHAR(3), 
    b app.scoped, 
    c VARCHAR(12)
);

CREATE TYPE app.uv AS ENUM ('u', 'v');

DROP TYPE app.uv;

