-- The append-only log. (stream, version) is unique: two appends that expect the same version cannot both land.
-- position is the global order; AUTOINCREMENT so a number is never handed out twice.
CREATE TABLE events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    stream      TEXT    NOT NULL CHECK (length(stream) > 0),
    version     INTEGER NOT NULL CHECK (version >= 1),
    type        TEXT    NOT NULL CHECK (length(type) > 0),
    payload     TEXT    NOT NULL CHECK (json_valid(payload)),
    recorded_at TEXT    NOT NULL,
    actor       TEXT    NOT NULL CHECK (length(actor) > 0),
    CONSTRAINT events_stream_version UNIQUE (stream, version)
);

-- History is never rewritten, not even by a statement typed by hand.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: UPDATE is refused');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: DELETE is refused');
END;
