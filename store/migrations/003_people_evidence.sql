-- People and organisations an analyst can trust: names that are not
-- people, transliterations folded, an aliases file, acronyms written with
-- their organisation, near-duplicate candidates with their evidence, and
-- action owners linked to people across meetings. The keys of people and
-- organisations change (ü = ue, legal forms folded), so the migration's
-- backfill links every row again (store/people.go, relinkAll).

-- Why a name written as a participant, presenter or action owner is not
-- linked to a person: a table header, status words glued to nothing, a
-- heading of the document, several people, two people's names run
-- together, the aliases file... NULL when it is linked, or empty.
ALTER TABLE participants ADD COLUMN not_a_person TEXT;
ALTER TABLE presenters ADD COLUMN not_a_person TEXT;
ALTER TABLE actions ADD COLUMN not_a_person TEXT;

-- Linking an owner written as initials ("JT") to the participant of
-- another meeting who uses them, and back.
CREATE INDEX participants_short ON participants(short) WHERE short IS NOT NULL;
CREATE INDEX actions_unlinked_owner ON actions(owner) WHERE owner_id IS NULL;

-- The aliases file (minutes import --aliases FILE), as last loaded: every
-- spelling whose key is key becomes name; a NULL name says the spelling
-- is not a person (or not an organisation). Applied to every import, so
-- it survives re-imports and --force.
CREATE TABLE aliases (
	kind     TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
	key      TEXT NOT NULL,
	spelling TEXT NOT NULL,
	name     TEXT,
	name_key TEXT,
	line     INTEGER NOT NULL, -- in the file
	PRIMARY KEY (kind, key)
);
CREATE INDEX aliases_name_key ON aliases(kind, name_key);

-- An acronym a document writes together with an organisation's full name
-- ("Korea Meteorological Administration, Republic of Korea [KMA]",
-- "Center for Internet Security (CIS)"). The acronym written alone then
-- names that organisation, as long as the archive pairs it with one name.
CREATE TABLE organisation_acronyms (
	document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	acronym_key      TEXT NOT NULL,
	acronym          TEXT NOT NULL,
	organisation_key TEXT NOT NULL,
	organisation     TEXT NOT NULL,
	PRIMARY KEY (document_id, acronym_key, organisation_key)
);
CREATE INDEX organisation_acronyms_acronym ON organisation_acronyms(acronym_key);

-- Pairs of people who may be one person, found by the importer from their
-- names (string distances need Go, not SQL); never merged: the aliases
-- file merges them. rule says why they were paired; same_initials,
-- distance (Damerau-Levenshtein between the keys) and similarity
-- (Jaro-Winkler of the keys) are evidence. person_duplicates adds the
-- evidence of the meetings.
CREATE TABLE person_pairs (
	a             INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
	b             INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
	rule          TEXT NOT NULL,
	same_initials INTEGER NOT NULL,
	distance      INTEGER NOT NULL,
	similarity    REAL NOT NULL,
	PRIMARY KEY (a, b),
	CHECK (a < b)
);
CREATE INDEX person_pairs_b ON person_pairs(b);

CREATE TABLE organisation_pairs (
	a          INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
	b          INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
	rule       TEXT NOT NULL,
	distance   INTEGER NOT NULL,
	similarity REAL NOT NULL,
	PRIMARY KEY (a, b),
	CHECK (a < b)
);
CREATE INDEX organisation_pairs_b ON organisation_pairs(b);

-- The bodies in whose meetings each person appears (as participant,
-- presenter or action owner), and each organisation attends.
CREATE VIEW person_bodies AS
SELECT pa.person_id, m.body FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
WHERE pa.person_id IS NOT NULL AND m.body IS NOT NULL
UNION SELECT pr.person_id, m.body FROM presenters pr JOIN items i ON i.id = pr.item_id JOIN meetings m ON m.id = i.meeting_id
WHERE pr.person_id IS NOT NULL AND m.body IS NOT NULL
UNION SELECT a.owner_id, m.body FROM actions a JOIN meetings m ON m.id = a.meeting_id
WHERE a.owner_id IS NOT NULL AND m.body IS NOT NULL;

