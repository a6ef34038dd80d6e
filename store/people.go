package store

// People and organisations across meetings. A document's rows are written
// with the names as the record gives them; linkMeeting then links them to
// people and organisations, inside the document's transaction. The same
// function links every row again when the rules or the aliases file
// change (relinkAll), so a database is always linked one way.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"minutes/internal/fold"
)

// bg is the context of the importer's queries, which run in a transaction
// the caller ends.
var bg = context.Background()

// An entity is a kind of thing names resolve to: a person or an
// organisation.
type entity struct {
	kind  string // as the aliases file and its table write it
	table string
	key   func(string) string
}

var (
	person       = entity{"person", "people", NameKey}
	organisation = entity{"organisation", "organisations", OrganisationKey}
)

// fuller reports whether spelling a shows more of a name than b: more
// letters with diacritics ("Božič" over "Bozic"), then more letters.
func fuller(a, b string) bool {
	da, db := diacriticLetters(a), diacriticLetters(b)
	if da != db {
		return da > db
	}
	return len([]rune(a)) > len([]rune(b))
}

func diacriticLetters(s string) int {
	n := 0
	for _, r := range s {
		if r > 0x7F && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// alias returns what the aliases file makes of a spelling's key: found
// and the name it becomes, or found and "" when the file says the
// spelling is not one of e.
func (e entity) alias(tx *sql.Tx, key string) (name string, found bool, err error) {
	var to sql.NullString
	err = tx.QueryRow(`SELECT name FROM aliases WHERE kind = ? AND key = ?`, e.kind, key).Scan(&to)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return to.String, err == nil, err
}

// resolve returns the row of e that a name resolves to, after the aliases
// file, creating it if needed. The row is named with the fullest spelling
// seen, or with the name the aliases file gives it. rejected says the
// aliases file makes the name no person (no organisation).
func (e entity) resolve(tx *sql.Tx, name string) (id sql.NullInt64, rejected bool, err error) {
	key := e.key(name)
	if key == "" {
		return sql.NullInt64{}, false, nil
	}
	fixed := "" // the name the aliases file gives the row
	to, found, err := e.alias(tx, key)
	switch {
	case err != nil:
		return sql.NullInt64{}, false, err
	case found && to == "":
		return sql.NullInt64{}, true, nil
	case found:
		name, key, fixed = to, e.key(to), to
	default:
		err := tx.QueryRow(`SELECT name FROM aliases WHERE kind = ? AND name_key = ? AND name IS NOT NULL LIMIT 1`, e.kind, key).Scan(&fixed)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return sql.NullInt64{}, false, err
		}
	}
	if fixed != "" {
		name = fixed
	}
	var current string
	var row int64
	err = tx.QueryRow(`SELECT id, name FROM `+e.table+` WHERE key = ?`, key).Scan(&row, &current)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		row, err = insert(tx, `INSERT INTO `+e.table+` (key, name) VALUES (?, ?)`, key, name)
		return sql.NullInt64{Int64: row, Valid: err == nil}, false, err
	case err != nil:
		return sql.NullInt64{}, false, err
	}
	if name != current && (fixed != "" || fuller(name, current)) {
		if _, err := tx.Exec(`UPDATE `+e.table+` SET name = ? WHERE id = ?`, name, row); err != nil {
			return sql.NullInt64{}, false, err
		}
	}
	return sql.NullInt64{Int64: row, Valid: true}, false, nil
}

// existing returns the row of e whose key a name has, if there is one.
func (e entity) existing(tx *sql.Tx, name string) (sql.NullInt64, error) {
	var id int64
	err := tx.QueryRow(`SELECT id FROM `+e.table+` WHERE key = ?`, e.key(name)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return sql.NullInt64{}, nil
	}
	return sql.NullInt64{Int64: id, Valid: err == nil}, err
}

// A meeting is what linking the names of one meeting looks at.
type meeting struct {
	id, document int64
	body         string
	headings     map[string]bool // the keys of its items' titles
	names        map[string]bool // the keys of its participants' names
}

