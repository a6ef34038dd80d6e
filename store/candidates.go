package store

// Near-duplicates: pairs of people (organisations) whose names may name
// one person (organisation), kept in person_pairs (organisation_pairs)
// with the evidence the names give. They are offered, never merged: the
// aliases file merges. The importer refreshes the pairs of the people and
// organisations each document touches, comparing each with the names that
// begin like it (a block), not with the whole archive.

import (
	"database/sql"
	"strings"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"minutes/internal/fold"
)

// Why two names were paired: the rule column of the pairs.
const (
	pairAccents   = "the same name without accents or umlauts"
	pairMiddle    = "one name adds a middle name or initial"
	pairShortName = "a short form or initial of the first name"
	pairSpelling  = "similar spelling"
	pairFirstOnly = "a first name alone, beside a full name in the same body"
	pairBegins    = "one name begins with the other"
	pairAcronym   = "one is an acronym of the other"
)

// personPair says why two people's names may name one person, or "".
// firstOnly pairs need the evidence of a shared body before they are
// offered.
func personPair(nameA, nameB string) (rule string) {
	ka, kb := NameKey(nameA), NameKey(nameB)
	if ka == kb {
		return ""
	}
	if fold.Key(nameA) == fold.Key(nameB) {
		return pairAccents // Thorbrügge / Thorbrugge
	}
	wa, wb := strings.Fields(ka), strings.Fields(kb)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wb) < 2 {
		return "" // two single words: nicknames, too little to go on
	}
	if len(wa) == 1 {
		if wa[0] == wb[0] || closeWords(wa[0], wb[0]) {
			return pairFirstOnly // Tinka / Tinka Gammel
		}
		return ""
	}
	fa, fb, la, lb := wa[0], wb[0], wa[len(wa)-1], wb[len(wb)-1]
	restA, restB := strings.Join(wa[1:], ""), strings.Join(wb[1:], "")
	switch {
	case fa == fb && la == lb:
		return pairMiddle // Roy Fielding / Roy T. Fielding
	case la == lb && (initialOf(fa, fb) || shortFormOf(fa, fb)):
		return pairShortName // Dan / Daniel Appelquist, R. / Ryan Warsing
	}
	surname := la == lb || restA == restB || closeWords(la, lb) || closeWords(restA, restB)
	first := fa == fb || initialOf(fa, fb) || shortFormOf(fa, fb) || closeWords(fa, fb)
	if surname && first {
		return pairSpelling // Thomson / Thompson, Dell'Aqua / Dell'Acqua, La Delfe / LaDelfe
	}
	return ""
}

// organisationPair says why two organisations' names may name one, or "".
func organisationPair(nameA, nameB string) string {
	ka, kb := OrganisationKey(nameA), OrganisationKey(nameB)
	if ka == kb {
		return ""
	}
	if plainOrganisationKey(nameA) == plainOrganisationKey(nameB) {
		return pairAccents
	}
	wa, wb := strings.Fields(ka), strings.Fields(kb)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < len(wb) && strings.Join(wb[:len(wa)], " ") == strings.Join(wa, " ") && utf8.RuneCountInString(strings.Join(wa, "")) >= 3 {
		return pairBegins // Cisco / Cisco Systems
	}
	if acronymOf(nameA, nameB) || acronymOf(nameB, nameA) {
		return pairAcronym // KMA / Korea Meteorological Administration
	}
	if closeWordByWord(wa, wb) {
		return pairSpelling // Siemans AG / Siemens AG, not CERT-EE / CERT-FI
	}
	return ""
}

// closeWordByWord reports whether two names of as many words differ in
// one word only, by a slip (closeWords).
func closeWordByWord(wa, wb []string) bool {
	if len(wa) != len(wb) {
		return false
	}
	differ := 0
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		if differ++; differ > 1 || !closeWords(wa[i], wb[i]) {
			return false
		}
	}
	return differ == 1
}

// plainOrganisationKey is OrganisationKey without transliterations.
func plainOrganisationKey(name string) string {
	words := strings.Fields(fold.Key(name))
	if n := legalSuffixAt(words); n > 0 && n < len(words) {
		words = words[:len(words)-n]
	}
	return strings.Join(words, " ")
}

