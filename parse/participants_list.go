package parse

// Attendance lists: a label ("Present:", "Directors Absent:", "Regrets",
// "Chair:", "Membres :", "## Attendees") followed by names — on the same
// line, on the lines below, or as a bulleted list — and the same lists in
// running prose ("Board members in attendance were: A, B and C.",
// "Apologies were received from X and Y.").

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// A listContext is what a label says about everyone under it.
type listContext struct {
	attendance string // "present" unless the label says otherwise
	role       string // a role the label gives everyone ("Chair:", "Guests:")
	stated     bool   // the label names a status word, not only a group ("Membres :")
}

// labelGroupWords are words for groups of people that may make up a label
// with the status words ("Directors Present", "Voting Members Present",
// "Membres :").
var labelGroupWords = map[string]bool{
	"directors": true, "director": true, "members": true, "member": true, "membres": true,
	"mitglieder": true, "leden": true, "miembros": true, "officers": true, "board": true,
	"trustees": true, "commissioners": true, "councillors": true, "council": true,
	"committee": true, "delegates": true, "representatives": true, "staff": true,
	"executive": true, "management": true, "team": true, "secretariat": true,
	"advisors": true, "advisers": true, "invitees": true, "people": true, "persons": true,
	"voting": true, "non-voting": true, "ex": true, "officio": true, "ex-officio": true,
	"others": true, "other": true, "personnes": true, "conseillers": true,
	// Folded, in Swedish, Danish, Norwegian, Polish, Czech and Catalan:
	// "Närvarande ledamöter", "Til stede fra bestyrelsen", "Obecni
	// członkowie zarządu", "Přítomní členové výboru".
	"ledamoter": true, "styrelseledamoter": true, "styrelsen": true, "bestyrelsen": true,
	"bestyrelsesmedlemmer": true, "medlemmer": true, "styret": true, "styremedlemmer": true,
	"członkowie": true, "zarzadu": true, "clenove": true, "vyboru": true, "junta": true,
}

// labelFillerWords may stand in a label without changing its sense
// ("Present at roll call", "Apologies received from", "Attendees
// coverage").
var labelFillerWords = map[string]bool{
	"at": true, "the": true, "roll": true, "call": true, "post-roll": true,
	"pre-roll": true, "meeting": true, "list": true, "of": true, "and": true,
	"were": true, "was": true, "from": true, "received": true, "for": true, "in": true,
	"by": true, "who": true, "those": true, "welcome": true, "coverage": true,
	"via": true, "on": true, "site": true, "onsite": true, "on-site": true, "local": true,
	"du": true, "de": true, "la": true, "le": true, "les": true, "des": true, "der": true,
	"die": true, "und": true, "et": true, "y": true, "e": true, "participating": true,
	"participated": true, "sent": true, "with": true, "tc": true, "wg": true, "sc": true,
	"also": true, "all": true, "today": true, "todays": true, "today's": true,
	"nick": true, "only": true, "session": true, "conseil": true,
	// The meeting and its prepositions in other languages: "Asisten a la
	// reunión", "Assistent à la réunion", "Presenti alla riunione",
	// "Anwesend bei der Sitzung", "Aanwezig op de vergadering".
	"a": true, "à": true, "al": true, "alla": true, "della": true, "del": true, "à la": true,
	"reunion": true, "riunione": true, "reuniao": true,
	"sitzung": true, "versammlung": true, "bei": true, "vergadering": true, "op": true,
	"bij": true, "da": true, "do": true, "na": true,
	"fra": true, "fran": true, "av": true, "i": true, "z": true, "ze": true,
}

// labelPrefix matches what comes before a label and is not part of it:
// an IRC time and nick, markdown heading marks, bullets, numbers and
// emphasis.
var labelPrefix = rx.New(`^(\[?\d{1,2}:\d{2}(:\d{2})?\]?\s+<[^>]+>\s*)?([#>*_\s]|[-+•●○▪■¥o]\s|\d+(\.\d+)*\.?\s|[a-z]\)\s|[IVX]+\.\s)*`)

// splitLabel reads an attendance label at the start of a line and returns
// what it says and the text after it. A label is a short phrase of
// status, role and group words, ended by a colon, a semicolon, a tab or a
// run of spaces, or standing alone on its line.
func splitLabel(text string) (ctx listContext, content string, ok bool) {
	s := strings.TrimSpace(labelPrefix.ReplaceAllString(text, ""))
	s = strings.Trim(s, "*_")
	if s == "" {
		return ctx, "", false
	}
	label, rest, sep := cutLabelSeparator(s)
	label = strings.TrimSpace(strings.Trim(label, "*_ "))
	ctx, ok = labelContext(label, sep)
	if !ok && sep == "" {
		ctx, rest, ok = runInLabel(s)
	}
	if !ok {
		return ctx, "", false
	}
	content = strings.TrimSpace(strings.TrimLeft(rest, "*_ "))
	if strings.TrimSpace(sep) != "" && strings.ContainsAny(sep, "-–—") {
		// "Roll Call – Members Present": a label after the dash is the
		// label the line gives, its names below.
		if inner, innerContent, ok := splitLabel(content); ok && innerContent == "" {
			return inner, "", true
		}
	}
	if bareCount.MatchString(content) || strings.Trim(content, "!") == "" {
		content = "" // "présents : 40", "出席者：12名", a lost glyph "!": the names follow below
	}
	return ctx, content, true
}

// runInLabel reads a label run into its list without a colon: "Apologies
// Ann Lee, Bo Chen", "Present Cllrs Davies and Jones", "Anwesend Jan
// Schulz, Eva Braun". The label is one to three words that say an
// attendance, and a person's name follows at once.
func runInLabel(s string) (ctx listContext, rest string, ok bool) {
	words := strings.Fields(s)
	for n := min(3, len(words)-1); n >= 1; n-- {
		label := strings.Join(words[:n], " ")
		c, ok := labelContext(label, "")
		if !ok || c.attendance == attendPresent && !c.stated || c.role != "" {
			continue
		}
		rest = strings.Join(words[n:], " ")
		if !isCapitalised(rest) || !startsWithPerson(rest) {
			return ctx, "", false
		}
		return c, rest, true
	}
	return ctx, "", false
}

// bareCount matches what follows a label when it only counts the people
// the lines below name: "+ présents : 40", "Anwesend: 12 Mitglieder",
// "Asistentes: (9)", "出席者：12名", "出席人员：8人".
var bareCount = rx.New(`(?i)^\(?\d{1,4}\)?\s*(?:(?:members?|persons?|people|membres|personnes|mitglieder|personen|miembros|personas|socios|leden|soci|persone|membri|membros|pessoas|sócios)\b|[名人])?\s*[.)]?$`)