func loadMeeting(tx *sql.Tx, id int64) (*meeting, error) {
	m := &meeting{id: id, headings: map[string]bool{}, names: map[string]bool{}}
	var body sql.NullString
	if err := tx.QueryRow(`SELECT document_id, body FROM meetings WHERE id = ?`, id).Scan(&m.document, &body); err != nil {
		return nil, err
	}
	m.body = body.String
	titles, err := QueryStrings(bg, tx, `SELECT title FROM items WHERE meeting_id = ? AND title IS NOT NULL`, id)
	if err != nil {
		return nil, err
	}
	for _, t := range titles {
		m.headings[NameKey(t)] = true
	}
	// The people the meeting names: its participants, presenters, and the
	// owners written as a person's name.
	names, err := QueryStrings(bg, tx, `SELECT name FROM participants WHERE meeting_id = ?1 AND name IS NOT NULL
		UNION ALL SELECT pr.name FROM presenters pr JOIN items i ON i.id = pr.item_id WHERE i.meeting_id = ?1
		UNION ALL SELECT owner FROM actions WHERE meeting_id = ?1 AND owner IS NOT NULL`, id)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if clean, reason := personName(n); reason == "" && (len(strings.Fields(clean)) > 1 || looksLikePersonName(clean)) {
			m.names[NameKey(clean)] = true
		}
	}
	return m, nil
}

// person links a name written as a participant or presenter to a
// person, or says why it is not one.
func (m *meeting) person(tx *sql.Tx, written string) (sql.NullInt64, string, error) {
	if id, reason, found, err := aliasedPerson(tx, written); err != nil || found {
		return id, reason, err
	}
	name, reason := personName(written)
	if reason != "" {
		return sql.NullInt64{}, reason, nil
	}
	// A heading of the document read as a participant ("Contenido",
	// "Valoración TROFO" from a table of contents). A name written as a
	// person's — "Peter-Paul Koch", whose talk is an item — stays a person.
	if m.headings[NameKey(name)] && !looksLikePersonName(name) {
		return sql.NullInt64{}, notHeading, nil
	}
	if two, err := m.twoPeople(tx, name); err != nil || two {
		return sql.NullInt64{}, notTwoPeople, err
	}
	id, rejected, err := person.resolve(tx, name)
	if rejected {
		return id, notAlias, err
	}
	return id, "", err
}

// aliasedPerson applies the aliases file to a name as written, before any
// rule: found says the file has a line for it.
func aliasedPerson(tx *sql.Tx, written string) (id sql.NullInt64, reason string, found bool, err error) {
	to, found, err := person.alias(tx, NameKey(written))
	switch {
	case err != nil || !found:
		return sql.NullInt64{}, "", false, err
	case to == "":
		return sql.NullInt64{}, notAlias, true, nil
	}
	id, _, err = person.resolve(tx, to)
	return id, "", true, err
}

// twoPeople reports whether a name is two people's names run together,
// each of two words or more, both known: as participants of the meeting
// or as people of the archive ("Tinka Gammel Georgia Pedicini").
func (m *meeting) twoPeople(tx *sql.Tx, name string) (bool, error) {
	words := strings.Fields(name)
	for i := 2; i <= len(words)-2; i++ {
		known := 0
		for _, part := range []string{strings.Join(words[:i], " "), strings.Join(words[i:], " ")} {
			if m.names[NameKey(part)] {
				known++
				continue
			}
			id, err := person.existing(tx, part)
			if err != nil {
				return false, err
			}
			if id.Valid {
				known++
			}
		}
		if known == 2 {
			return true, nil
		}
	}
	return false, nil
}

