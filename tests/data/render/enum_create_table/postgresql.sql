CREATE TYPE account_status AS ENUM ('new', 'active', 'closed');

CREATE TYPE kind AS ENUM ('a', 'bb');

CREATE TABLE account (
    id SERIAL NOT NULL, 
    status account_status NOT NULL, 
    mood mood, 
    kind kind, 
    PRIMARY KEY (id)
);

