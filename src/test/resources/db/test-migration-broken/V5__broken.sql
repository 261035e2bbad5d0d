-- An upgrade that fails half way: the table it created first must not survive.
CREATE TABLE half_done (id INTEGER);
INSERT INTO no_such_table (id) VALUES (1);
