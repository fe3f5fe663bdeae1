CREATE TABLE pgtyped (
    a JSONB, 
    b UUID, 
    c INTEGER[], 
    d VARCHAR(20)[], 
    e INET, 
    f CIDR, 
    g MACADDR, 
    h BYTEA, 
    i TIMESTAMP WITH TIME ZONE, 
    j INTERVAL, 
    k DOUBLE PRECISION, 
    l TSVECTOR, 
    m HSTORE, 
    n MONEY, 
    o JSON, 
    p TEXT[], 
    q INTEGER[][], 
    r TIME WITH TIME ZONE, 
    s BIT(3), 
    t UUID
);