// owner links an action's owner to a person: by the initials or name a
// participant of the meeting uses ("MDA"), else by initials that one
// person uses in the body's other meetings (in any meeting, when the
// meeting names no body), else by a person already known under that
// name, else by making one when the owner is written as a person's name.
// Owners that are organisations or several people stay unlinked, with the
// reason.
func (m *meeting) owner(tx *sql.Tx, owner string) (sql.NullInt64, string, error) {
	owner = strings.TrimSpace(owner)
	if owner == "" {
		return sql.NullInt64{}, "", nil
	}
	if id, reason, found, err := aliasedPerson(tx, owner); err != nil || found {
		return id, reason, err
	}
	var id sql.NullInt64
	err := tx.QueryRow(`SELECT person_id FROM participants WHERE meeting_id = ? AND (short = ? OR name = ?) AND person_id IS NOT NULL LIMIT 1`,
		m.id, owner, owner).Scan(&id)
	if err == nil && id.Valid || err != nil && !errors.Is(err, sql.ErrNoRows) {
		return id, "", err
	}
	ids, err := QueryStrings(bg, tx, `SELECT DISTINCT pa.person_id FROM participants pa JOIN meetings mt ON mt.id = pa.meeting_id
		WHERE pa.short = ?1 AND pa.person_id IS NOT NULL AND (?2 = '' OR mt.body = ?2) LIMIT 2`, owner, m.body)
	if err != nil {
		return sql.NullInt64{}, "", err
	}
	if len(ids) == 1 {
		var one int64
		fmt.Sscan(ids[0], &one)
		return sql.NullInt64{Int64: one, Valid: true}, "", nil
	}
	if id, err := m.firstNameOf(tx, owner); err != nil || id.Valid {
		return id, "", err
	}
	name, reason := personName(owner)
	if reason != "" {
		return sql.NullInt64{}, reason, nil
	}
	if two, err := m.twoPeople(tx, name); err != nil || two {
		return sql.NullInt64{}, notTwoPeople, err
	}
	if id, err := person.existing(tx, name); err != nil || id.Valid {
		return id, "", err
	}
	_, aliased, err := person.alias(tx, NameKey(name))
	if err != nil {
		return sql.NullInt64{}, "", err
	}
	if aliased || looksLikePersonName(name) {
		id, rejected, err := person.resolve(tx, name)
		if rejected {
			return id, notAlias, err
		}
		return id, "", err
	}
	if len(ids) > 1 {
		return sql.NullInt64{}, notAmbiguousIDs, nil
	}
	return sql.NullInt64{}, notOwnerShape, nil
}

// firstNameOf returns the participant of the meeting whose first name a
// one-word owner is ("Betsy" and Betsy Frederick), when only one has it.
func (m *meeting) firstNameOf(tx *sql.Tx, owner string) (sql.NullInt64, error) {
	key := NameKey(owner)
	if key == "" || strings.Contains(key, " ") {
		return sql.NullInt64{}, nil
	}
	rows, err := idNames(tx, `SELECT person_id, name FROM participants WHERE meeting_id = ? AND person_id IS NOT NULL`, m.id)
	if err != nil {
		return sql.NullInt64{}, err
	}
	var found sql.NullInt64
	for _, r := range rows {
		words := strings.Fields(NameKey(r.name))
		if len(words) < 2 || words[0] != key || found.Valid && found.Int64 == r.id {
			continue
		}
		if found.Valid {
			return sql.NullInt64{}, nil // two participants with that first name
		}
		found = sql.NullInt64{Int64: r.id, Valid: true}
	}
	return found, nil
}

// organisation links an organisation's name to its row: through the
// aliases file, then the acronyms documents write with a full name.
func (m *meeting) organisation(tx *sql.Tx, written string) (sql.NullInt64, error) {
	key := OrganisationKey(written)
	if key == "" {
		return sql.NullInt64{}, nil
	}
	if _, found, err := organisation.alias(tx, key); err != nil || found {
		if err != nil {
			return sql.NullInt64{}, err
		}
		id, _, err := organisation.resolve(tx, written)
		return id, err
	}
	name := written
	if full, _, ok := splitAcronym(written); ok {
		name = full
	} else if full, err := acronymTarget(tx, key); err != nil {
		return sql.NullInt64{}, err
	} else if full != "" {
		name = full
	}
	id, _, err := organisation.resolve(tx, name)
	return id, err
}

// acronymTarget returns the full name of the one organisation documents
// write an acronym with, or "" when they write it with none or several.
func acronymTarget(tx *sql.Tx, acronymKey string) (string, error) {
	rows, err := QueryStrings(bg, tx, `SELECT min(organisation) FROM organisation_acronyms WHERE acronym_key = ?
		GROUP BY organisation_key LIMIT 2`, acronymKey)
	if err != nil || len(rows) != 1 {
		return "", err
	}
	return rows[0], nil
}