// cutLabelSeparator cuts s at the first colon, semicolon, tab or run of
// two spaces, whichever comes first, and says which it was.
func cutLabelSeparator(s string) (label, rest, sep string) {
	best := -1
	for _, sepr := range []string{":", ";", "：", "\t", "  ", " - ", " – ", " — "} {
		if i := strings.Index(s, sepr); i >= 0 && (best < 0 || i < best) {
			best, sep = i, sepr
		}
	}
	if best < 0 {
		return s, "", ""
	}
	return s[:best], s[best+len(sep):], sep
}

// officeLabels may stand alone on a line as a label without a colon, as
// W3C minutes write them; other labels that only name an office
// ("Treasurer", "Minutes") need a colon, or they are headings and tables
// of election results.
var officeLabels = map[string]bool{"chair": true, "chairs": true, "scribe": true, "scribes": true, "scribenick": true}

// labelContext reads a label phrase. sep is what ended it: a colon or a
// semicolon, a tab, two spaces, or "" when the label stands alone on its
// line. A label of group words only ("Membres :", "Officers") needs a
// colon or a line of its own (and then entries that say how each person
// attended, see acceptBlock). A label that only names an office needs a
// colon, unless it is a lone W3C-style "Chair" or "Scribe".
func labelContext(label string, sep string) (listContext, bool) {
	colon := sep == ":" || sep == ";" || sep == "："
	words := keywordWords(label)
	if len(words) == 0 || len(words) > 6 || utf8.RuneCountInString(label) > 60 {
		return listContext{}, false
	}
	acronyms := map[string]bool{} // the body's name in capitals: "TSC members who attended"
	for _, w := range strings.Fields(label) {
		if n := utf8.RuneCountInString(w); n >= 2 && n <= 6 && isAllCaps(w) {
			acronyms[foldWord(w)] = true
		}
	}
	for _, w := range words {
		if !labelGroupWords[w] && !labelFillerWords[w] && !isStatusWord(w) && !acronyms[w] {
			return listContext{}, false
		}
	}
	ctx := listContext{attendance: attendPresent}
	att, hasAtt := findKeyword(label, attendanceKeywords)
	role, hasRole := findKeyword(label, roleKeywords)
	if hasAtt {
		ctx.attendance = att
		ctx.stated = true
	}
	if hasRole {
		ctx.role = role
		ctx.stated = true
	}
	if !ctx.stated && !((colon || sep == "") && hasGroupWord(words)) {
		return listContext{}, false
	}
	office := hasRole && !hasAtt && ctx.role != roleGuest
	if office && !colon && !(sep == "" && len(words) == 1 && officeLabels[words[0]]) {
		return listContext{}, false
	}
	return ctx, true
}

func hasGroupWord(words []string) bool {
	for _, w := range words {
		if labelGroupWords[w] {
			return true
		}
	}
	return false
}

// isStatusWord reports whether w is a word of an attendance or role
// keyword.
func isStatusWord(w string) bool { return statusWords()[w] }

// statusWords are the words of all attendance and role keywords, folded;
// built once, safe for parallel parses.
var statusWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, table := range [][]rosterKeyword{attendanceKeywords, roleKeywords} {
		for _, k := range table {
			for _, w := range phraseWords(k.phrase) {
				m[w] = true
			}
		}
	}
	return m
})

// A block is the text an attendance label introduces.
type block struct {
	ctx     listContext
	label   line
	inline  string // text on the label's own line, with its continuations
	lines   []line // lines below the label
	bullets bool   // the lines below are list items
	end     int    // index of the first line after the block
}

// readBlock collects what a label at line i introduces: the rest of its
// line (continued on the next lines while the list is unfinished), or the
// lines below it up to a blank line, a heading or another label.
func readBlock(lines []line, i int, ctx listContext, inline string) block {
	b := block{ctx: ctx, label: lines[i], end: i + 1}
	if inline != "" {
		b.inline, b.end = continueInline(lines, i+1, inline, contentColumn(lines[i].Text, inline))
		return b
	}
	j := i + 1
	skipped := 0
	for j < len(lines) && (lines[j].Kind == document.Blank || isProseNote(lines[j])) && skipped < 4 {
		if _, _, prose := proseList(lines[j].Text); prose {
			break
		}
		j++
		skipped++
	}
	for ; j < len(lines); j++ {
		l := lines[j]
		if l.Kind == document.Blank {
			if j+1 < len(lines) && lines[j+1].Kind == document.ListItem && b.bullets {
				continue
			}
			break
		}
		if l.Kind == document.Heading || l.Kind == document.TableRow || l.Kind == document.Glued {
			break
		}
		if _, _, isLabel := splitLabel(l.Text); isLabel {
			break
		}
		if l.Kind == document.ListItem {
			b.bullets = true
		} else if b.bullets || startsNumberedItem(l.Text) {
			break
		}
		if !b.bullets && len(b.lines) > 0 && continuesPrevious(b.lines[len(b.lines)-1].Text, l.Text, false) {
			b.lines[len(b.lines)-1].Text = joinWrapped(b.lines[len(b.lines)-1].Text, strings.TrimSpace(l.Text))
			b.lines[len(b.lines)-1] = relex(b.lines[len(b.lines)-1])
			b.end = j + 1
			continue
		}
		b.lines = append(b.lines, l)
		b.end = j + 1
	}
	return b
}

// isProseNote reports whether a line between a label and its list is a
// remark, not part of the list: a long sentence ("Note: Observers of this
// committee that are ready…").
func isProseNote(l line) bool {
	return l.Kind == document.Prose && len(strings.Fields(l.Text)) >= 10 && looksLikeSentence(l.Text)
}

// startsBullet reports whether a line starts a new list item with a
// bullet glyph: "•", "o ", a private-use symbol font bullet.
func startsBullet(s string) bool {
	s = strings.TrimSpace(s)
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune("•●○▪■◦·*-–", r) || unicode.Is(unicode.Co, r):
		return true
	case r == 'o' && size < len(s) && s[size] == ' ':
		return true
	}
	return false
}

var numberedItem = rx.New(`^\s*(\d+(\.\d+)*\.?|[IVX]+\.|[a-z]\))\s+\S`)

func startsNumberedItem(s string) bool { return numberedItem.MatchString(s) }

