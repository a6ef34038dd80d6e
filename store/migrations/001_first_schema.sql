-- The first schema: documents, meetings and what the parser found in them.
CREATE TABLE documents (
	id               INTEGER PRIMARY KEY,
	path             TEXT NOT NULL,
	sha256           TEXT NOT NULL UNIQUE,
	format           TEXT NOT NULL,
	pages            INTEGER,
	encoding         TEXT,
	imported_at      TEXT NOT NULL,
	pipeline_version TEXT NOT NULL,
	raw_text         TEXT NOT NULL,
	text             TEXT NOT NULL
);
CREATE INDEX documents_path ON documents(path);

CREATE TABLE meetings (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	title       TEXT,
	body        TEXT,
	number      INTEGER,
	date        TEXT,
	end_date    TEXT,
	venue       TEXT,
	city        TEXT,
	country     TEXT,
	status      TEXT
);
CREATE INDEX meetings_document ON meetings(document_id);
CREATE INDEX meetings_date ON meetings(date);

CREATE TABLE items (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	number     TEXT,
	title      TEXT,
	text       TEXT
);
CREATE INDEX items_meeting ON items(meeting_id);

CREATE TABLE actions (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	action_id  TEXT,
	owner      TEXT,
	text       TEXT,
	status     TEXT,
	item       TEXT
);
CREATE INDEX actions_meeting ON actions(meeting_id);

CREATE TABLE participants (
	id           INTEGER PRIMARY KEY,
	meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	position     INTEGER NOT NULL,
	name         TEXT,
	organisation TEXT,
	country      TEXT,
	role         TEXT,
	attendance   TEXT,
	short        TEXT
);
CREATE INDEX participants_meeting ON participants(meeting_id);

CREATE TABLE decisions (
	id          INTEGER PRIMARY KEY,
	meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	decision_id TEXT,
	text        TEXT,
	item        TEXT,
	kind        TEXT
);
CREATE INDEX decisions_meeting ON decisions(meeting_id);

CREATE TABLE links (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	url         TEXT NOT NULL
);
CREATE INDEX links_document ON links(document_id);
