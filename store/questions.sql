-- The example questions of docs/schema.md, and the canned queries of the
-- Datasette metadata (minutes metadata): one source for both. Each starts
-- with a line "-- name: Title" and runs on its own in the sqlite3 shell;
-- the tests run every one on a database of the two sample minutes.

-- every_meeting: Every meeting, newest first
SELECT date, body, number, title, city, country
FROM meetings
ORDER BY date DESC;

-- most_attended_2006_2010: Who attended most meetings from 2006 to 2010
SELECT person, count(DISTINCT meeting_id) AS meetings
FROM attendance
WHERE attendance IN ('present', 'remote', 'proxy')
  AND date BETWEEN '2006-01-01' AND '2010-12-31'
GROUP BY person_id
ORDER BY meetings DESC, person
LIMIT 20;

-- meetings_of_a_person: Every meeting a person attended (search the name without diacritics or case through `people.key`)
SELECT a.date, a.meeting, a.city, a.organisation, a.role, a.attendance
FROM attendance a
JOIN people p ON p.id = a.person_id
WHERE p.key LIKE '%bozic%'
ORDER BY a.date;

-- organisations_in_a_year: Which organisations attended most meetings in a year (here 2010; the web view: Organisations, year, sort by Meetings)
SELECT o.name AS organisation, count(DISTINCT m.id) AS meetings, count(DISTINCT pa.person_id) AS people
FROM participants pa
JOIN organisations o ON o.id = pa.organisation_id
JOIN meetings m ON m.id = pa.meeting_id
WHERE m.date >= '2010' AND m.date < '2011'
  AND (pa.attendance IS NULL OR pa.attendance IN ('present', 'remote', 'proxy'))
GROUP BY o.id
ORDER BY meetings DESC, people DESC, organisation
LIMIT 20;

-- spellings: Every spelling of each person's name
SELECT p.name, group_concat(DISTINCT s.spelling) AS spellings
FROM people p
JOIN person_spellings s ON s.person_id = p.id
GROUP BY p.id
HAVING count(DISTINCT s.spelling) > 1;

-- longest_open_actions: Which actions stayed open longest (still open ones counted to today)
SELECT action_id, owner, text, first_date, closed_date,
       CAST(julianday(COALESCE(closed_date, date('now'))) - julianday(first_date) AS INTEGER) AS days_open
FROM action_history
WHERE action_id IS NOT NULL
ORDER BY days_open DESC
LIMIT 20;

-- open_actions: Actions still open, oldest first
SELECT first_date, body, action_id, owner, text, latest_status
FROM open_actions
ORDER BY first_date;

-- action_histories: Each action's history of statuses
SELECT action_key, date, status, meeting
FROM action_events
ORDER BY action_key, date;

-- actions_by_owner: Actions by owner
SELECT owner, actions, still_open
FROM actions_by_owner
ORDER BY actions DESC;

-- search_items: Search the items for a topic, diacritics ignored, best matches first
SELECT m.date, m.title AS meeting, i.number, i.title,
       snippet(items_fts, 1, '[', ']', '…', 12) AS excerpt
FROM items_fts
JOIN items i ON i.id = items_fts.rowid
JOIN meetings m ON m.id = i.meeting_id
WHERE items_fts MATCH 'kouril'
ORDER BY rank;

-- search_decisions: Search the decisions
SELECT m.date, d.kind, d.text
FROM decisions_fts
JOIN decisions d ON d.id = decisions_fts.rowid
JOIN meetings m ON m.id = d.meeting_id
WHERE decisions_fts MATCH 'volunteers'
ORDER BY m.date;

-- where_discussed: Where a phrase was discussed: items, decisions and actions (the web view also searches the full text)
SELECT m.date, m.title AS meeting, 'item' AS kind, i.title AS what
FROM items_fts JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id
WHERE items_fts MATCH '"data retention"'
UNION ALL
SELECT m.date, m.title, 'decision', d.text
FROM decisions_fts JOIN decisions d ON d.id = decisions_fts.rowid JOIN meetings m ON m.id = d.meeting_id
WHERE decisions_fts MATCH '"data retention"'
UNION ALL
SELECT m.date, m.title, 'action', a.text
FROM actions_fts JOIN actions a ON a.id = actions_fts.rowid JOIN meetings m ON m.id = a.meeting_id
WHERE actions_fts MATCH '"data retention"'
ORDER BY 1;

-- presentations: Presentations given, by person
SELECT pe.name AS presenter, m.date, i.title
FROM presenters pr
JOIN people pe ON pe.id = pr.person_id
JOIN items i ON i.id = pr.item_id
JOIN meetings m ON m.id = i.meeting_id
ORDER BY pe.name, m.date;

-- organisations_per_meeting: Organisations with the most attendees at a meeting
SELECT meeting, date, organisation, count(*) AS attendees
FROM attendance
WHERE organisation IS NOT NULL
GROUP BY meeting_id, organisation
ORDER BY attendees DESC, date
LIMIT 20;

-- countries_per_meeting: Countries represented at each meeting
SELECT date, meeting, count(DISTINCT country) AS countries, group_concat(DISTINCT country) AS which
FROM attendance
WHERE country IS NOT NULL
GROUP BY meeting_id
ORDER BY date;

-- meetings_per_body_year: Meetings per body and year
SELECT body, year, meetings
FROM meetings_per_body_year
ORDER BY body, year;

-- next_meetings: Where and when the next meetings were announced
SELECT m.date AS announced_at, n.date, n.end_date, n.city, n.country, n.host
FROM next_meetings n
JOIN meetings m ON m.id = n.meeting_id
ORDER BY n.date;

-- most_repaired_documents: Which documents needed the most repair
SELECT d.path, count(w.id) AS warnings
FROM documents d
LEFT JOIN warnings w ON w.document_id = d.id
GROUP BY d.id
ORDER BY warnings DESC;

-- roll_calls: How each member voted in the votes taken by name
SELECT m.date, d.text, r.name, r.vote
FROM roll_call_votes r
JOIN decisions d ON d.id = r.decision_id
JOIN meetings m ON m.id = d.meeting_id
ORDER BY m.date, d.position, r.position;