// writtenAcronym is an organisation written with its acronym in
// parentheses or brackets: "Center for Internet Security (CIS)".
var writtenAcronym = regexp.MustCompile(`^(.+?)\s*[(\[]\s*([^()\[\]\s]{2,12})\s*[)\]]$`)

// splitAcronym splits "Center for Internet Security (CIS)" into the name
// and the acronym, when the acronym is made of the name's initials.
func splitAcronym(s string) (name, acronym string, ok bool) {
	m := writtenAcronym.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !acronymOf(m[2], m[1]) {
		return "", "", false
	}
	return m[1], m[2], true
}

// bracketed is an acronym in parentheses or brackets near a name, on the
// same line: "Korea Meteorological Administration, Republic of Korea
// [KMA]".
var bracketed = regexp.MustCompile(`^[^()\[\]\n]{0,60}?[(\[]\s*([^()\[\]\s]{2,12})\s*[)\]]`)

// acronymsInText finds where a document writes an organisation's name
// with its acronym: in the name itself ("… (CIS)") or after it on the
// same line ("…, Republic of Korea [KMA]"). It returns the pairs
// {acronym, full name} in order.
func acronymsInText(text string, orgs []string) [][2]string {
	pairs := map[[2]string]bool{}
	for _, o := range orgs {
		if full, acr, ok := splitAcronym(o); ok {
			pairs[[2]string{acr, full}] = true
			continue
		}
		if len(strings.Fields(o)) < 2 {
			continue
		}
		for rest := text; ; {
			i := strings.Index(rest, o)
			if i < 0 {
				break
			}
			rest = rest[i+len(o):]
			if m := bracketed.FindStringSubmatch(rest); m != nil && acronymOf(m[1], o) {
				pairs[[2]string{m[1], o}] = true
				break
			}
		}
	}
	out := make([][2]string, 0, len(pairs))
	for p := range pairs {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0]+"\x00"+out[i][1] < out[j][0]+"\x00"+out[j][1] })
	return out
}

// recordAcronyms stores the acronyms a document writes with its
// organisations, and merges an organisation written only as an acronym
// into the one it names, when the archive pairs the acronym with one
// name. It returns the organisations it merged into.
func recordAcronyms(tx *sql.Tx, m *meeting, orgs []string) ([]int64, error) {
	text := ""
	if err := tx.QueryRow(`SELECT text FROM documents WHERE id = ?`, m.document).Scan(&text); err != nil {
		return nil, err
	}
	var merged []int64
	for _, pair := range acronymsInText(text, orgs) {
		acr, full := pair[0], pair[1]
		acrKey := OrganisationKey(acr)
		if _, err := tx.Exec(`INSERT OR IGNORE INTO organisation_acronyms (document_id, acronym_key, acronym, organisation_key, organisation)
			VALUES (?, ?, ?, ?, ?)`, m.document, acrKey, acr, OrganisationKey(full), full); err != nil {
			return nil, err
		}
		if target, err := acronymTarget(tx, acrKey); err != nil || target == "" {
			if err != nil {
				return nil, err
			}
			continue
		}
		alone, err := organisation.existing(tx, acr)
		if err != nil || !alone.Valid {
			if err != nil {
				return nil, err
			}
			continue
		}
		into, _, err := organisation.resolve(tx, full)
		if err != nil {
			return nil, err
		}
		if !into.Valid || into.Int64 == alone.Int64 {
			continue
		}
		if _, err := tx.Exec(`UPDATE participants SET organisation_id = ? WHERE organisation_id = ?`, into, alone); err != nil {
			return nil, err
		}
		if _, err := tx.Exec(`DELETE FROM organisations WHERE id = ?`, alone); err != nil {
			return nil, err
		}
		merged = append(merged, into.Int64)
	}
	return merged, nil
}