// continueInline appends to a list begun on a label's line the lines that
// go on with it: while the list so far ends with a comma, an open
// parenthesis or in the middle of a name, and the next line is not a new
// label, a heading, a numbered item or a sentence.
func continueInline(lines []line, j int, text string, column int) (string, int) {
	for start := j; j < len(lines) && j-start < maxListLines; j++ {
		l := lines[j]
		next := strings.TrimSpace(l.Text)
		if l.Kind == document.Blank || l.Kind == document.Heading || l.Kind == document.TableRow && !continuationRow(l) || next == "" {
			break
		}
		if column > 0 && leadingSpaces(l.Text) > column+8 {
			break // a line far to the right: another column of the page
		}
		if l.Kind == document.TableRow {
			next = strings.TrimSpace(strings.Join(l.Cells, " "))
		}
		open := strings.Count(text, "(") > strings.Count(text, ")")
		// A line starting right under the list's first entry is the next
		// entry of a list set out one per line beside its label:
		//	PRESENT:    Ann Lee    (Chair)
		//	            Bo Chen    (Treasurer)
		aligned := !open && column > 0 && leadingSpaces(l.Text) >= column-1 && leadingSpaces(l.Text) <= column+1 && looksLikePerson(stripNotes(next))
		if !open && !aligned {
			if _, _, isLabel := splitLabel(next); isLabel || startsNumberedItem(next) || startsBullet(next) || !continuesPrevious(text, next, true) {
				break
			}
		}
		if aligned && !strings.HasSuffix(strings.TrimSpace(text), ",") {
			text = strings.TrimSpace(text) + ","
		}
		text = joinWrapped(text, next)
	}
	return text, j
}

// maxListLines bounds how many lines a list begun on a label's line may
// run on, so an unclosed parenthesis cannot swallow a page.
const maxListLines = 12

// contentColumn is the column where a label's list starts on its line,
// counted in characters: lines that continue the list start near it.
func contentColumn(line, content string) int {
	i := strings.Index(line, content)
	if i < 0 {
		return 0
	}
	return utf8.RuneCountInString(line[:i])
}

// leadingSpaces counts the spaces (a tab as four) before a line's text.
func leadingSpaces(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// continuationRow reports whether a table row only continues the cell
// above it: its first cell is empty (a label column left blank).
func continuationRow(l line) bool {
	return len(l.Cells) >= 2 && strings.TrimSpace(l.Cells[0]) == ""
}

// continuesPrevious reports whether next carries on a list that prev
// leaves unfinished. running says the list began on a label's line and
// runs on ("Attendees: A, B, C, Richard" / "Hunt (SCC), D, E"): then a
// next line that is itself a list goes on with it; under a label, lines
// with commas are entries of their own ("M. Gaëtan Gagné, conseiller").
func continuesPrevious(prev, next string, running bool) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	switch {
	case prev == "":
		return false
	case strings.Count(prev, "(") > strings.Count(prev, ")"):
		// A note left open goes on below, unless the next line is an entry
		// of its own with its notes closed ("Robert Coderre (VeriSign" /
		// "Rupert Wimmer (Siemens AG)"): the bracket was never closed.
		return !wholeEntry(next)
	case strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "&") || strings.HasSuffix(prev, " and"):
		return true
	case strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ":"):
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if first == '(' || unicode.IsLower(first) {
		return true
	}
	// The end of a name cut at the end of a line of several: "…, Nikki
	// Sturmey and Marion" / "Harvey", "…, Ed Vaisay – MP, Roger" /
	// "Mcmaster – Former Head of Service".
	several := strings.Contains(prev, ",") || strings.Contains(prev, " and ")
	if several && isCapitalised(next) && len(strings.Fields(lastSegment(prev))) == 1 {
		return true
	}
	if main := stripNotes(next); several && len(strings.Fields(main)) <= 2 && isCapitalised(main) && !strings.Contains(next, ",") && looksLikePerson(strings.TrimSuffix(main, ".")) {
		return true
	}
	// The name was cut at the line's end ("Cheri" / "Burch (phone), …"):
	// the next line goes on with a list, not a sentence.
	return running && strings.Contains(next, ",") && len(strings.Fields(next)) <= 16 && !looksLikeSentence(next)
}

// lastSegment is the text after the last comma or " and " of s.
func lastSegment(s string) string {
	if i := strings.LastIndex(s, ","); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndex(s, " and "); i >= 0 {
		s = s[i+len(" and "):]
	}
	return strings.TrimSpace(s)
}

// looksLikeSentence reports whether s reads as running prose: many words,
// a good share of them lower-case words that are not name particles, and
// already in its first part — "Mme Ariane Bélanger, greffière adjointe,
// Service du greffe" is an entry, not a sentence.
func looksLikeSentence(s string) bool {
	words := strings.Fields(s)
	if len(words) < 6 || lowerWords(words)*4 < len(words) {
		return false
	}
	first := strings.Fields(firstPart(s))
	return len(first) >= 4 && lowerWords(first) >= 2
}

// lowerWords counts the words that start in lower case and are not name
// particles or "and".
func lowerWords(words []string) int {
	n := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !surnameParticles[w] && w != "and" {
			n++
		}
	}
	return n
}

// A prosePhrase finds an attendance list in running text by a pattern
// (whose literal words rule a line out before it runs, internal/rx).
type prosePhrase struct {
	re         *rx.Regexp
	attendance string
}

// prosePhrases find attendance lists in running text: the list follows
// the phrase, up to the end of the sentence. The English phrases are
// patterns; the other languages' are vocab.AttendanceProse.
var prosePhrases = append([]prosePhrase{
	{rx.New(`(?i)\b(?:in attendance were|present were|(?:those )?present at the meeting were|attendees were|attending were|the following were present|(?:the )?meeting was attended by|(?:was|were) attended by|étaient présents|sont présents|anwesend waren)\s*:?\s*`), attendPresent},
	{rx.New(`(?i)\b(?:absent (?:was|were)|(?:the following )?(?:members )?(?:were )?absent(?: from the meeting)? were)\s*:?\s*`), attendAbsent},
	{rx.New(`(?i)\bapologies(?: for absence)?(?: were| was)?(?: received| given| sent)?\s+(?:from|by)\s*:?\s*`), attendApologies},
	{rx.New(`(?i)\bregrets(?: were)?(?: received| sent)?\s+from\s*:?\s*`), attendApologies},
	{rx.New(`(?i)\b(?:se sont excusés|excusés)\s*:\s*`), attendApologies},
}, vocabProsePhrases()...)

