CREATE TABLE e (
    a VARCHAR(3), 
    b VARCHAR(1), 
    c VARCHAR(12)
);

