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
	"unicode"

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
			if rows := t.Senses(role); len(rows) > 0 {
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

// signatureLines is how many lines at the end of the minutes are read for
// signatures.
const signatureLines = 12

// signatureOffices reads the signatures at the end of the minutes — the
// run of short lines after the last text —, which
// give offices (testdata/CONVENTIONS.md): a name with its office on the
// same line ("Bo Chen, Secretary", "Jan Schulz (Vorsitzender)", "Marie
// Dupont – Présidente"); signatures side by side are set apart by runs of
// spaces ("Jan Schulz (Vorsitzender)     Eva Braun (Protokoll)"). An office
// on a line of its own with the name below or above it ("Le Président" /
// "Marie Dupont") is not read: such a line pairs with the wrong name too
// often.
func signatureOffices(lines []line) []mention {
	var cells []line // the last non-blank lines, each cut into its side-by-side parts
	for i := len(lines) - 1; i >= 0 && len(cells) < signatureLines; i-- {
		l := lines[i]
		if l.IsBlank() || !strings.ContainsFunc(l.Text, unicode.IsLetter) {
			continue // a blank line or a rule drawn for the signatures
		}
		if l.Kind == document.TableRow || l.Kind == document.Heading || len(strings.Fields(l.Text)) > maxSignatureWords {
			break // the signatures are the short lines after the last text
		}
		parts := signatureGap.Split(strings.TrimSpace(l.Text), -1)
		for k := len(parts) - 1; k >= 0; k-- {
			c := l
			c.Text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(parts[k]), "!"))
			cells = append([]line{c}, cells...)
		}
	}
	var out []mention
	for _, c := range cells {
		if name, role, ok := nameWithOffice(c.Text); ok {
			out = append(out, officeMentions([]string{name}, role, c)...)
		}
	}
	return out
}

// maxSignatureWords bounds the words of a line of signatures: a longer
// line is the minutes' text ("Ben Laurie (chair)" in a resolution's list
// before the adjournment is no signature).
const maxSignatureWords = 8

// signatureGap parts signatures set side by side on one line.
var signatureGap = rx.New(`\s{3,}|\t+`)

// signatureArticles may stand before an office in a signature: "Le
// Président", "Il Segretario", "Der Vorsitzende", "De voorzitter".
var signatureArticles = map[string]bool{
	"the": true, "le": true, "la": true, "l'": true, "il": true, "lo": true, "der": true,
	"die": true, "de": true, "het": true, "el": true, "o": true, "a": true, "du": true,
	"séance": true, "meeting": true, "sitzung": true, "signed": true, "signature": true,
}

// officeOnly returns the role of a line that is only an office, or "".
func officeOnly(s string) string {
	words := keywordWords(s)
	if len(words) == 0 || len(words) > 4 || attendanceOf(s) != "" {
		return ""
	}
	for _, w := range words {
		if !signatureArticles[w] && !isStatusWord(w) {
			return ""
		}
	}
	r := roleOf(s)
	if r == roleGuest {
		return ""
	}
	return r
}

// signatureName reports whether a line is only a person's full name.
func signatureName(s string) bool {
	return len(strings.Fields(s)) >= 2 && looksLikePerson(s) && officeOnly(s) == ""
}

// nameWithOffice reads a signature line that gives a full name and its
// office: "Bo Chen, Secretary", "Jan Schulz (Vorsitzender)", "Marie Dupont
// – Présidente".
func nameWithOffice(s string) (name, role string, ok bool) {
	main, notes := splitNotes(s)
	main = strings.TrimSpace(main)
	var office string
	switch {
	case len(notes) == 1:
		office = notes[0]
	default:
		i := strings.IndexAny(main, ",–—")
		if i < 0 {
			return "", "", false
		}
		main, office = strings.TrimSpace(main[:i]), strings.TrimLeft(main[i:], ",–— ")
	}
	if !signatureName(main) {
		return "", "", false
	}
	if role = officeOnly(office); role == "" {
		return "", "", false
	}
	return main, role, true
}
