package parse

// Presenters: the people who presented an agenda item, as the minutes name
// them. Four forms are read:
//
//	a sentence   "Martin Peterka gave a presentation about CZ.NIC",
//	             "Don Stikvoort provided a short update", "Andrew Cormack
//	             spoke about", "Wilfried Wöber presented", "X reported on",
//	             "Maurizio Molina and Baiba Kaskina gave a presentation",
//	             "Andrew Cormack informed the group", "Yves Lafon summarised
//	             progress on", "Alexey Melkinov kicked off discussion … with a
//	             presentation", "X proposed a working process (see
//	             attachment)": the attachment is the presenter's slides
//	             "X a présenté", "X berichtete"
//	a phrase     "Presentation by X", "presented by X", "a presentation from
//	             X", "présentation de X", "Vortrag von X"
//	a label      "Presenter: Kevin Gibbons", "Speakers: A, B"; under the
//	             heading or a sub-heading, a line that is only a name in
//	             brackets, "(Daniel Ehrenberg)", or opens with a name and
//	             its initials, "Mike Samuel (MSL) [proposal](…)"
//
// The owner a heading names ("Treasurer's Report — J. Tinka Gammel") is no
// presenter: the report may have been given by someone else.
// Only full names count: at least two words, the last a word and not an
// initial ("Martin replied" names no presenter, "R. Warsing" does), no word
// of an organisation or a role ("Cisco Systems", "The Chair"). Honorifics
// are dropped ("Dr Jane Smith" → "Jane Smith").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/document"
	"minutes/internal/rx"
)

// maxPresenters bounds the presenters of one item: a list longer than this
// is a roll call misread, not presenters.
const maxPresenters = 12