// closeWords reports whether two spellings differ by a slip: one edit
// (Damerau-Levenshtein: a letter added, dropped, changed or two swapped)
// in words of four letters or more, two in words of seven or more.
func closeWords(a, b string) bool {
	n := min(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	if n < 4 {
		return false
	}
	d := edlib.DamerauLevenshteinDistance(a, b)
	return d <= 1 || d <= 2 && n >= 7
}

// initialOf reports whether one word is the initial of the other.
func initialOf(a, b string) bool {
	if utf8.RuneCountInString(a) > utf8.RuneCountInString(b) {
		a, b = b, a
	}
	return utf8.RuneCountInString(a) == 1 && strings.HasPrefix(b, a)
}

// shortFormOf reports whether one first name begins the other: Dan and
// Daniel, Lou and Louis.
func shortFormOf(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return utf8.RuneCountInString(a) >= 3 && a != b && strings.HasPrefix(b, a)
}

// initials are the first letters of a key's first and last words.
func initials(key string) string {
	words := strings.Fields(key)
	if len(words) == 0 {
		return ""
	}
	f, _ := utf8.DecodeRuneInString(words[0])
	l, _ := utf8.DecodeRuneInString(words[len(words)-1])
	return string([]rune{f, l})
}

// refreshPairs finds again the near-duplicates of the given rows of e.
func refreshPairs(tx *sql.Tx, e entity, ids []int64) error {
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if err := refreshPairsOf(tx, e, id); err != nil {
			return err
		}
	}
	return nil
}

type named struct {
	id        int64
	key, name string
}

func refreshPairsOf(tx *sql.Tx, e entity, id int64) error {
	pairs := "person_pairs"
	if e.kind == organisation.kind {
		pairs = "organisation_pairs"
	}
	if _, err := tx.Exec(`DELETE FROM `+pairs+` WHERE a = ?1 OR b = ?1`, id); err != nil {
		return err
	}
	var self named
	err := tx.QueryRow(`SELECT id, key, name FROM `+e.table+` WHERE id = ?`, id).Scan(&self.id, &self.key, &self.name)
	if err != nil {
		return err
	}
	block, err := blockOf(tx, e, self)
	if err != nil {
		return err
	}
	for _, other := range block {
		if other.id == self.id {
			continue
		}
		a, b := self, other
		if a.id > b.id {
			a, b = b, a
		}
		if e.kind == organisation.kind {
			rule := organisationPair(a.name, b.name)
			if rule == "" {
				continue
			}
			if _, err := tx.Exec(`INSERT OR REPLACE INTO organisation_pairs (a, b, rule, distance, similarity) VALUES (?, ?, ?, ?, ?)`,
				a.id, b.id, rule, edlib.DamerauLevenshteinDistance(a.key, b.key), edlib.JaroWinklerSimilarity(a.key, b.key)); err != nil {
				return err
			}
			continue
		}
		rule := personPair(a.name, b.name)
		if rule == "" {
			continue
		}
		if rule == pairFirstOnly {
			var shared bool
			if err := tx.QueryRow(`SELECT EXISTS (SELECT body FROM person_bodies WHERE person_id = ?
				INTERSECT SELECT body FROM person_bodies WHERE person_id = ?)`, a.id, b.id).Scan(&shared); err != nil {
				return err
			}
			if !shared {
				continue
			}
		}
		if _, err := tx.Exec(`INSERT OR REPLACE INTO person_pairs (a, b, rule, same_initials, distance, similarity) VALUES (?, ?, ?, ?, ?, ?)`,
			a.id, b.id, rule, initials(a.key) == initials(b.key),
			edlib.DamerauLevenshteinDistance(a.key, b.key), edlib.JaroWinklerSimilarity(a.key, b.key)); err != nil {
			return err
		}
	}
	return nil
}

// blockOf returns the rows of e that a row is compared with, found by
// ranges of the key's index: those whose first word begins with the same
// three letters (Dan and Daniel, Gwenfil and Gwenfyl, Cisco and Cisco
// Systems); for a person also those written with the same initial ("R.
// Warsing" and "Ryan Warsing"), and for a name written with an initial
// every name with that letter; for an organisation also the one-word
// names with the same first letter (an acronym and its full name).
func blockOf(tx *sql.Tx, e entity, self named) ([]named, error) {
	words := strings.Fields(self.key)
	first := []rune(words[0])
	prefix := string(first[:min(3, len(first))])
	type block struct {
		prefix  string
		oneWord bool // only keys of one word
	}
	blocks := []block{{prefix: prefix}}
	switch {
	case e.kind == organisation.kind && len(words) > 1:
		blocks = append(blocks, block{prefix: string(first[:1]), oneWord: true})
	case e.kind == organisation.kind:
		blocks = append(blocks, block{prefix: string(first[:1])}) // an acronym: the names with its first letter
	case len(first) == 1:
		blocks = []block{{prefix: string(first)}}
	default:
		blocks = append(blocks, block{prefix: string(first[:1]) + " "})
	}
	var out []named
	for _, b := range blocks {
		// A range on the key's index; no UTF-8 byte is 0xFF.
		query := `SELECT id, key, name FROM ` + e.table + ` WHERE key >= ? AND key < ?`
		if b.oneWord {
			query += ` AND instr(key, ' ') = 0`
		}
		found, err := queryAll(bg, tx, query, []any{b.prefix, b.prefix + "\xff"}, func(rows *sql.Rows) (n named, err error) {
			err = rows.Scan(&n.id, &n.key, &n.name)
			return n, err
		})
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	return out, nil
}
