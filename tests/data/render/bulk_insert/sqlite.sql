INSERT INTO people (id, name, active, score) VALUES (1, 'o''brien', 1, 1.5);

INSERT INTO people (id, name, active, score) VALUES (2, NULL, 0, -2.0);

INSERT INTO people (id, name) VALUES (3, 'plain');