// findPresenters returns the people who presented an item, in the order the
// minutes name them, without repeats.
func findPresenters(lines []line) []string {
	var names []string
	seen := map[string]bool{}
	add := func(found []string) {
		for _, n := range found {
			if !seen[n] && len(names) < maxPresenters {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	afterHeading := true // the lines just under the item's heading, or a sub-heading
	for i, l := range lines {
		text := l.plain
		if text == "" {
			continue
		}
		if l.Kind == document.Heading {
			if i > 0 {
				if n, ok := nameHeading(text, lines[i+1:]); ok {
					add([]string{n})
				}
			}
			afterHeading = true
			continue
		}
		if m := presenterLabel.FindStringSubmatch(text); m != nil {
			// "Presenter: Katy Huff" wherever it stands in the item, also
			// after the background of a sub-item.
			add(personList(cutAtLink(m[1])))
		} else if i < 3 || afterHeading {
			add(labelPresenters(text))
		}
		afterHeading = false
		for _, sentence := range splitIntoSentences(text) {
			add(sentencePresenters(sentence))
		}
	}
	return names
}

// presenterColumnWords are the words that head the columns of an agenda
// laid out as topics and their presenters: "TOPIC | PRESENTER", "Topic
// Presenter".
var presenterColumnWords = map[string]bool{
	"topic": true, "topics": true, "item": true, "items": true, "agenda": true, "subject": true,
	"time": true, "presenter": true, "presenters": true, "speaker": true, "speakers": true,
	"presented": true, "by": true, "agenda item": true, "#": true, "no": true,
}

// hasPresenterColumn reports whether the document heads a column of its
// agenda "Presenter" (nmnwse-board-minutes-2005-12-17.pdf "TOPIC |
// PRESENTER", 2016-02-13 "Topic Presenter"): then the names in that
// column, and after a leader in its rows that lost their cells, are the
// items' presenters (testdata/CONVENTIONS.md).
func hasPresenterColumn(lines []line) bool {
	for _, l := range lines {
		words := strings.Fields(foldKey(strings.Join(l.Cells, " ") + " " + l.Text))
		if l.Kind == document.TableRow {
			words = strings.Fields(foldKey(strings.Join(l.Cells, " ")))
		}
		if len(words) < 2 || len(words) > 6 {
			continue
		}
		presenter, all := false, true
		for _, w := range words {
			all = all && presenterColumnWords[strings.Trim(w, "|:")]
			presenter = presenter || strings.HasPrefix(w, "presenter") || strings.HasPrefix(w, "speaker")
		}
		if all && presenter {
			return true
		}
	}
	return false
}

// columnPresenters are the names of an agenda's presenter column in a
// section: the item's own, then its sub-items' — rows ("Elections | Tinka
// Gammel"), bold lines after a leader ("Archives-----Mary Campbell") or
// ending with the name ("State Dana Roberson").
func columnPresenters(s section) []string {
	names := namesIn(s.owner)
	for _, l := range s.lines {
		switch {
		case l.Kind == document.TableRow:
			if cells := nonEmptyCells(l.Cells); len(cells) == 2 && strings.TrimSpace(l.Cells[0]) != "" {
				names = mergeLinks(names, namesIn(cells[1]))
			}
		case l.Kind == document.Heading || l.Bold:
			text := l.bare
			if _, owner := splitOwner(text); owner != "" {
				names = mergeLinks(names, namesIn(owner))
			} else if _, person := withoutTrailingPerson(text); person != "" {
				names = mergeLinks(names, []string{person})
			}
		}
	}
	return names
}

// presenterLabel matches "Presenter: X", "Presenters: A and B",
// "Presented by: X", "Speaker: X", "Intervenant : X", "Referent: X".
var presenterLabel = rx.New(`(?i)^(?:presenters?|presented by|speakers?|présentateurs?|présentatrices?|intervenants?|orateurs?|referent(?:in)?|vortragende[rn]?)\s*:\s*(.+)$`)

// bracketedName matches a line that is only a name in brackets:
// "(Daniel Ehrenberg)".
var bracketedName = rx.New(`^\(([^()]{3,60})\)$`)

// nameWithInitials matches a line that opens with a name and the initials
// the minutes use for it: "Mike Samuel (MSL) [proposal](…)".
var nameWithInitials = rx.New(`^([^()\[\]]{3,60}?)\s*\(\p{Lu}{2,4}\)\s*(?:\[|<|https?://|$)`)

// titlePresenters are the people an item's title names in a bracket at
// its end, as agendas of talks write the speaker: "qlog (Robin Marx)",
// "Multipath QUIC (Yanmei Lui, Mirja Kühlewind)", "Sync meeting
// scheduling (Eric Huss Time: 10 minutes)", "Point budget (Marie Dupont)".
// The bracket holds names only, up to a label of its own ("Time:"); an
// office or any other word before them ("(voorzitter Peter Slagter)",
// "(see Rule A12.17)") makes it no list of speakers.
func titlePresenters(title string) []string {
	title = strings.TrimSpace(title)
	if !strings.HasSuffix(title, ")") {
		return nil
	}
	open := strings.LastIndex(title, "(")
	if open < 0 {
		return nil
	}
	inside := title[open+1 : len(title)-1]
	if loc := bracketLabel.FindStringIndex(inside); loc != nil {
		inside = inside[:loc[0]]
	}
	inside = strings.TrimRight(strings.TrimSpace(inside), ",;")
	names := personList(inside)
	// Every word of the bracket is a word of the names: "(voorzitter
	// Peter Slagter)" names an office, not a speaker.
	words := map[string]bool{"and": true, "&": true, "et": true, "und": true, "y": true, "e": true, "en": true}
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(inside) {
		if !words[strings.Trim(w, ",;")] {
			return nil
		}
	}
	return names
}

// nameHeading reads a sub-heading that is only a full name, over what that
// person said: "### Rachel Andrews" / "Rachel neemt het woord." under
// "W3C-lidmaatschap", "### Peter-Paul Koch" / "PPK neemt het woord". The
// line below must open with the person's first name, surname or initials,
// or a heading of two capitalised words ("Transition Plan", "Offene
// Dateiformate") would be taken for a person.
func nameHeading(text string, after []line) (string, bool) {
	text = strings.TrimSpace(text)
	n, ok := personName(text)
	if !ok || n != text {
		return "", false
	}
	for _, l := range after {
		if l.plain == "" {
			continue
		}
		first := strings.Trim(strings.SplitN(l.plain, " ", 2)[0], ":,.")
		words := strings.Fields(n)
		return n, first == words[0] || first == words[len(words)-1] || isAcronymWord(first) && utf8.RuneCountInString(first) <= 4 && initialsOf(first, n)
	}
	return "", false
}

// bracketLabel matches a label inside a title's bracket after the
// speakers: "Time: 10 minutes", "Dauer: 5 min", "durée : 10 min".
var bracketLabel = rx.New(`\s\p{L}+\s?:`)

// labelPresenters reads a presenter label or a bracketed name.
func labelPresenters(text string) []string {
	if m := presenterLabel.FindStringSubmatch(text); m != nil {
		return personList(cutAtLink(m[1]))
	}
	if m := bracketedName.FindStringSubmatch(strings.TrimSpace(text)); m != nil {
		return personList(m[1])
	}
	if m := nameWithInitials.FindStringSubmatch(strings.TrimSpace(text)); m != nil {
		return personList(m[1])
	}
	return nil
}

// cutAtLink ends a label's value where a link or bracket starts:
// "Kevin Gibbons [slides](http://…)".
func cutAtLink(s string) string {
	if i := strings.IndexAny(s, "[<"); i >= 0 {
		s = s[:i]
	}
	return s
}

var (
	// presentingVerb matches what a presenter does, after the names:
	// "gave a short presentation", "provided an update", "have a
	// presentation" (a typo the minutes make), "spoke about", "presented",
	// "reported on", "a présenté", "berichtete".
	presentingVerb = rx.New(`(?i)(?:^|\s)(?:(?:then|also|both|all|briefly|subsequently|again|later|jointly|together|kindly|first|finally)\s+)*(?:(?:gave|give|gives|giving|has given|had given|have given|have|has|held|made|delivered|delivers|provided|provides|did|presented|presents)\s+(?:(?:a|an|the|his|her|their|some|two|three|several|short|brief|quick|detailed|general|final|further|first|joint|verbal|written|oral|interesting|comprehensive|overall|\p{L}+['’]s|\p{L}+s['’])\s+){0,4}(?:presentation|presentations|update|updates|overview|report|reports|talk|introduction|demo|demonstration|briefing|summary|keynote|lecture|tutorial|walkthrough|walk-through)\b|presented\b|spoke\s+(?:about|on|of|to|regarding)\b|talked\s+about\b|reported\s+(?:on|that|about|back)\b|reported\b|informed\s+(?:the\s+)?(?:group|meeting|participants|board|committee|members|attendees)\b|summari[sz]ed\s+(?:the\s+)?(?:progress|status|work|results|activities|findings)\b|kicked\s+off\b[^.]{0,120}?\bwith\s+a\s+(?:short\s+|brief\s+)?presentation\b|[a-z]+ed\s[^.()]{0,100}\(see\s+(?:the\s+)?(?:attachment|attached|slides)\)|introduced\s+(?:the|a|an|his|her|their)\s|a\s+présenté(?:[^\p{L}]|$)|présente\b|expose\b|a\s+exposé\b|fait\s+le\s+point\b|a\s+fait\s+(?:une|un)\s+(?:présentation|exposé|point)\b|berichtete\b|berichtet\b|referierte\b|stellte\b|präsentierte?\b|stellt\s[^.]{0,80}?\svor\b|illustra(?:no)?\b|relaziona(?:no)?\b|presenta(?:no)?\b|dà\s+(?:quindi\s+)?atto\b|informa\s+(?:che|i\s+presenti|l'assemblea)\b|expone\b|expuso\b|presentó\b|inform[aó]\s+(?:que|sobre)\b|apresent(?:ou|a)\b|informou\s+(?:que|sobre)\b|presenteer(?:t|de)\b|(?:geeft|gaf)\s+(?:een\s+)?(?:korte\s+)?(?:presentatie|toelichting)\b)`)
	// presentedBy matches the phrases that name the presenter after them:
	// "Presentation by X", "presented by X", "a presentation from X",
	// "update from X", "présentation de X", "présenté par X", "Vortrag
	// von X".
	presentedBy = rx.New(`(?i)\b(?:presentation|talk|update|report|overview|briefing|demo|demonstration|keynote)\s+(?:by|from|of)\s+|\bpresented\s+by\s+|\b(?:présentation|exposé)\s+(?:de|par)\s+|\bprésentée?s?\s+par\s+|\b(?:vortrag|präsentation|bericht)\s+von\s+|\b(?:presentad[oa]s?|presentat[oa]|apresentad[oa]s?|gepresenteerd)\s+(?:por|da|door)\s+|\b(?:presentación|presentazione|apresentação|presentatie)\s+(?:de|di|van|door)\s+`)
)

// presenterCues are words one of which every presenter sentence holds: a
// cheap test that spares most sentences the patterns.
var presenterCues = []string{
	"present", "présent", "update", "overview", "report", "talk", "introduction", "demo", "briefing",
	"summar", "keynote", "lecture", "tutorial", "walk", "spoke", "informed", "(see ",
	"exposé", "berichte", "referierte", "stellte", "vortrag", "bericht",
	"introduced", "expose", "fait le point", "präsentier", "stellt", "illustra", "relaziona",
	"atto", "informa", "expon", "expuso", "apresent", "presentatie", "toelichting",
}

// sentencePresenters reads the presenters of one sentence.
func sentencePresenters(s string) []string {
	lower := strings.ToLower(s)
	cued := false
	for _, c := range presenterCues {
		if strings.Contains(lower, c) {
			cued = true
			break
		}
	}
	if !cued {
		return nil
	}
	var names []string
	for _, loc := range presentingVerbLocations(s) {
		before := s[:loc]
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(before)), " was") || strings.HasSuffix(strings.ToLower(strings.TrimSpace(before)), " were") {
			continue // "RTIR was presented at the workshop"
		}
		names = append(names, namesBefore(before)...)
	}
	for _, loc := range presentedBy.FindAllStringIndex(s, -1) {
		names = append(names, namesAfter(s[loc[1]:])...)
	}
	return names
}

// presentingVerbLocations lists where a presenting verb (with the adverbs
// before it) starts in s.
func presentingVerbLocations(s string) []int {
	var at []int
	for _, loc := range presentingVerb.FindAllStringIndex(s, -1) {
		match := s[loc[0]:loc[1]]
		at = append(at, loc[0]+len(match)-len(strings.TrimLeft(match, " \t\n\f\r")))
	}
	return at
}

// namesBefore reads the names that end a text, the subject of a verb:
// "Maurizio Molina and Baiba Kaskina", "Tony Brown (Chair) and Alison
// Wheeler (General Manager)".
func namesBefore(s string) []string {
	var names []string
	rest := strings.TrimSpace(s)
	for len(names) < maxPresenters {
		rest = strings.TrimSpace(trimTrailingParenthetical(rest))
		name, before := trailingName(rest)
		if name == "" {
			break
		}
		if n, ok := personName(name); ok {
			names = append([]string{n}, names...)
		} else {
			break
		}
		rest = strings.TrimSpace(before)
		switch {
		case strings.HasSuffix(rest, ","):
			rest = strings.TrimSuffix(rest, ",")
		case hasSuffixWord(rest, "and"), hasSuffixWord(rest, "&"), hasSuffixWord(rest, "et"), hasSuffixWord(rest, "und"):
			rest = rest[:strings.LastIndex(rest, " ")+1]
			rest = strings.TrimSuffix(strings.TrimSpace(rest), ",")
		default:
			return names
		}
	}
	return names
}

func hasSuffixWord(s, w string) bool {
	return s == w || strings.HasSuffix(s, " "+w)
}

// trimTrailingParenthetical takes a role in brackets off the end of a
// text: "Alison Wheeler (General Manager)" → "Alison Wheeler".
func trimTrailingParenthetical(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i >= 0 {
			return s[:i]
		}
	}
	return s
}