// vocabProsePhrases are the phrases of vocab.AttendanceProse, one pattern
// for each attendance they give.
func vocabProsePhrases() []prosePhrase {
	var out []prosePhrase
	for _, att := range []string{attendPresent, attendApologies, attendAbsent} {
		t := vocab.AttendanceProse.Senses(att)
		out = append(out, prosePhrase{rx.New(`(?i)(?:^|[^\p{L}])(?:` + t.Pattern() + `)\s*:?\s*`), att})
	}
	return out
}

// A proseMatch is one attendance list found in prose.
type proseMatch struct{ attendance, list string }

// proseListsAt finds the attendance lists in the prose that starts at line
// i, reading on over the next lines (at most three) while its sentence is
// not finished; each sentence (sentencesOf) may hold one ("Ann Lee sent
// her apologies. Jeanne was absent."). It returns the index of the line after them.
func proseListsAt(lines []line, i int) (found []proseMatch, next int) {
	text := lines[i].Text
	if _, _, ok := proseList(text); !ok {
		return nil, i + 1
	}
	j := i + 1
	for ; j < len(lines) && j <= i+3 && !sentenceClosed(text) && lines[j].Kind == document.Prose && !lines[j].IsBlank(); j++ {
		text += " " + strings.TrimSpace(lines[j].Text)
	}
	for _, sentence := range sentencesOf(text) {
		if att, list, ok := proseList(sentence); ok {
			found = append(found, proseMatch{att, list})
		}
	}
	return found, j
}

// sentenceClosed reports whether s ends a sentence.
func sentenceClosed(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") && !endsWithInitial(strings.TrimSuffix(s, ".")) || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// proseList finds an attendance list in a line of prose: the attendance
// it gives and the list's text up to the end of the sentence.
func proseList(text string) (attendance, list string, ok bool) {
	for _, p := range prosePhrases {
		loc := p.re.FindStringIndex(text)
		if loc == nil {
			continue
		}
		list = sentenceEnd(text[loc[1]:])
		if list != "" {
			return p.attendance, list, true
		}
	}
	return trailingProseList(text)
}

// trailingPhrases find attendance lists written before what they say:
// "Cllr Ann Lee and Tom Price sent their apologies.", "Margo gave us her
// proxy vote", "Jeanne was absent". The list is the sentence up to the
// phrase.
var trailingPhrases = []prosePhrase{
	{rx.New(`(?i)\s+(?:sent|sends|gave|gives|tendered|offered|has sent|have sent)\s+(?:(?:his|her|their|its)\s+)?(?:apologies|regrets)\b`), attendApologies},
	{rx.New(`(?i)\s+(?:was|were)\s+(?:absent|excused)\b`), attendAbsent},
	{rx.New(`(?i)\s+(?:gave|gives|sent|had given|has given)\s+(?:(?:us|the chair|the board)\s+)?(?:(?:his|her|their)\s+)?proxy\b`), attendProxy},
}

// trailingVocabPhrases are the phrases of vocab.AttendanceProseAfter, one
// pattern for each attendance they give: "A, B and C were in attendance",
// "A et B étaient présents".
var trailingVocabPhrases = sync.OnceValue(func() []prosePhrase {
	var out []prosePhrase
	for _, att := range []string{attendPresent, attendApologies, attendAbsent} {
		t := vocab.AttendanceProseAfter.Senses(att)
		out = append(out, prosePhrase{rx.New(`(?i)\s+(?:` + t.Pattern() + `)(?:[\s.,;:!]|$)`), att})
	}
	return out
})

// trailingProseList finds a list that a trailing phrase closes, starting
// the list after the end of the sentence before it and after a lead-in
// label ("NOTE: Margo gave us her proxy vote").
func trailingProseList(text string) (attendance, list string, ok bool) {
	for _, p := range append(trailingPhrases[:len(trailingPhrases):len(trailingPhrases)], trailingVocabPhrases()...) {
		loc := p.re.FindStringIndex(text)
		if loc == nil {
			continue
		}
		list = sentenceStart(text[:loc[0]])
		if i := strings.LastIndex(list, ":"); i >= 0 {
			list = list[i+1:]
		}
		if list = strings.TrimSpace(list); list != "" {
			return p.attendance, list, true
		}
	}
	return "", "", false
}

// sentenceStart is the last sentence begun in s: the text after its last
// full stop that does not end an initial or a title.
func sentenceStart(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ';') && i+1 < len(s) && s[i+1] == ' ' && !(s[i] == '.' && endsWithInitial(s[:i])) {
			return s[i+1:]
		}
	}
	return s
}

// containsAny reports whether s contains one of the substrings.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// sentenceEnd cuts s at the end of its first sentence: a full stop that
// does not end an initial ("J. Margo Clark") or a title ("Dr.").
func sentenceEnd(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		if s[i] == '.' && endsWithInitial(s[:i]) {
			continue
		}
		if i+1 == len(s) || s[i+1] == ' ' {
			return strings.TrimSpace(s[:i])
		}
	}
	return strings.TrimSpace(s)
}

// endsWithInitial reports whether s ends with a single capital or a
// title, so a dot after it is not a full stop.
func endsWithInitial(s string) bool {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return false
	}
	last := fields[len(fields)-1]
	return utf8.RuneCountInString(last) == 1 && isCapitalised(last) || honorifics[strings.ToLower(last)]
}

// A mention is one person (or organisation) as a list names them, before
// mentions of the same person are merged.
type mention struct {
	p        Participant
	line     line
	stated   bool // the attendance is said for this person or by a status word
	proxyFor bool // named in another's "(proxy for X)" note
	surname  bool // the name is a surname alone ("Cllr Smith")
	// labelRole is the role the list's label gave; a note may change it.
	labelRole String
}

// entryParser turns list entries into mentions.
type entryParser struct {
	bodyWords map[string]bool // acronyms in the document's title: the body itself ("TSC")
}

// A listShape is what a whole list shows about its entries: a short code
// written beside several people is their organisation ("(SCC)"); in a
// list where nearly everyone has a code the codes are initials; in a list
// of full names a lone word is not a person ("Directors, Members and
// Staff").
type listShape struct {
	entries        int
	noteCount      map[string]int // per note: how many different people have it
	shortsExpected bool
	fullNames      bool // most entries have two words or more
}

// shapeOf looks at the notes of all the entries of a list.
func shapeOf(entries []string) listShape {
	shape := listShape{entries: len(entries), noteCount: map[string]int{}}
	withShort := 0
	seen := map[string]bool{}
	for _, e := range entries {
		main, notes := splitNotes(e)
		has := false
		for _, n := range notes {
			if key := foldWord(main) + "\x00" + n; !seen[key] {
				seen[key] = true
				shape.noteCount[n]++
			}
			has = has || isShortForm(n)
		}
		if has {
			withShort++
		}
	}
	shape.shortsExpected = len(entries) >= 4 && withShort*5 >= len(entries)*4
	multi := 0
	for _, e := range entries {
		main, _ := splitNotes(e)
		if len(strings.Fields(main)) >= 2 {
			multi++
		}
	}
	shape.fullNames = multi*2 > len(entries)
	return shape
}

