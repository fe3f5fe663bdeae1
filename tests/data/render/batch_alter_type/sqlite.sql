CREATE TABLE item (
    id INTEGER NOT NULL, 
    name VARCHAR(20) NOT NULL, 
    qty INTEGER DEFAULT 0, 
    price NUMERIC(10, 2), 
    ref VARCHAR(10), 
    payload TEXT, 
    CONSTRAINT pk_item PRIMARY KEY (id)
);

CREATE TABLE _alembic_tmp_item (
    id INTEGER NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    qty VARCHAR(10) NOT NULL, 
    price FLOAT, 
    ref INTEGER DEFAULT 1, 
    payload JSON, 
    CONSTRAINT pk_item PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_item (id, name, qty, price, ref, payload) SELECT item.id, item.name, CAST(item.qty AS VARCHAR(10)) AS qty, item.price, CAST(item.ref AS INTEGER) AS ref, item.payload 
FROM item;

DROP TABLE item;

ALTER TABLE _alembic_tmp_item RENAME TO item;

