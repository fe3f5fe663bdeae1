CREATE TABLE line (
    order_id INTEGER NOT NULL, 
    line_no SERIAL NOT NULL, 
    qty INTEGER NOT NULL, 
    PRIMARY KEY (line_no, order_id)
);

CREATE TABLE big_line (
    order_id INTEGER NOT NULL, 
    part SMALLINT NOT NULL, 
    line_no BIGSERIAL NOT NULL, 
    CONSTRAINT pk_big_line PRIMARY KEY (order_id, line_no, part)
);

CREATE TABLE pair (
    a INTEGER NOT NULL, 
    b INTEGER NOT NULL, 
    PRIMARY KEY (a, b)
);