// parseInline reads a list written on one line (or run on over several):
// "A, B (Org), C and D". Segments that are not names attach to the person
// before them: "M. Gaëtan Gagné, conseiller municipal" is one person.
func (ep entryParser) parseInline(text string, ctx listContext, line line) []mention {
	text = spacedColumnsToCommas(text)
	return ep.parseInlineShaped(text, ctx, line, shapeOf(splitList(text)))
}

// spacedColumnsToCommas reads names set out in columns on one line, apart
// by runs of three spaces or more and with no comma between them ("Ann
// Lee        Bo Chen"), as a list: the runs become commas. A run before
// a bracket ("Ann Lee          (Chair)") is the entry's note and stays.
func spacedColumnsToCommas(text string) string {
	if !strings.Contains(text, "   ") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		if text[i] != ' ' {
			b.WriteByte(text[i])
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j-i >= 3 && b.Len() > 0 && j < len(text) && text[j] != '(' {
			b.WriteString(", ")
		} else {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// parseInlineShaped is parseInline for one line of a longer list, whose
// shape is the whole list's.
func (ep entryParser) parseInlineShaped(text string, ctx listContext, line line, shape listShape) []mention {
	var out, proxies []mention
	for _, seg := range pluralTitles(splitTrailingWords(splitList(text))) {
		main, notes := splitNotes(seg)
		main = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(main), "and "))
		// A "!" closing an entry is a PDF's lost glyph at the end of its
		// lines ("Robert Whiteside!"), never part of a name.
		main = strings.TrimSpace(strings.TrimRight(strings.Trim(main, "*_"), "!"))
		main = trimClosingPeriod(main) // "…, Commissioner Diaz."
		if nullWords[strings.ToLower(main)] && len(notes) == 0 {
			continue
		}
		d := cutDashForms(main)
		switch {
		case looksLikePerson(d.person) && (!shape.fullNames || len(strings.Fields(d.person)) > 1 || isNick(d.person) || personalNotes(notes, d.person)):
			m := newMention(d.person, ctx, line)
			ep.applyDashed(&m, d)
			proxies = append(proxies, ep.applyNotes(&m, notes, shape)...)
			out = append(out, m)
		case len(out) > 0:
			prev := &out[len(out)-1]
			ep.applyField(prev, main)
			proxies = append(proxies, ep.applyNotes(prev, notes, shape)...)
		}
	}
	return append(out, proxies...)
}

// pluralTitle matches a title for several people before their surnames:
// "Messrs Lee and Chen", "MM. Dupont et Roux", "Sres. García y Pérez",
// "Herren Schulz und Weber", "Sigg. Rossi e Bianchi".
var pluralTitle = rx.New(`^(?:Messrs\.?|MM\.|Mmes\.?|Messieurs|Mesdames|Sres\.|Sras\.|Sigg\.(?:re)?|Herren|Damen|Dres\.)\s+`)

// pluralTitles gives each surname after a plural title a title of its
// own, "Mr Lee", "Mr Chen", so each is read as one person's surname; the
// title holds until an entry of more than one word.
func pluralTitles(segments []string) []string {
	titled := false
	for i, seg := range segments {
		seg = strings.TrimSpace(seg)
		if loc := pluralTitle.FindStringIndex(seg); loc != nil {
			titled = true
			seg = seg[loc[1]:]
		} else if len(strings.Fields(seg)) != 1 {
			titled = false
		}
		if titled {
			segments[i] = "Mr " + seg
		}
	}
	return segments
}

// personalNotes reports whether the notes of a lone word show it is a
// person: a way of attending or initials ("Claudia (by proxy)").
func personalNotes(notes []string, name string) bool {
	for _, n := range notes {
		if attendanceOf(n) != "" || initialsOf(n, name) {
			return true
		}
	}
	return false
}

// parseEntry reads one entry of a list written one per line or one per
// bullet: "Jamison Day, LookingGlass", "MDA - Matteo Dell'Aqua,
// Meteo-France, France [MF], [delegate] (proxy for …), Chair", "Past
// President - Phyllis Baca (phone conference)". The first part is the
// person — or an organisation, in lists of organisations; the others are
// their organisation, country, role or title.
func (ep entryParser) parseEntry(text string, ctx listContext, line line, shape listShape) []mention {
	main, notes := splitNotes(trimBullet(text))
	main = strings.TrimSpace(strings.TrimRight(strings.Trim(strings.TrimSpace(main), "*_"), "!"))
	if main == "" || nullWords[strings.ToLower(main)] {
		return nil
	}
	parts := splitFields(main)
	d := cutDashForms(parts[0])
	var m mention
	// A lone word in a list of full names is an organisation ("Fortinet"),
	// unless it is shaped like a given name and stands in an entry of its
	// own under a bullet ("● Sai" among "● Ella Gardner"): people listed
	// one per bullet go by one name often enough, bodies rarely.
	lone := len(strings.Fields(d.person)) == 1 && !isNick(d.person) && !personalNotes(notes, d.person) &&
		!(line.Kind == document.ListItem && len(parts) == 1 && givenNameShaped(d.person))
	switch {
	case looksLikePerson(d.person) && !(lone && shape.fullNames):
		m = newMention(d.person, ctx, line)
	case looksLikeOrganisation(d.person):
		m = newMention("", ctx, line)
		m.p.Organisation = String(d.person)
	default:
		return nil
	}
	ep.applyDashed(&m, d)
	for _, f := range parts[1:] {
		ep.applyField(&m, f)
	}
	proxies := ep.applyNotes(&m, notes, shape)
	return append([]mention{m}, proxies...)
}

// applyDashed sets what the dashes around a name gave.
func (ep entryParser) applyDashed(m *mention, d dashed) {
	if d.short != "" {
		m.p.Short = String(d.short)
	}
	if d.role != "" {
		m.p.Role = String(d.role)
	}
	if d.field != "" {
		ep.applyField(m, d.field)
	}
}

// splitFields splits one entry into its parts at commas and semicolons
// (and their full-width forms) outside parentheses (never at "and":
// "Bosnia and Herzegovina").
func splitFields(s string) []string {
	var parts []string
	var cur strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[' || r == '（':
			depth++
		case (r == ')' || r == ']' || r == '）') && depth > 0:
			depth--
		case (r == ',' || r == ';' || r == '，' || r == '；') && depth == 0:
			parts = append(parts, strings.TrimSpace(cur.String()))
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
	}
	return append(parts, strings.TrimSpace(cur.String()))
}

// newMention starts a mention of name with what the list's label says.
func newMention(name string, ctx listContext, line line) mention {
	m := mention{line: line, stated: ctx.attendance != attendPresent || ctx.stated && ctx.role == ""}
	m.p.Name = String(cleanName(name))
	// "Cllr Smith", "Mr Jones": a title before one word makes it a surname.
	m.surname = hasHonorific(strings.TrimSpace(name)) && len(strings.Fields(string(m.p.Name))) == 1
	m.p.Attendance = String(ctx.attendance)
	m.p.Role = String(ctx.role)
	m.labelRole = m.p.Role
	if isNick(string(m.p.Name)) {
		m.p.Short = m.p.Name
	}
	return m
}

// cleanName removes titles and stray marks from a name: "Cllr Richard
// Smith" → "Richard Smith".
func cleanName(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "*_,;:")
	words := strings.Fields(stripHonorific(s))
	if n := len(words); n > 1 {
		// A full stop after the last name of a list: "Debby Potter."
		last := words[n-1]
		if strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 3 && !honorifics[strings.ToLower(strings.TrimSuffix(last, "."))] && !nameSuffixes[last] {
			words[n-1] = strings.TrimSuffix(last, ".")
		}
	}
	return strings.Join(words, " ")
}

