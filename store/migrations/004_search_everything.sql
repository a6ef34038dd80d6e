-- Search over everything the web view shows (actions, people,
-- organisations and the full text of each document, beside the items and
-- decisions of 002), the page each item starts on, and where each original
-- file was when it was imported, so the view can serve it by id.

-- The file's absolute path when it was imported (path is as given to
-- minutes import, perhaps relative). NULL for documents imported before.
ALTER TABLE documents ADD COLUMN original TEXT;

-- The page of the document where the item's heading stands, when the
-- document has pages (PDF, or text with page headers). NULL when unknown.
ALTER TABLE items ADD COLUMN page INTEGER;

-- Full-text indexes, kept in step by triggers like those of 002; unicode61
-- with diacritics removed, so "kouril" finds "Kouřil".
CREATE VIRTUAL TABLE actions_fts USING fts5(
	action_id, owner, text, content='actions', content_rowid='id',
	tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER actions_fts_insert AFTER INSERT ON actions BEGIN
	INSERT INTO actions_fts(rowid, action_id, owner, text) VALUES (new.id, new.action_id, new.owner, new.text);
END;
CREATE TRIGGER actions_fts_delete AFTER DELETE ON actions BEGIN
	INSERT INTO actions_fts(actions_fts, rowid, action_id, owner, text) VALUES ('delete', old.id, old.action_id, old.owner, old.text);
END;
CREATE TRIGGER actions_fts_update AFTER UPDATE ON actions BEGIN
	INSERT INTO actions_fts(actions_fts, rowid, action_id, owner, text) VALUES ('delete', old.id, old.action_id, old.owner, old.text);
	INSERT INTO actions_fts(rowid, action_id, owner, text) VALUES (new.id, new.action_id, new.owner, new.text);
END;
INSERT INTO actions_fts(actions_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE people_fts USING fts5(
	name, content='people', content_rowid='id',
	tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
	INSERT INTO people_fts(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
	INSERT INTO people_fts(people_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE ON people BEGIN
	INSERT INTO people_fts(people_fts, rowid, name) VALUES ('delete', old.id, old.name);
	INSERT INTO people_fts(rowid, name) VALUES (new.id, new.name);
END;
INSERT INTO people_fts(people_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE organisations_fts USING fts5(
	name, content='organisations', content_rowid='id',
	tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
	INSERT INTO organisations_fts(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
	INSERT INTO organisations_fts(organisations_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER organisations_fts_update AFTER UPDATE ON organisations BEGIN
	INSERT INTO organisations_fts(organisations_fts, rowid, name) VALUES ('delete', old.id, old.name);
	INSERT INTO organisations_fts(rowid, name) VALUES (new.id, new.name);
END;
INSERT INTO organisations_fts(organisations_fts) VALUES ('rebuild');

-- The repaired text of each document, whole.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	text, content='documents', content_rowid='id',
	tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

-- The listings of the web view filter by body and sort by date.
CREATE INDEX meetings_body_date ON meetings(body, date);
CREATE INDEX action_history_body ON action_history(body);