// trailingName splits off the run of name words that ends s.
func trailingName(s string) (name, before string) {
	words := strings.Fields(s)
	start := len(words)
	for start > 0 && len(words)-start < 6 && isNameWordToken(words[start-1], start-1 < len(words)-1) {
		start--
	}
	// Particles may not begin a name.
	for start < len(words) && isParticleWord(words[start]) {
		start++
	}
	if start == len(words) {
		return "", s
	}
	name = strings.Join(words[start:], " ")
	before = strings.Join(words[:start], " ")
	return name, before
}

// namesAfter reads the names that start a text: the object of "presented
// by".
func namesAfter(s string) []string {
	var names []string
	rest := strings.TrimSpace(s)
	for len(names) < maxPresenters {
		words := strings.Fields(rest)
		end := 0
		for end < len(words) && end < 6 && isNameWordToken(strings.TrimRight(words[end], ",.;:)"), true) {
			end++
			if strings.ContainsAny(words[end-1], ",.;:)") && !isInitialWord(words[end-1]) {
				break
			}
		}
		for end > 0 && isParticleWord(words[end-1]) {
			end--
		}
		if end == 0 {
			break
		}
		n, ok := personName(strings.TrimRight(strings.Join(words[:end], " "), ",.;:)"))
		if !ok {
			break
		}
		names = append(names, n)
		rest = strings.TrimSpace(trimLeadingParenthetical(strings.Join(words[end:], " ")))
		rest = strings.TrimPrefix(rest, ",")
		rest = strings.TrimSpace(rest)
		switch {
		case strings.HasSuffix(words[end-1], ","):
		case strings.HasPrefix(rest, "and "), strings.HasPrefix(rest, "& "), strings.HasPrefix(rest, "et "), strings.HasPrefix(rest, "und "):
			_, rest, _ = strings.Cut(rest, " ")
		default:
			return names
		}
	}
	return names
}

