package store

// The aliases file: the archivist's word on who is who, which the rules
// cannot know. It merges spellings into one person or organisation,
// renames one, or says a spelling is no person at all. The file is
// loaded into the aliases table (minutes import --aliases FILE) and
// applied to every name the importer links from then on, so it survives
// re-imports and --force; loading a changed file links every name of the
// database again.

import (
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// AliasesHelp describes the file, for `minutes help aliases` and the
// documentation.
const AliasesHelp = `An aliases file is CSV with three columns: kind, spelling, name.

    # kind,spelling,name
    person,Roy T. Fielding,Roy Fielding
    person,Allan Thomson,Allan Thompson
    person,Gorazd Bozic,Gorazd Božič
    organisation,Cisco,Cisco Systems
    organisation,FMI,Finnish Meteorological Institute
    person,Committee Due Date Status,

kind is person or organisation. Every name that folds to the same key as
spelling (case, diacritics, ü = ue, and for organisations legal forms
ignored) becomes name: two spellings with one name are merged, a name
alone renames. An empty name says the spelling is not a person (not an
organisation). A name may itself be the spelling of another line; the
chain is followed. Lines starting with # are comments; a first line
"kind,spelling,name" is a header.

minutes import --aliases FILE loads the file into the database (replacing
what an earlier file said) and links every name again; later imports,
re-imports and --force apply it without the flag.`

// An Alias is one line of the aliases file.
type Alias struct {
	Kind     string // "person" or "organisation"
	Spelling string
	Name     string // the name the spelling becomes; "" when it is not a person (organisation)
	Line     int
}

func (a Alias) entity() entity {
	if a.Kind == organisation.kind {
		return organisation
	}
	return person
}

// ReadAliases reads an aliases file (AliasesHelp) and checks it: a known
// kind on every line, a spelling with letters, no spelling given two
// names, no chain that comes back on itself. Names given through a chain
// are resolved to its end.
func ReadAliases(r io.Reader) ([]Alias, error) {
	in := csv.NewReader(r)
	in.Comment = '#'
	in.FieldsPerRecord = -1
	in.TrimLeadingSpace = true
	var out []Alias
	for first := true; ; first = false {
		fields, err := in.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := in.FieldPos(0)
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if first && strings.EqualFold(fields[0], "kind") {
			continue
		}
		if len(fields) == 2 {
			fields = append(fields, "")
		}
		if len(fields) != 3 {
			return nil, fmt.Errorf("line %d: %d fields, want 3: kind,spelling,name", line, len(fields))
		}
		a := Alias{Spelling: fields[1], Name: fields[2], Line: line}
		switch strings.ToLower(fields[0]) {
		case "person", "people":
			a.Kind = person.kind
		case "organisation", "organization", "org":
			a.Kind = organisation.kind
		default:
			return nil, fmt.Errorf("line %d: kind %q: want person or organisation", line, fields[0])
		}
		if a.entity().key(a.Spelling) == "" {
			return nil, fmt.Errorf("line %d: the spelling %q has no letters", line, a.Spelling)
		}
		out = append(out, a)
	}
	return resolveChains(out)
}

// resolveChains checks that no spelling has two names and follows each
// name that is itself an alias to the end of its chain.
func resolveChains(aliases []Alias) ([]Alias, error) {
	type ref struct{ kind, key string }
	byKey := map[ref]Alias{}
	for _, a := range aliases {
		k := ref{a.Kind, a.entity().key(a.Spelling)}
		if prev, ok := byKey[k]; ok && prev.Name != a.Name {
			return nil, fmt.Errorf("line %d: %q is already given the name %q on line %d", a.Line, a.Spelling, prev.Name, prev.Line)
		}
		byKey[k] = a
	}
	for i, a := range aliases {
		seen := map[string]bool{a.entity().key(a.Spelling): true}
		for a.Name != "" {
			key := a.entity().key(a.Name)
			next, ok := byKey[ref{a.Kind, key}]
			if !ok || next.Name == a.Name && key == a.entity().key(next.Name) {
				break // the end of the chain, or a line that renames its own key
			}
			if seen[key] {
				return nil, fmt.Errorf("line %d: the aliases of %q come back to it", aliases[i].Line, aliases[i].Spelling)
			}
			seen[key] = true
			a.Name = next.Name
		}
		aliases[i].Name = a.Name
	}
	named := map[ref]Alias{} // one person (organisation) has one name
	for _, a := range aliases {
		if a.Name == "" {
			continue
		}
		k := ref{a.Kind, a.entity().key(a.Name)}
		if prev, ok := named[k]; ok && prev.Name != a.Name {
			return nil, fmt.Errorf("line %d names %q, line %d %q: one %s, two names", a.Line, a.Name, prev.Line, prev.Name, a.Kind)
		}
		named[k] = a
	}
	return aliases, nil
}

// Aliases returns the aliases the database holds, in the file's order.
func (s *Store) Aliases() ([]Alias, error) {
	return queryAll(bg, s.db, `SELECT kind, spelling, COALESCE(name, ''), line FROM aliases ORDER BY line`, nil,
		func(rows *sql.Rows) (a Alias, err error) {
			err = rows.Scan(&a.Kind, &a.Spelling, &a.Name, &a.Line)
			return a, err
		})
}

// SetAliases makes aliases what the database applies, in place of what
// it held. When they change what any spelling becomes, every name of the
// database is linked again, in the same transaction: changed says so.
func (s *Store) SetAliases(aliases []Alias) (changed bool, err error) {
	tx, err := s.db.Begin()
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	before, err := QueryStrings(bg, tx, `SELECT kind || ':' || key || '=' || COALESCE(name, '') FROM aliases ORDER BY 1`)
	if err != nil {
		return false, err
	}
	if _, err := tx.Exec(`DELETE FROM aliases`); err != nil {
		return false, err
	}
	for _, a := range aliases {
		e := a.entity()
		var nameKey any
		if a.Name != "" {
			nameKey = e.key(a.Name)
		}
		if _, err := tx.Exec(`INSERT OR REPLACE INTO aliases (kind, key, spelling, name, name_key, line) VALUES (?, ?, ?, ?, ?, ?)`,
			a.Kind, e.key(a.Spelling), a.Spelling, nullIfEmpty(a.Name), nameKey, a.Line); err != nil {
			return false, err
		}
	}
	after, err := QueryStrings(bg, tx, `SELECT kind || ':' || key || '=' || COALESCE(name, '') FROM aliases ORDER BY 1`)
	if err != nil {
		return false, err
	}
	changed = strings.Join(before, "\n") != strings.Join(after, "\n")
	if changed {
		if err := relinkAll(tx); err != nil {
			return false, err
		}
	}
	return changed, tx.Commit()
}
