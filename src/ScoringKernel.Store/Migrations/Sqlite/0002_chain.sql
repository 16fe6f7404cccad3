-- The hash chain (specs/docs/round.md, "The hash chain"): each event's SHA-256 over its canonical content and the
-- previous event's hash. hash is NULL only for rows written before this migration, until the store fills it at start-up.
ALTER TABLE events ADD COLUMN hash TEXT;

-- Each stream's last version and hash as the appends left them: a log cut short below it (rows deleted at the end)
-- no longer reaches it. An append updates it in the same transaction as its events.
CREATE TABLE stream_heads (
    stream  TEXT    PRIMARY KEY,
    version INTEGER NOT NULL CHECK (version >= 1),
    hash    TEXT    NOT NULL CHECK (length(hash) = 64)
);

-- The one change a row ever takes: its hash filled once, nothing else touched.
DROP TRIGGER events_no_update;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.position = OLD.position AND NEW.stream = OLD.stream
          AND NEW.version = OLD.version AND NEW.type = OLD.type AND NEW.payload = OLD.payload
          AND NEW.recorded_at = OLD.recorded_at AND NEW.actor = OLD.actor)
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: UPDATE is refused');
END;
