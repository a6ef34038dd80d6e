package parse

// Offices in running text: minutes that name the chair and the secretary
// in a sentence rather than a label — "Tarek Ziadé préside l'assemblée,
// Jean-Philippe Camguilhem en est le secrétaire", "The meeting was chaired
// by Ann Lee", "Esta Asamblea es presidida por el C. Luis Saavedra". The
// phrases are vocab.OfficeProseAfterName (the name comes before them) and
// vocab.OfficeProseBeforeName (the name follows). The person is one of
// the meeting's participants: the role is added to their entry, or they
// are added as present when no list names them.

import (
	"strings"
	"sync"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// An officePhrase finds one office phrase in a sentence.
type officePhrase struct {
	re   *rx.Regexp
	role string
}

// officePhrases builds one pattern per role for each table, once.
var officePhrases = sync.OnceValues(func() (after, before []officePhrase) {
	build := func(t vocab.Table, pattern string) []officePhrase {
		var out []officePhrase
		for _, role := range []string{roleChair, "vice-chair", "secretary", "treasurer", "scribe"} {
			var rows vocab.Table
			for _, term := range t {
				if term.Sense == role {
					rows = append(rows, term)
				}
			}
			if len(rows) > 0 {
				out = append(out, officePhrase{rx.New(strings.ReplaceAll(pattern, "PHRASES", rows.Pattern())), role})
			}
		}
		return out
	}
	after = build(vocab.OfficeProseAfterName, `(?i)(?:^|\s)(?:PHRASES)(?:[\s,.;:!]|$)`)
	// An article or a title may stand between the phrase and the name:
	// "presidida por el C. Luis Saavedra", "présidée par M. Jean Roux".
	before = build(vocab.OfficeProseBeforeName, `(?i)(?:^|\s)(?:PHRASES)\s+(?:(?:el|la|le|il|lo|o|a|der|die|dem|de|du|del|della|het|the|m\.|mme|mr\.?|mrs\.?|ms\.?|dr\.?|sr\.?|sra\.?|c\.|herr|frau|dott\.?|sig\.?)\s+)*`)
	return after, before
})

// proseOffices reads the offices the running text of the document gives
// people, as mentions that carry a role and plain presence.
func proseOffices(lines []line) []mention {
	after, before := officePhrases()
	var out []mention
	for _, l := range lines {
		if l.Kind != document.Prose && l.Kind != document.ListItem {
			continue
		}
		for _, s := range splitIntoSentences(l.plain) {
			for _, p := range after {
				for _, loc := range p.re.FindAllStringIndex(s, -1) {
					names := namesBefore(trimTrailingParenthetical(s[:loc[0]]))
					out = append(out, officeMentions(names, p.role, l)...)
				}
			}
			for _, p := range before {
				for _, loc := range p.re.FindAllStringIndex(s, -1) {
					names := namesAfter(s[loc[1]:])
					if len(names) > 1 {
						names = names[:1] // "chaired by Ann Lee and attended by …"
					}
					out = append(out, officeMentions(names, p.role, l)...)
				}
			}
		}
	}
	return out
}

// officeMentions makes a mention for each person a sentence gives an
// office.
func officeMentions(names []string, role string, l line) []mention {
	var out []mention
	for _, n := range names {
		if !looksLikePerson(n) {
			continue
		}
		m := newMention(n, listContext{attendance: attendPresent}, l)
		m.p.Role = String(role)
		out = append(out, m)
	}
	return out
}