// trimLeadingParenthetical takes a role in brackets off the start of a
// text.
func trimLeadingParenthetical(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") {
		if i := strings.Index(s, ")"); i >= 0 {
			return s[i+1:]
		}
	}
	return s
}

// personList reads a list of people: "A, B and C", "A & B", "A/B".
func personList(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", " et ", ",", " und ", ",", "/", ",", ";", ",").Replace(s)
	var names []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(trimTrailingParenthetical(trimLeadingParenthetical(part)))
		part = strings.TrimRight(part, ".:")
		if n, ok := personName(part); ok {
			names = append(names, n)
		} else if part != "" {
			return nil // one part that is no person: the list is something else
		}
	}
	return names
}

// namesIn returns the people a cell or a heading names as leading an
// item, leaving out what is no name: "Tinka Gammel/Web Master - Diane
// Oyen" → Tinka Gammel, Diane Oyen; "Local Chairs" → none.
func namesIn(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", "/", ",", ";", ",", " - ", ",", " – ", ",", " — ", ",").Replace(s)
	var names []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(trimTrailingParenthetical(part))
		if n, ok := personName(part); ok {
			names = append(names, n)
		}
	}
	return names
}

// sentenceStartWords are capitalised words that start sentences, not names.
var sentenceStartWords = map[string]bool{
	"the": true, "then": true, "also": true, "after": true, "afterwards": true, "as": true,
	"at": true, "in": true, "on": true, "finally": true, "next": true, "later": true,
	"subsequently": true, "here": true, "there": true, "this": true, "that": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "our": true,
	"and": true, "but": true, "so": true, "both": true, "all": true, "each": true,
	"first": true, "firstly": true, "secondly": true, "lastly": true, "today": true,
	"meanwhile": true, "however": true, "additionally": true, "moreover": true, "when": true,
	"while": true, "during": true, "for": true, "from": true, "with": true, "by": true,
	"le": true, "la": true, "les": true, "der": true, "die": true, "das": true,
}