// nameSuffixes end names with a dot of their own.
var nameSuffixes = map[string]bool{"Jr.": true, "Sr.": true, "Jun.": true, "Sen.": true}

// A dashed is an entry read around its dashes.
type dashed struct {
	short, role string // initials or an office written before the name
	person      string // the name (or the whole entry when it has no dash)
	field       string // what follows the name after a dash
}

// cutDashForms reads the dashed forms lists use before or after a name:
// "MDA - Matteo Dell'Aqua" (initials), "Past President - Phyllis Baca"
// (an office), "Charlotte Clark – Southwold" (a place, an organisation or
// a title after the name).
func cutDashForms(s string) dashed {
	s = strings.TrimSpace(s)
	head, tail, ok := cutSpacedDash(s)
	if !ok {
		return cutLeadingTitle(s)
	}
	switch {
	case isShortForm(head) && looksLikePerson(firstNameOf(tail)):
		d := cutDashForms(tail)
		d.short = head
		return d
	case isRolePhrase(head) && looksLikePerson(firstNameOf(tail)):
		d := cutDashForms(tail)
		d.role = roleOf(head)
		return d
	case looksLikePerson(head):
		return dashed{person: head, field: tail}
	}
	return dashed{person: s}
}

// firstPart is the text before the first comma.
func firstPart(s string) string {
	before, _, _ := strings.Cut(s, ",")
	return strings.TrimSpace(before)
}

// cutSpacedDash cuts s at its first dash with spaces around it, or else
// at a dash with a space on one side only ("Joan Sennington- Felixstowe
// Council"): a hyphen inside a name has none.
func cutSpacedDash(s string) (head, tail string, ok bool) {
	for _, d := range []string{" - ", " – ", " — ", " -- "} {
		if i := strings.Index(s, d); i > 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(d):]), true
		}
	}
	if loc := halfSpacedDash.FindStringSubmatchIndex(s); loc != nil {
		return strings.TrimSpace(s[:loc[2]]), strings.TrimSpace(s[loc[3]:]), true
	}
	return "", "", false
}

// halfSpacedDash is a dash between two words with a space on one side.
var halfSpacedDash = rx.New(`\pL([-–—] | [-–—])\pL`)

// applyField reads a part written after a person's name: a country, a
// role, a way of attending, a job title (dropped) or an organisation.
// Dashed parts ("Charlotte Clark – Southwold") are read the same way.
func (ep entryParser) applyField(m *mention, f string) {
	f = strings.TrimSpace(strings.Trim(strings.TrimSpace(f), "*_,;"))
	if t := strings.TrimSuffix(f, "."); isAcronym(t) && !strings.Contains(t, ".") {
		f = t // "SCC." at the end of a sentence
	}
	if f == "" {
		return
	}
	switch {
	case representedBy.MatchString(f):
		// "Ann Lee, represented by Bo Chen": Ann Lee voted by proxy.
		m.p.Attendance, m.stated = attendProxy, true
	case isCountry(f):
		if m.p.Country == "" {
			m.p.Country = String(f)
		}
	case isRolePhrase(f) || roleOf(f) != "" && len(strings.Fields(f)) <= 4:
		if r := roleOf(f); r != "" && m.p.Role == "" {
			m.p.Role = String(r)
		}
	case attendanceOf(f) != "" && len(strings.Fields(f)) <= 3:
		m.p.Attendance = String(attendanceOf(f))
		m.stated = true
	case isJobTitle(f) || beginsLowercase(f) || isDash(f) || headCount.MatchString(f):
	default:
		if country, rest, ok := countrySuffix(f); ok && rest == "" {
			m.p.Country = String(country)
		} else if m.p.Organisation == "" {
			m.p.Organisation = String(f)
		}
	}
}

// headCount is a count of people after the names: "13 weitere
// stimmberechtigte Mitglieder", "25 members of the public".
var headCount = rx.New(`^\d+\s+\p{Ll}`)

// jobWords mark a phrase as a job title rather than an organisation:
// "Chief Executive", "Head of IT", "conseiller municipal".
var jobWords = map[string]bool{
	"attorney": true, "solicitor": true, "counsel": true, "auditor": true, "accountant": true,
	"inspector": true, "superintendent": true, "planner": true, "architect": true, "librarian": true,
	"manager": true, "executive": true, "head": true, "director": true, "officer": true,
	"lead": true, "leader": true, "administrator": true, "assistant": true,
	"coordinator": true, "co-ordinator": true, "advisor": true, "adviser": true,
	"consultant": true, "member": true, "editor": true, "chief": true, "engineer": true,
	"analyst": true, "councillor": true, "expert": true, "representative": true,
	"liaison": true, "liasion": true, "staff": true, "delegate": true, "alternate": true,
	"conseiller": true, "conseillère": true, "directeur": true, "directrice": true,
	"adjoint": true, "adjointe": true, "professor": true, "researcher": true,
	"student": true, "volunteer": true, "founder": true, "ceo": true, "cto": true,
	"cfo": true, "mp": true, "mayor": true, "maire": true, "former": true,
	"webmaster": true, "web": true, "invited": true,
}

