-- Roles of a Computefolio team register on PostgreSQL (docs/team.md). Run it once per register
-- database, as the database's owner (the login that first opened it with Computefolio, so that the
-- owner also applies later schema upgrades), and again after each upgrade to be safe:
--   psql "postgresql://OWNER@HOST/DB" -f roles.sql
-- Then give each colleague a login in one of the two group roles:
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE computefolio_editor;
--   CREATE ROLE bob   LOGIN PASSWORD '...' IN ROLE computefolio_reader;
-- Readers see the register; editors also save, delete and import. Neither may change the schema.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'computefolio_reader') THEN
        CREATE ROLE computefolio_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'computefolio_editor') THEN
        CREATE ROLE computefolio_editor NOLOGIN;
    END IF;
END
$$;

-- An editor may do whatever a reader may.
GRANT computefolio_reader TO computefolio_editor;

GRANT USAGE ON SCHEMA public TO computefolio_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO computefolio_reader;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO computefolio_editor;

-- Tables a later schema upgrade (run by the owner) creates get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO computefolio_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO computefolio_editor;
