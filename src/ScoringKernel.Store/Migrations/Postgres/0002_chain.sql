-- The hash chain (specs/docs/round.md, "The hash chain"): each event's SHA-256 over its canonical content and the
-- previous event's hash. hash is NULL only for rows written before this migration, until the store fills it at start-up.
ALTER TABLE events ADD COLUMN hash text;

-- Each stream's last version and hash as the appends left them: a log cut short below it (rows deleted at the end)
-- no longer reaches it. An append updates it in the same transaction as its events.
CREATE TABLE stream_heads (
    stream  text   COLLATE "C" PRIMARY KEY,
    version bigint NOT NULL CHECK (version >= 1),
    hash    text   NOT NULL CHECK (length(hash) = 64)
);

-- The one change a row ever takes: its hash filled once, nothing else touched.
CREATE OR REPLACE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
       AND (NEW.position, NEW.stream, NEW.version, NEW.type, NEW.payload, NEW.recorded_at, NEW.actor)
           IS NOT DISTINCT FROM (OLD.position, OLD.stream, OLD.version, OLD.type, OLD.payload, OLD.recorded_at, OLD.actor) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'events are append-only: % is refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