// isJobTitle reports whether s names a job rather than a body.
func isJobTitle(s string) bool {
	for _, w := range keywordWords(s) {
		if jobWords[w] {
			return true
		}
	}
	return false
}

// looksLikeOrganisation reports whether s can be an organisation's name
// in a list of organisations: short, starting with a capital or a digit,
// not a sentence.
func looksLikeOrganisation(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || len(s) > 80 || looksLikeSentence(s) || nullWords[strings.ToLower(s)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsFunc(words[0], unicode.IsUpper) // "sFractal"
}

// applyNotes reads the parenthesised and bracketed notes of an entry:
// initials, ways of attending, roles, times, countries, organisations,
// and people held by proxy ("proxy for Weiqing Qu [BoM]"), who are
// returned as mentions of their own.
func (ep entryParser) applyNotes(m *mention, notes []string, shape listShape) []mention {
	var proxies []mention
	for _, n := range notes {
		n = strings.TrimSpace(n)
		switch {
		case n == "":
		case representedBy.MatchString(n):
			m.p.Attendance, m.stated = attendProxy, true // "Ann Lee (représentée par Bo Chen)"
		case m.p.Attendance == attendProxy && looksLikePerson(n):
			// Under a proxy label, the name in brackets is who holds the
			// proxy: "Pouvoirs : René Mages (Christophe Combelles)".
		case proxyHolder.MatchString(n):
			proxies = append(proxies, ep.proxied(proxyHolder.ReplaceAllString(n, ""), m.line)...)
		case m.p.Name != "" && isHandle(n):
			if m.p.Short == "" || m.p.Short == m.p.Name {
				m.p.Short = String(n) // "Ingrid Solberg (@isolberg)": actions name her so
			}
		case m.p.Name != "" && isShortForm(n) && shape.noteCount[n] < 2 &&
			(initialsOf(n, string(m.p.Name)) || shape.shortsExpected):
			if m.p.Short == "" || m.p.Short == m.p.Name {
				m.p.Short = String(n)
			}
		case isTimeNote(n):
		case attendanceOf(n) != "" && len(strings.Fields(n)) <= 4:
			m.p.Attendance = String(attendanceOf(n))
			m.stated = true
		case roleOf(n) != "" && len(strings.Fields(n)) <= 6:
			// A note beats the list's label: "Invited: Amy Scarlett (HR
			// Administrator – Minutes)" took the minutes.
			if m.p.Role == "" || m.p.Role == m.labelRole {
				m.p.Role = String(roleOf(n))
			}
		case isCountry(n):
			if m.p.Country == "" {
				m.p.Country = String(n)
			}
		case ep.bodyWords[foldWord(n)] && shape.noteCount[n]*2 >= shape.entries:
			// "(TSC)" beside most names of a TSC's minutes: membership.
		case hanOrganisation(n) != "" && m.p.Organisation == "":
			m.p.Organisation = String(hanOrganisation(n)) // "徐雷（联通 毋涛代表）": 联通
		case isJobTitle(n) || beginsLowercase(n) && capitalRun(n) == 0 && !strings.ContainsFunc(n, unicode.IsUpper):
		case looksLikeOrganisation(n) && m.p.Organisation == "":
			m.p.Organisation = String(n)
		}
	}
	return proxies
}

// hanOrganisation is the organisation a note in Han characters gives after
// a name ("信通院", "联通 毋涛代表"): its first word, unless that word says
// who stood in for the person ("…代表", a representative).
func hanOrganisation(note string) string {
	words := strings.Fields(strings.ReplaceAll(note, "\u3000", " "))
	if len(words) == 0 || strings.HasSuffix(words[0], "代表") {
		return ""
	}
	for _, r := range words[0] {
		if !unicode.Is(unicode.Han, r) {
			return ""
		}
	}
	return words[0]
}

// representedBy matches a part after a name saying someone else stood
// in for the person, who then attended by proxy: "represented by Bo
// Chen", "représentée par", "vertreten durch", "representado por",
// "rappresentata da", "vertegenwoordigd door", "代理".
var representedBy = rx.New(`(?i)^(?:(?:represented|représentée?s?|vertreten|representad[oa]s?|rappresentat[oa]|vertegenwoordigd)\s+(?:by|par|durch|por|pela|pelo|da|dal|dalla|door)\s|代理)`)

// proxyHolder matches the start of a note naming whom a person holds a
// proxy for.
var proxyHolder = rx.New(`(?i)^(?:holding |holds |has |with )?(?:a )?proxy (?:for|of|from)\s+`)

// proxied reads the people named in a proxy note, up to where the note
// goes on about something else ("for afternoon sessions").
func (ep entryParser) proxied(text string, line line) []mention {
	var out []mention
	for _, seg := range splitList(text) {
		main, notes := splitNotes(seg)
		main = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(main), "and "))
		if i := strings.Index(main, " for "); i > 0 {
			main = main[:i]
		}
		if !looksLikePerson(main) {
			continue
		}
		m := newMention(main, listContext{attendance: attendProxy}, line)
		m.proxyFor = true
		m.stated = true
		ep.applyNotes(&m, notes, listShape{})
		out = append(out, m)
	}
	return out
}