CREATE VIEW organisation_bodies AS
SELECT DISTINCT pa.organisation_id, m.body FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
WHERE pa.organisation_id IS NOT NULL AND m.body IS NOT NULL;

-- Near-duplicate people, each pair with its evidence: the rule that paired
-- them, the bodies and organisations they share, whether their initials
-- match, the edit distance and similarity of their names, and the
-- meetings both attended (two names in one meeting's list are more
-- likely two people).
CREATE VIEW person_duplicates AS
SELECT p.a AS person_a, pa.name AS name_a, p.b AS person_b, pb.name AS name_b, p.rule,
       (SELECT group_concat(body, '; ') FROM (
           SELECT body FROM person_bodies WHERE person_id = p.a
           INTERSECT SELECT body FROM person_bodies WHERE person_id = p.b)) AS same_body,
       (SELECT group_concat(name, '; ') FROM organisations WHERE id IN (
           SELECT organisation_id FROM participants WHERE person_id = p.a
           INTERSECT SELECT organisation_id FROM participants WHERE person_id = p.b)) AS same_organisation,
       p.same_initials, p.distance, round(p.similarity, 3) AS similarity,
       (SELECT count(*) FROM (
           SELECT meeting_id FROM participants WHERE person_id = p.a
           INTERSECT SELECT meeting_id FROM participants WHERE person_id = p.b)) AS meetings_together
FROM person_pairs p
JOIN people pa ON pa.id = p.a
JOIN people pb ON pb.id = p.b;

-- Near-duplicate organisations, with the bodies they share and the people
-- who attended for both.
CREATE VIEW organisation_duplicates AS
SELECT p.a AS organisation_a, oa.name AS name_a, p.b AS organisation_b, ob.name AS name_b, p.rule,
       (SELECT group_concat(body, '; ') FROM (
           SELECT body FROM organisation_bodies WHERE organisation_id = p.a
           INTERSECT SELECT body FROM organisation_bodies WHERE organisation_id = p.b)) AS same_body,
       (SELECT group_concat(name, '; ') FROM people WHERE id IN (
           SELECT person_id FROM participants WHERE organisation_id = p.a
           INTERSECT SELECT person_id FROM participants WHERE organisation_id = p.b)) AS same_people,
       p.distance, round(p.similarity, 3) AS similarity
FROM organisation_pairs p
JOIN organisations oa ON oa.id = p.a
JOIN organisations ob ON ob.id = p.b;

-- Names written where a person stands that were not taken as people, with
-- why, and how often: for an archivist checking the rules.
CREATE VIEW not_people AS
SELECT name AS spelling, not_a_person AS reason, 'participant' AS written_as, count(*) AS times
FROM participants WHERE not_a_person IS NOT NULL GROUP BY name, not_a_person
UNION ALL
SELECT name, not_a_person, 'presenter', count(*)
FROM presenters WHERE not_a_person IS NOT NULL GROUP BY name, not_a_person
UNION ALL
SELECT owner, not_a_person, 'action owner', count(*)
FROM actions WHERE not_a_person IS NOT NULL GROUP BY owner, not_a_person;

-- The owner of a tracked action as a person, so actions_by_owner counts
-- "JT" and "Jeremy Tandy" as one owner when the participants tie them.
ALTER TABLE action_history ADD COLUMN owner_id INTEGER;

DROP VIEW actions_by_owner;
CREATE VIEW actions_by_owner AS
SELECT COALESCE(pe.name, h.owner) AS owner, h.owner_id, count(*) AS actions,
       sum(h.latest_status IS NULL OR h.latest_status IN ('open', 'ongoing')) AS still_open
FROM action_history h
LEFT JOIN people pe ON pe.id = h.owner_id
GROUP BY h.owner_id, CASE WHEN h.owner_id IS NULL THEN h.owner END;