// notPersonWords are words of organisations, roles and documents: a
// capitalised phrase holding one is no person.
var notPersonWords = map[string]bool{
	"foundation": true, "systems": true, "system": true, "inc": true, "ltd": true, "llc": true,
	"corp": true, "corporation": true, "company": true, "group": true, "team": true,
	"committee": true, "board": true, "university": true, "secretariat": true, "council": true,
	"association": true, "agency": true, "department": true, "ministry": true, "office": true,
	"project": true, "working": true, "task": true, "force": true, "chair": true,
	"chairman": true, "chairwoman": true, "chairperson": true, "president": true,
	"treasurer": true, "secretary": true, "director": true, "directors": true, "members": true,
	"member": true, "participants": true, "network": true, "networks": true, "services": true,
	"service": true, "software": true, "labs": true, "lab": true, "institute": true,
	"centre": true, "center": true, "society": true, "union": true, "commission": true,
	"authority": true, "bank": true, "federation": true, "trust": true, "partners": true,
	"consulting": true, "solutions": true, "technologies": true, "meeting": true,
	"minutes": true, "agenda": true, "presentation": true, "update": true, "report": true,
	"overview": true, "session": true, "workshop": true, "conference": true, "forum": true,
	"staff": true, "all": true, "everyone": true, "nobody": true, "none": true, "other": true,
	"others": true, "business": true, "item": true, "items": true, "action": true,
	"actions": true, "manager": true, "officer": true, "executive": true, "editor": true,
	"editors": true, "scribe": true, "host": true, "hosts": true, "guest": true, "guests": true,
	"government": true, "city": true, "county": true, "state": true, "national": true,
	"international": true, "european": true, "task-force": true, "wg": true, "tf": true,
	"chairs": true, "master": true, "webmaster": true, "liaison": true, "facilities": true,
	"available": true, "coordinator": true, "coordinators": true, "representative": true,
	"representatives": true, "volunteers": true, "committees": true, "reports": true,
}

