-- A stand-in for a future schema change, used to test upgrades; ';' inside a comment is ignored.
ALTER TABLE deal ADD COLUMN review_note TEXT;
INSERT INTO portfolio_meta (meta_key, meta_value) VALUES ('upgraded-by', 'test; V5');
