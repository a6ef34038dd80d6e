-- Who moved and seconded each decision, and the votes taken by name
-- (contract: decisions' mover, seconder and roll_call).

ALTER TABLE decisions ADD COLUMN mover TEXT;    -- as written
ALTER TABLE decisions ADD COLUMN seconder TEXT; -- as written

-- One row per person and vote of a roll call, in the document's order.
CREATE TABLE roll_call_votes (
	id          INTEGER PRIMARY KEY,
	decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	name        TEXT NOT NULL,  -- as written
	vote        TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain', 'absent'))
);
CREATE INDEX roll_call_votes_decision ON roll_call_votes(decision_id);
CREATE INDEX roll_call_votes_name ON roll_call_votes(name);
