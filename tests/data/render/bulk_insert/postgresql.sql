INSERT INTO people (id, name, active, score) VALUES (1, 'o''brien', true, 1.5);

INSERT INTO people (id, name, active, score) VALUES (2, NULL, false, -2.0);

INSERT INTO people (id, name) VALUES (3, 'plain');

