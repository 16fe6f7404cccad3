-- The append-only log. (stream, version) is unique: two appends that expect the same version cannot both land.
-- stream in the "C" collation so streams sort byte by byte, as on SQLite. payload is text checked as json (not jsonb,
-- which reorders keys): the text comes back exactly as appended, which a digest over the events needs.
CREATE TABLE events (
    position    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream      text        COLLATE "C" NOT NULL CHECK (length(stream) > 0),
    version     bigint      NOT NULL CHECK (version >= 1),
    type        text        NOT NULL CHECK (length(type) > 0),
    payload     text        NOT NULL CHECK (payload::json IS NOT NULL),
    recorded_at timestamptz NOT NULL,
    actor       text        NOT NULL CHECK (length(actor) > 0),
    CONSTRAINT events_stream_version UNIQUE (stream, version)
);

-- History is never rewritten, not even by a statement typed by hand. TRUNCATE too, which row triggers do not see.
CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only: % is refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER events_no_update_or_delete BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_refuse_change();

CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();