// linkMeeting links the names of one meeting's participants, presenters
// and action owners to people and organisations; links actions of other
// meetings whose owner this meeting's participants identify; and finds
// the near-duplicates of the people and organisations it touched. It
// returns the action keys whose history changed in other meetings.
func linkMeeting(tx *sql.Tx, meetingID int64) ([]string, error) {
	m, err := loadMeeting(tx, meetingID)
	if err != nil {
		return nil, err
	}
	type participant struct {
		id          int64
		name, org   sql.NullString
		short       sql.NullString
		person, grp sql.NullInt64
		reason      string
	}
	parts, err := queryAll(bg, tx, `SELECT id, name, organisation, short FROM participants WHERE meeting_id = ? ORDER BY position`,
		[]any{meetingID}, func(rows *sql.Rows) (p participant, err error) {
			err = rows.Scan(&p.id, &p.name, &p.org, &p.short)
			return p, err
		})
	if err != nil {
		return nil, err
	}

	var orgNames []string
	for _, p := range parts {
		if p.org.Valid {
			orgNames = append(orgNames, p.org.String)
		}
	}
	touchedOrgs, err := recordAcronyms(tx, m, orgNames)
	if err != nil {
		return nil, err
	}
	var touched []int64
	for i := range parts {
		p := &parts[i]
		if p.person, p.reason, err = m.person(tx, p.name.String); err != nil {
			return nil, err
		}
		if p.grp, err = m.organisation(tx, p.org.String); err != nil {
			return nil, err
		}
		if _, err := tx.Exec(`UPDATE participants SET person_id = ?, organisation_id = ?, not_a_person = ? WHERE id = ?`,
			p.person, p.grp, nullIfEmpty(p.reason), p.id); err != nil {
			return nil, err
		}
		if p.person.Valid {
			touched = append(touched, p.person.Int64)
		}
		if p.grp.Valid {
			touchedOrgs = append(touchedOrgs, p.grp.Int64)
		}
	}

	presenters, err := idNames(tx, `SELECT pr.id, pr.name FROM presenters pr JOIN items i ON i.id = pr.item_id WHERE i.meeting_id = ?`, meetingID)
	if err != nil {
		return nil, err
	}
	for _, pr := range presenters {
		id, reason, err := m.person(tx, pr.name)
		if err != nil {
			return nil, err
		}
		if _, err := tx.Exec(`UPDATE presenters SET person_id = ?, not_a_person = ? WHERE id = ?`, id, nullIfEmpty(reason), pr.id); err != nil {
			return nil, err
		}
		if id.Valid {
			touched = append(touched, id.Int64)
		}
	}

	owners, err := idNames(tx, `SELECT id, owner FROM actions WHERE meeting_id = ? AND owner IS NOT NULL`, meetingID)
	if err != nil {
		return nil, err
	}
	for _, a := range owners {
		id, err := linkOwner(tx, m, a.id, a.name)
		if err != nil {
			return nil, err
		}
		if id.Valid {
			touched = append(touched, id.Int64)
		}
	}

	// Actions recorded elsewhere whose owner this meeting identifies.
	var written []any
	for _, p := range parts {
		if p.person.Valid {
			if p.short.Valid {
				written = append(written, p.short.String)
			}
			written = append(written, p.name.String)
		}
	}
	keys, err := linkOwnersElsewhere(tx, meetingID, written)
	if err != nil {
		return nil, err
	}
	if err := refreshPairs(tx, person, touched); err != nil {
		return nil, err
	}
	return keys, refreshPairs(tx, organisation, touchedOrgs)
}

// linkOwner links one action's owner and records why when it cannot.
func linkOwner(tx *sql.Tx, m *meeting, actionID int64, owner string) (sql.NullInt64, error) {
	id, reason, err := m.owner(tx, owner)
	if err != nil {
		return id, err
	}
	_, err = tx.Exec(`UPDATE actions SET owner_id = ?, not_a_person = ? WHERE id = ?`, id, nullIfEmpty(reason), actionID)
	return id, err
}

// linkOwnersElsewhere links the unlinked owners of other meetings' actions
// that are written as one of the given names or initials, by the rules of
// their own meeting, and returns the action keys it changed.
func linkOwnersElsewhere(tx *sql.Tx, meetingID int64, written []any) ([]string, error) {
	if len(written) == 0 {
		return nil, nil
	}
	type action struct {
		id, meeting int64
		owner, key  string
	}
	found, err := queryAll(bg, tx, `SELECT id, meeting_id, owner, action_key FROM actions
		WHERE owner_id IS NULL AND owner IN (?`+strings.Repeat(", ?", len(written)-1)+`) AND meeting_id != ?`,
		append(written, meetingID), func(rows *sql.Rows) (a action, err error) {
			err = rows.Scan(&a.id, &a.meeting, &a.owner, &a.key)
			return a, err
		})
	if err != nil {
		return nil, err
	}
	meetings := map[int64]*meeting{}
	var keys []string
	for _, a := range found {
		m := meetings[a.meeting]
		if m == nil {
			if m, err = loadMeeting(tx, a.meeting); err != nil {
				return nil, err
			}
			meetings[a.meeting] = m
		}
		id, err := linkOwner(tx, m, a.id, a.owner)
		if err != nil {
			return nil, err
		}
		if id.Valid {
			keys = append(keys, a.key)
		}
	}
	return keys, nil
}

