#!/bin/sh
# The app's runtime role: it can log in and use what migrations grant it, but it is not the owner,
# not a superuser and cannot bypass row-level security. (POSTGRES_USER, ix_owner, is a superuser in
# this image; it runs migrations only.)
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE ix_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${APP_PASSWORD}';
SQL