// personName checks a full name and tidies it: honorifics and sentence
// words off its front, at least two words left, the last no initial.
func personName(s string) (string, bool) {
	words := strings.Fields(strings.Trim(s, " ,;:"))
	for len(words) > 0 {
		w := strings.ToLower(strings.TrimRight(words[0], "."))
		if !honorifics[w] && !sentenceStartWords[w] {
			break
		}
		words = words[1:]
	}
	words = afterJobTitle(words)
	if len(words) < 2 || len(words) > 5 || isInitialWord(words[len(words)-1]) || isParticleWord(words[len(words)-1]) {
		return "", false
	}
	allCaps := true
	for i, w := range words {
		if !isNameWordToken(w, i > 0) {
			return "", false
		}
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if notPersonWords[lw] || monthNames[lw] > 0 && len(lw) > 3 {
			return "", false
		}
		if _, isWeekday := weekdayNames[lw]; isWeekday {
			return "", false
		}
		if hasLower(w) || isParticleWord(w) {
			allCaps = false
		}
	}
	if allCaps {
		return "", false // "OASIS TC", "CERT POLSKA": an organisation
	}
	if isAcronymWord(words[0]) && !isInitialWord(words[0]) {
		return "", false // "ENISA staff", "CZ.NIC Presentation"
	}
	return strings.Join(words, " "), true
}

// afterJobTitle drops a job title or a body before a full name:
// "Community Development Director Amira Haddad", "City Manager Marcus
// Bell". The name is what follows the last such word, and needs two words
// or more; otherwise the words are left for personName to refuse.
func afterJobTitle(words []string) []string {
	last := -1
	for i, w := range words {
		// An office in any language is a title too: "La Presidente
		// Alessandra Bucchi dà atto che …".
		if f := strings.ToLower(strings.Trim(w, ".,")); notPersonWords[f] || roleOf(f) != "" {
			last = i
		}
	}
	if last >= 0 && len(words)-last-1 >= 2 {
		return words[last+1:]
	}
	return words
}

// isNameWordToken reports whether a word can be part of a person's name: a
// capitalised word (with apostrophes and hyphens: "O'Brien",
// "Klaus-Peter", "Thorbrügge"), an initial ("J.", "T."), or, inside a
// name, a particle ("van", "de").
func isNameWordToken(w string, inside bool) bool {
	if w == "" {
		return false
	}
	if inside && isParticleWord(w) {
		return true
	}
	if isInitialWord(w) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// isInitialWord reports whether a word is an initial: "J.", "T.".
func isInitialWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[size:] == "."
}

// isAcronymWord reports whether a word of two letters or more is all
// capitals: an acronym.
func isAcronymWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// particleWords are the lower-case words inside names.
var particleWords = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"du": true, "le": true, "la": true, "del": true, "della": true, "dos": true, "das": true,
	"ter": true, "ten": true, "zu": true, "bin": true, "al": true, "y": true, "do": true,
}

func isParticleWord(w string) bool { return particleWords[w] }