// splitNotes takes the parenthesised and bracketed notes out of an
// entry: "Ross Kirsling (RKG)" → "Ross Kirsling", [RKG]. Nested notes
// stay inside their outer note.
func splitNotes(s string) (main string, notes []string) {
	var b, note strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[' || r == '（':
			if depth > 0 {
				note.WriteRune(r)
			}
			depth++
		case (r == ')' || r == ']' || r == '）') && depth > 0:
			depth--
			if depth == 0 {
				notes = append(notes, strings.TrimSpace(note.String()))
				note.Reset()
				b.WriteByte(' ')
			} else {
				note.WriteRune(r)
			}
		case depth > 0:
			note.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	if depth > 0 {
		notes = append(notes, strings.TrimSpace(note.String()))
	}
	return strings.Join(strings.Fields(b.String()), " "), notes
}

// splitList splits a list at commas and semicolons outside parentheses
// (their full-width forms and the ideographic comma "、" too), and at
// " and " / " & " between two names.
func splitList(s string) []string {
	var parts []string
	var cur strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[' || r == '（':
			depth++
		case (r == ')' || r == ']' || r == '）') && depth > 0:
			depth--
		case (r == ',' || r == ';' || r == '、' || r == '，' || r == '；') && depth == 0:
			parts = append(parts, cur.String())
			cur.Reset()
			continue
		case depth == 0 && unicode.IsUpper(r) && closedNoteBefore(cur.String()):
			// "Richard Hunt (RH)(Observer) Ian Brookman (IB)": a comma
			// forgotten after a note.
			parts = append(parts, cur.String())
			cur.Reset()
		}
		cur.WriteRune(r)
	}
	parts = append(parts, cur.String())
	var out []string
	for _, p := range parts {
		for _, q := range splitAnd(p) {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// closedNoteBefore reports whether s ends with a closed note and a space.
func closedNoteBefore(s string) bool {
	t := strings.TrimRight(s, " ")
	return len(t) < len(s) && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "]"))
}

// listJoiners join the last two names of a list, in several languages.
var listJoiners = []string{" and ", " & ", " et ", " und ", " y ", " en ", " e ", " a’r ", " a'r ", " ac ", " a ", " sowie ", " ainsi que ", " as well as "}

// splitAnd splits "David Olds and Arlene Roberts" in two when both sides
// are names; "Bosnia and Herzegovina" and "Stock & Content" stay whole.
func splitAnd(s string) []string {
	main, _ := splitNotes(s)
	for _, j := range listJoiners {
		i := strings.Index(s, j)
		if i <= 0 {
			continue
		}
		left, right := s[:i], s[i+len(j):]
		lm, _ := splitNotes(left)
		rm, _ := splitNotes(right)
		if strings.Contains(main, strings.TrimSpace(j)) && looksLikePerson(lm) && looksLikePerson(firstNameOf(rm)) {
			return append([]string{left}, splitAnd(right)...)
		}
	}
	return []string{s}
}

// firstNameOf returns s up to a dash or comma: the name part of an entry.
func firstNameOf(s string) string {
	if head, _, ok := cutSpacedDash(s); ok {
		return head
	}
	return firstPart(s)
}

// trimBullet removes a list item's bullet or number.
// A bullet's glyph may come from a symbol font's private-use area
// (U+F0B7) and be doubled when a PDF draws it twice.
func trimBullet(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.Is(unicode.Co, r) || unicode.IsSpace(r) })
	return strings.TrimSpace(bulletMarker.ReplaceAllString(s, ""))
}

var bulletMarker = rx.New(`^\s*([-*+•●○▪■¥◦·]|\d+[.)]|[a-z][.)])\s+`)

// cellBlock reads a label that fills one cell of a table row, with its
// entries in the same cell of the rows below, each row empty elsewhere (an
// agenda table whose item "Apologies received from" lists the names as
// bullets under it, the presenter's initials in the next cell). The other
// cells of the label's row belong to other columns, not to the list.
func cellBlock(lines []line, i int, ctx listContext) (block, bool) {
	col := labelCell(lines[i])
	if col < 0 {
		return block{}, false
	}
	b := block{ctx: ctx, label: lines[i], end: i + 1}
	for j := i + 1; j < len(lines) && j-i <= maxListLines; j++ {
		text, ok := onlyCell(lines[j], col)
		if !ok {
			break
		}
		l := lines[j]
		l.Kind, l.Text, l.Cells = document.Prose, text, nil
		if startsBullet(text) {
			l.Kind, b.bullets = document.ListItem, true
		}
		b.lines = append(b.lines, relex(l))
		b.end = j + 1
	}
	return b, len(b.lines) > 0
}

// labelCell is the index of the cell of a table row that is an attendance
// label on its own, or -1.
func labelCell(l line) int {
	if l.Kind != document.TableRow {
		return -1
	}
	for k, c := range l.Cells {
		if _, content, ok := splitLabel(c); ok && content == "" {
			return k
		}
	}
	return -1
}

// onlyCell returns the text of cell col of a table row whose other cells
// are empty.
func onlyCell(l line, col int) (string, bool) {
	if l.Kind != document.TableRow || col >= len(l.Cells) {
		return "", false
	}
	text := strings.TrimSpace(l.Cells[col])
	for k, c := range l.Cells {
		if k != col && strings.TrimSpace(c) != "" {
			return "", false
		}
	}
	return text, text != ""
}

// givenNameShaped reports whether a word is written as a name is: a
// capital and then small letters ("Sai", "Zoë"), not an acronym or a
// brand ("ENISA", "sFractal", "1&1").
func givenNameShaped(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return utf8.RuneCountInString(w) >= 2
}

// wholeEntry reports whether a line is an entry complete in itself: a name
// and then notes, every bracket closed.
func wholeEntry(s string) bool {
	open := strings.IndexAny(s, "([")
	if open <= 0 || strings.Count(s, "(") != strings.Count(s, ")") || strings.Count(s, "[") != strings.Count(s, "]") {
		return false
	}
	return looksLikePerson(strings.TrimSpace(trimBullet(s[:open])))
}

// cutLeadingTitle takes a job title or an office off the front of a name
// ("City Manager Paul Reyes", "City Clerk Janet Moore"): the words before
// a full name whose last word is a job or office. An office gives the
// role (a clerk is the secretary); a job title is dropped.
func cutLeadingTitle(s string) dashed {
	words := strings.Fields(s)
	if looksLikePerson(s) || len(words) < 3 {
		return dashed{person: s}
	}
	for k := 1; k <= len(words)-2 && k <= 4; k++ {
		title, name := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		last := foldWord(words[k-1])
		if !jobWords[last] && roleOf(words[k-1]) == "" {
			continue
		}
		if looksLikePerson(name) {
			return dashed{person: name, role: roleOf(title)}
		}
	}
	return dashed{person: s}
}

// cutTrailingWords parts one entry at the first joiner after which the
// words are no name (see splitTrailingWords).
func cutTrailingWords(seg string) []string {
	main, _ := splitNotes(seg)
	if looksLikePerson(strings.TrimSpace(main)) {
		return []string{seg}
	}
	for _, joiner := range listJoiners {
		head, tail, ok := strings.Cut(seg, joiner)
		headMain, _ := splitNotes(head)
		if ok && looksLikePerson(strings.TrimSpace(headMain)) && !looksLikePerson(strings.TrimSpace(tail)) {
			return []string{head, tail}
		}
	}
	return []string{seg}
}

// splitTrailingWords parts an entry that goes on with words after "and"
// ("Mrs J. Smith (Clerk) and two members of the public", "Jens-Ole
// Petersen (Schriftführer) sowie 13 weitere Mitglieder"), which
// splitList keeps whole because they are no name: the person stays an
// entry of their own, the words another (which names nobody).
func splitTrailingWords(segments []string) []string {
	var out []string
	for _, seg := range segments {
		out = append(out, cutTrailingWords(seg)...)
	}
	return out
}
