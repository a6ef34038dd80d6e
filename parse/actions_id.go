package parse

import (
	"strconv"
	"strings"

	"minutes/internal/rx"
)

// This file recognises the identifiers of actions and resolutions:
//
//	27.2  16-01  17.01  2016-07           numeric: meeting and sequence
//	ACT-OWIS-TC-2016-47  Action-BM-2017-03 coded: letters, then numbers
//	RES-OWIS-BM-2017-09  DM-2023-001      (the first segment tells what
//	SC-2015-2  R1  #12                     the code names, when it can)

var (
	// numericID is a meeting-and-sequence number: "27.2", "16-01", "2016-07".
	// A slash makes a date ("10/20/05", "6/2005"), not an id.
	numericID = rx.New(`^\d{1,4}(?:[.-]\d{1,4}){1,2}$`)
	// codedID is letters, then segments joined by "-" or "_", ending with
	// a number: "ACT-OWIS-TC-2016-47", "SC-2015-2", "DM-2023-001".
	codedID = rx.New(`^\p{L}[\p{L}\d]*(?:[-_][\p{L}\d]+)*[-_]\d+[a-z]?$`)
	// shortCode is a letter code glued to a number: "R1", "AI12", "A3".
	shortCode = rx.New(`^\p{Lu}{1,3}\d{1,4}$`)
	// hashNumber is "#12".
	hashNumber = rx.New(`^#\d{1,5}$`)
)

// What an identifier's first segment says it names.
type idKind uint8

const (
	idAny        idKind = iota // a number or a code that does not say
	idAction                   // ACT-…, Action-…, AI-…
	idResolution               // RES-…, Resolution-…, DEC-…
)

// idPrefixes map the first segment of a coded identifier, lower case, to
// what it names.
var idPrefixes = map[string]idKind{
	"act": idAction, "action": idAction, "actions": idAction, "ai": idAction, "ap": idAction,
	"todo": idAction, "task": idAction, "aufgabe": idAction,
	"res": idResolution, "resolution": idResolution, "résolution": idResolution,
	"reso": idResolution, "dec": idResolution, "decision": idResolution, "décision": idResolution,
	"mot": idResolution, "motion": idResolution, "beschluss": idResolution,
}

// classifyID reports whether tok is an identifier and what its first
// segment says it names. Dates ("2016-09-13", "25/01/2010") are not
// identifiers.
func classifyID(tok string) (idKind, bool) {
	switch {
	case numericID.MatchString(tok):
		return idAny, !looksLikeDateID(tok)
	case codedID.MatchString(tok):
		first := strings.ToLower(strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' })[0])
		return idPrefixes[first], true
	case shortCode.MatchString(tok), hashNumber.MatchString(tok):
		return idAny, true
	}
	return idAny, false
}

// looksLikeDateID reports whether a numeric token is a full date: three
// parts, one of them a year.
func looksLikeDateID(tok string) bool {
	parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '.' || r == '-' || r == '/' })
	return len(parts) == 3 && (len(parts[0]) == 4 || len(parts[2]) == 4)
}

// cleanID writes an identifier as the contract wants it: as written, less
// the "#" of "#12".
func cleanID(tok string) String {
	return String(collapseSpace(strings.TrimPrefix(tok, "#")))
}

// idKey is the form in which two writings of one identifier are equal:
// "17.01", "17-01" and "17/1" are one; "ACT-OWIS-TC-2016-47" and
// "act_owis_tc_2016_47" are one.
func idKey(id String) string {
	parts := strings.FieldsFunc(strings.ToLower(string(id)), func(r rune) bool {
		return r == '.' || r == '-' || r == '_' || r == '/' || r == ' ' || r == '#'
	})
	for i, p := range parts {
		if n, err := strconv.Atoi(p); err == nil {
			parts[i] = strconv.Itoa(n)
		}
	}
	return strings.Join(parts, "|")
}

// leadingID splits the identifier that starts s from the rest ("16-01
// Gorazd …", "ACT-OWIS-TC-2016-47: LM - …", "27.2"). A coded action
// identifier may follow one short capitalised word, the month an action
// tracker writes first ("Sep ACT-OWIS-TC-2016-47: …").
func leadingID(s string) (id string, kind idKind, rest string, ok bool) {
	tok, after := cutToken(s)
	if kind, ok := classifyID(tok); ok {
		return tok, kind, after, true
	}
	if len([]rune(tok)) <= 9 && isNameWord(tok) && !strings.ContainsAny(tok, ".-") {
		tok2, after2 := cutToken(after)
		if kind, ok := classifyID(tok2); ok && kind == idAction && codedID.MatchString(tok2) {
			return tok2, kind, after2, true
		}
	}
	return "", idAny, s, false
}

// cutToken returns the first word of s, without the punctuation that
// closes an identifier (":", ")", a final "."), and what follows it.
func cutToken(s string) (tok, rest string) {
	s = strings.TrimLeft(s, " \t")
	end := strings.IndexAny(s, " \t:")
	if end < 0 {
		end = len(s)
	}
	tok = strings.TrimRight(s[:end], ".):,;")
	return tok, strings.TrimLeft(s[end:], " \t")
}

// cutIDSeparator removes what separates an identifier from its text: a
// colon, a dash or a closing bracket.
func cutIDSeparator(s string) string {
	return strings.TrimLeft(s, " \t:.)–—-")
}

// trailingTag is a code repeated after the text of a tracker line, like
// "OWIS-ACT" after "ACT-OWIS-TC-2016-47: … ." It is removed when all its
// segments are segments of the identifier.
var trailingTag = rx.New(`\s+([\p{Lu}\d]+(?:-[\p{Lu}\d]+)+)\s*$`)

// cutTrailingTag removes the tracker tag that repeats the segments of id.
func cutTrailingTag(text string, id String) string {
	m := trailingTag.FindStringSubmatchIndex(text)
	if m == nil || id == "" {
		return text
	}
	idParts := map[string]bool{}
	for _, p := range strings.Split(strings.ToLower(string(id)), "-") {
		idParts[p] = true
	}
	for _, p := range strings.Split(strings.ToLower(text[m[2]:m[3]]), "-") {
		if !idParts[p] {
			return text
		}
	}
	return text[:m[0]]
}
