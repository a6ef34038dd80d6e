-- People and organisations resolved across meetings, presenters, item
-- links, next meetings, warnings, votes, action tracking across meetings,
-- full-text search, and the views analysts ask for.

-- A person is everyone whose name folds to the same key (no case, no
-- diacritics, single spaces): "Gorazd Božič" and "Gorazd Bozic" are one.
-- name is the fullest spelling seen (most letters with diacritics, then the
-- longest). Every spelling stays in participants, presenters and actions.
CREATE TABLE people (
	id   INTEGER PRIMARY KEY,
	key  TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL
);

-- An organisation, resolved the same way ("FUNET CERT" / "Funet CERT").
CREATE TABLE organisations (
	id   INTEGER PRIMARY KEY,
	key  TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL
);

ALTER TABLE participants ADD COLUMN person_id INTEGER REFERENCES people(id);
ALTER TABLE participants ADD COLUMN organisation_id INTEGER REFERENCES organisations(id);
CREATE INDEX participants_person ON participants(person_id);
CREATE INDEX participants_organisation ON participants(organisation_id);

ALTER TABLE meetings ADD COLUMN previous_minutes_date TEXT;
ALTER TABLE meetings ADD COLUMN previous_minutes_approved INTEGER; -- 1, 0 or NULL
CREATE INDEX meetings_body ON meetings(body);

CREATE TABLE presenters (
	id        INTEGER PRIMARY KEY,
	item_id   INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	position  INTEGER NOT NULL,
	name      TEXT NOT NULL,
	person_id INTEGER REFERENCES people(id)
);
CREATE INDEX presenters_item ON presenters(item_id);
CREATE INDEX presenters_person ON presenters(person_id);

CREATE TABLE item_links (
	id       INTEGER PRIMARY KEY,
	item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	url      TEXT NOT NULL
);
CREATE INDEX item_links_item ON item_links(item_id);

-- action_key identifies an action across meetings: the body and the id with
-- its separators folded ("tf-csirt:16 04"), so "16-04" raised at one
-- meeting and reported "ongoing" at the next is one action. An action
-- without an id has a key of its own (its document and place).
ALTER TABLE actions ADD COLUMN owner_id INTEGER REFERENCES people(id);
ALTER TABLE actions ADD COLUMN action_key TEXT;
CREATE INDEX actions_owner ON actions(owner_id);
CREATE INDEX actions_key ON actions(action_key);

ALTER TABLE decisions ADD COLUMN votes_for INTEGER;
ALTER TABLE decisions ADD COLUMN votes_against INTEGER;
ALTER TABLE decisions ADD COLUMN votes_abstain INTEGER;
ALTER TABLE decisions ADD COLUMN unanimous INTEGER; -- 1 when the document says unanimous

CREATE TABLE next_meetings (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	date       TEXT,
	end_date   TEXT,
	city       TEXT,
	country    TEXT,
	host       TEXT
);
CREATE INDEX next_meetings_meeting ON next_meetings(meeting_id);
CREATE INDEX next_meetings_date ON next_meetings(date);

CREATE TABLE warnings (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	stage       TEXT,     -- the reader, pass or recogniser that raised it
	page        INTEGER,
	line        INTEGER,
	message     TEXT NOT NULL
);
CREATE INDEX warnings_document ON warnings(document_id);

-- Full-text search over item titles and texts, and decisions. External
-- content tables kept in step by triggers; unicode61 with diacritics
-- removed, so "kouril" finds "Kouřil".
CREATE VIRTUAL TABLE items_fts USING fts5(
	title, text, content='items', content_rowid='id',
	tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
	INSERT INTO items_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
	INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE ON items BEGIN
	INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO items_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO items_fts(items_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE decisions_fts USING fts5(
	text, content='decisions', content_rowid='id',
	tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER decisions_fts_insert AFTER INSERT ON decisions BEGIN
	INSERT INTO decisions_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER decisions_fts_delete AFTER DELETE ON decisions BEGIN
	INSERT INTO decisions_fts(decisions_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER decisions_fts_update AFTER UPDATE ON decisions BEGIN
	INSERT INTO decisions_fts(decisions_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO decisions_fts(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO decisions_fts(decisions_fts) VALUES ('rebuild');

-- Who attended which meeting, with the meeting's date and body.
CREATE VIEW attendance AS
SELECT p.id AS participant_id, pe.id AS person_id, COALESCE(pe.name, p.name) AS person,
       COALESCE(o.name, p.organisation) AS organisation, p.country, p.role, p.attendance,
       m.id AS meeting_id, m.title AS meeting, m.body, m.date, m.city
FROM participants p
JOIN meetings m ON m.id = p.meeting_id
LEFT JOIN people pe ON pe.id = p.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id;

-- Every spelling of each person's name, wherever it was written.
CREATE VIEW person_spellings AS
SELECT person_id, name AS spelling, 'participant' AS written_as FROM participants WHERE person_id IS NOT NULL
UNION SELECT person_id, name, 'presenter' FROM presenters WHERE person_id IS NOT NULL
UNION SELECT owner_id, owner, 'action owner' FROM actions WHERE owner_id IS NOT NULL;

-- How many meetings each person attended (present, remote or by proxy),
-- per year.
CREATE VIEW attendance_per_person AS
SELECT person_id, person, substr(date, 1, 4) AS year, count(DISTINCT meeting_id) AS meetings
FROM attendance
WHERE attendance IN ('present', 'remote', 'proxy')
GROUP BY person_id, person, year;

-- Every recorded occurrence of an action, in meeting order, with the
-- meeting's date.
CREATE VIEW action_events AS
SELECT a.id, a.action_key, a.action_id, a.owner,
       COALESCE(pe.name, a.owner) AS owner_name, a.owner_id, a.text, a.status, a.item,
       m.id AS meeting_id, m.body, m.date, m.title AS meeting
FROM actions a
JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN people pe ON pe.id = a.owner_id;

-- One row per action tracked across meetings: when it was first recorded,
-- its first and latest status, and when it closed (the first meeting that
-- recorded it done, superseded or cancelled). The id, owner and text are
-- those of its first record. A table, not a view: the importer keeps it in
-- step with the actions of the documents it adds and replaces
-- (store/actions.go), so the tracker reads it without ranking every
-- action of the archive.
CREATE TABLE action_history (
	action_key     TEXT PRIMARY KEY,
	action_id      TEXT,
	body           TEXT,
	owner          TEXT,
	text           TEXT,
	first_date     TEXT,
	latest_date    TEXT,
	times_recorded INTEGER NOT NULL,
	first_status   TEXT,
	latest_status  TEXT,
	closed_date    TEXT
);
CREATE INDEX action_history_first_date ON action_history(first_date);
CREATE INDEX action_history_owner ON action_history(owner);

-- Actions whose latest recorded status is open, ongoing or unknown.
CREATE VIEW open_actions AS
SELECT * FROM action_history
WHERE latest_status IS NULL OR latest_status IN ('open', 'ongoing');

-- Actions by owner: how many each person owns and how many are still open.
CREATE VIEW actions_by_owner AS
SELECT owner, count(*) AS actions,
       sum(latest_status IS NULL OR latest_status IN ('open', 'ongoing')) AS still_open
FROM action_history
GROUP BY owner;

-- How many meetings each body held per year.
CREATE VIEW meetings_per_body_year AS
SELECT body, substr(date, 1, 4) AS year, count(*) AS meetings
FROM meetings
GROUP BY body, year;