type idName struct {
	id   int64
	name string
}

func idNames(tx *sql.Tx, query string, args ...any) ([]idName, error) {
	return queryAll(bg, tx, query, args, func(rows *sql.Rows) (r idName, err error) {
		err = rows.Scan(&r.id, &r.name)
		return r, err
	})
}

// actionKey names an action across the meetings of one body: the body and
// the id with case and separators folded ("TF-CSIRT", "16-04" →
// "tf csirt:16 04"). An action without an id is its own action: it gets
// the unique key the caller gives (its document and place), so every
// action has a key and the action views can use the key's index.
func actionKey(body, id, unique string) string {
	k := fold.Key(id)
	if k == "" {
		return unique
	}
	return fold.Key(body) + ":" + k
}

// removeOrphans deletes people and organisations no row refers to any
// more, after a document was replaced.
func removeOrphans(tx *sql.Tx) error {
	_, err := tx.Exec(`
DELETE FROM people WHERE id NOT IN (
	SELECT person_id FROM participants WHERE person_id IS NOT NULL
	UNION SELECT person_id FROM presenters WHERE person_id IS NOT NULL
	UNION SELECT owner_id FROM actions WHERE owner_id IS NOT NULL);
DELETE FROM organisations WHERE id NOT IN (
	SELECT organisation_id FROM participants WHERE organisation_id IS NOT NULL);`)
	return err
}

// keyActions gives every action its action_key: the backfill of the
// migration that introduced the keys. Their history is computed by the
// next migration's backfill (relinkAll), with the owners linked.
func keyActions(tx *sql.Tx) error {
	type row struct {
		id             int64
		actionID, body sql.NullString
	}
	acts, err := queryAll(bg, tx, `SELECT a.id, a.action_id, m.body FROM actions a JOIN meetings m ON m.id = a.meeting_id`, nil,
		func(rows *sql.Rows) (r row, err error) {
			err = rows.Scan(&r.id, &r.actionID, &r.body)
			return r, err
		})
	if err != nil {
		return err
	}
	for _, r := range acts {
		if _, err := tx.Exec(`UPDATE actions SET action_key = ? WHERE id = ?`,
			actionKey(r.body.String, r.actionID.String, fmt.Sprintf("row %d", r.id)), r.id); err != nil {
			return err
		}
	}
	return nil
}

// Relink links every name of the database to people and organisations
// again, in one transaction.
func (s *Store) Relink() error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := relinkAll(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// relinkAll links every participant, presenter and action owner again,
// meeting by meeting in the order they were imported: after the rules or
// the aliases file changed. People and organisations are made anew.
func relinkAll(tx *sql.Tx) error {
	if _, err := tx.Exec(`
UPDATE participants SET person_id = NULL, organisation_id = NULL, not_a_person = NULL;
UPDATE presenters SET person_id = NULL, not_a_person = NULL;
UPDATE actions SET owner_id = NULL, not_a_person = NULL;
DELETE FROM organisation_acronyms;
DELETE FROM person_pairs;
DELETE FROM organisation_pairs;
DELETE FROM people;
DELETE FROM organisations;`); err != nil {
		return err
	}
	ids, err := QueryStrings(bg, tx, `SELECT id FROM meetings ORDER BY document_id, id`)
	if err != nil {
		return err
	}
	for _, s := range ids {
		var id int64
		fmt.Sscan(s, &id)
		if _, err := linkMeeting(tx, id); err != nil {
			return err
		}
	}
	keys, err := allActionKeys(tx)
	if err != nil {
		return err
	}
	return refreshActionHistory(tx, keys)
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
