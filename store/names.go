package store

// Which names are people, and the keys under which spellings of one
// person or one organisation meet. These are plain functions of a name;
// the rules that need the database (a heading of the same document, two
// known people run together, the aliases file) are in people.go.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"minutes/internal/fold"
)

// NameKey is the key under which spellings of one person's name are one
// person: transliterations written out (fold.Transliterate), then case,
// diacritics and punctuation folded (fold.Key). "Gorazd Božič" and
// "GORAZD BOZIC" share the key "gorazd bozic"; "Thorbrügge" and
// "Thorbruegge" share "thorbruegge".
func NameKey(name string) string { return fold.Key(fold.Transliterate(name)) }

// OrganisationKey is the key under which spellings of one organisation
// meet: NameKey without a legal form at the end, which never tells two
// organisations apart ("FireEye, Inc.", "FireEye" → "fireeye"; "Bloomberg
// LP" → "bloomberg"; "Siemens AG" → "siemens"). A name that is nothing but
// a legal form keeps it.
func OrganisationKey(name string) string {
	words := strings.Fields(NameKey(name))
	for {
		cut := legalSuffixAt(words)
		if cut == 0 || cut == len(words) {
			break
		}
		words = words[:len(words)-cut]
		for len(words) > 1 && words[len(words)-1] == "&" { // "GmbH & Co. KG"
			words = words[:len(words)-1]
		}
	}
	return strings.Join(words, " ")
}

// legalSuffixes are legal forms of companies and associations, as the
// words of their keys ("S.A." is "s a", "e.V." is "e v").
var legalSuffixes = wordLists(
	"inc", "incorporated", "corp", "corporation", "llc", "l l c", "llp", "lp", "l p", "ltd", "limited", "plc", "pty", "pte",
	"gmbh", "ag", "kg", "co kg", "e v", "ev", "eg", "ug", "gbr", "mbh",
	"sa", "s a", "sas", "s a s", "sarl", "s a r l", "sl", "s l", "srl", "s r l", "spa", "s p a", "ltda",
	"bv", "b v", "nv", "n v", "vzw", "asbl",
	"ab", "asa", "oy", "oyj", "aps", "a s",
	"sp z o o", "s r o", "a s", "d o o", "d d", "zrt", "kft", "kk", "k k",
)

func wordLists(lists ...string) [][]string {
	out := make([][]string, len(lists))
	for i, l := range lists {
		out[i] = strings.Fields(l)
	}
	return out
}

// legalSuffixAt returns how many words at the end of words are a legal
// form, or 0.
func legalSuffixAt(words []string) int {
	best := 0
	for _, suffix := range legalSuffixes {
		n := len(suffix)
		if n > len(words) || n <= best {
			continue
		}
		match := true
		for i, w := range suffix {
			if words[len(words)-n+i] != w {
				match = false
				break
			}
		}
		if match {
			best = n
		}
	}
	return best
}

// Why a name is not linked to a person: the values of the not_a_person
// columns.
const (
	notHeader       = "a table header"
	notStatus       = "status or table words, no name"
	notGroup        = "a group, not one person"
	notSeveral      = "several people"
	notTooLong      = "too many words for a name"
	notShape        = "not shaped like a name"
	notHeading      = "a heading of the document"
	notTwoPeople    = "two people's names run together"
	notAlias        = "the aliases file says it is not a person"
	notOwnerShape   = "not written as one person's name"
	notAmbiguousIDs = "initials that several people use"
)

// word sets, as keys (NameKey of each word).
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[NameKey(w)] = true
	}
	return m
}

// headerWords are the column headings of tables of actions and
// participants, in the languages of the archive.
var headerWords = set(
	// English
	"action", "actions", "item", "items", "no", "nr", "owner", "owners", "responsible", "responsibility", "who",
	"due", "date", "deadline", "status", "state", "name", "organisation", "organization", "company",
	"affiliation", "country", "role", "email", "e-mail", "comments", "comment", "notes", "note", "description",
	"task", "tasks", "progress", "remarks", "topic", "subject", "assigned", "assignee", "target", "update",
	// German
	"Aktion", "Maßnahme", "Maßnahmen", "verantwortlich", "Verantwortliche", "wer", "Termin", "Frist", "Datum",
	"Zustand", "Organisation", "Firma", "Rolle", "Bemerkung", "Bemerkungen", "Aufgabe", "Thema",
	// French
	"responsable", "qui", "échéance", "statut", "état", "nom", "organisme", "pays", "rôle", "commentaire",
	"commentaires", "tâche", "sujet",
	// Dutch
	"actie", "acties", "verantwoordelijke", "wie", "naam", "organisatie", "rol", "opmerking", "opmerkingen",
	"taak", "onderwerp",
	// Italian
	"azione", "azioni", "responsabile", "scadenza", "data", "stato", "nome", "organizzazione", "paese", "ruolo",
	"compito", "argomento",
	// Spanish, Portuguese, Catalan
	"acción", "acciones", "quién", "plazo", "fecha", "estado", "nombre", "organización", "país", "tarea", "tema",
	"ação", "ações", "responsável", "prazo", "situação", "organização", "acció", "termini", "estat",
)

// statusWords are the states of an action, in the languages of the
// archive. One of them after a name is what a misread table glued to it.
var statusWords = set(
	"open", "closed", "done", "ongoing", "pending", "complete", "completed", "cancelled", "canceled",
	"superseded", "overdue", "tbd", "wip", "todo",
	"offen", "erledigt", "laufend", "abgeschlossen", "geschlossen",
	"ouvert", "ouverte", "fermé", "fermée", "fait", "terminé", "terminée", "annulé", "annulée",
	"gesloten", "gedaan", "afgerond", "lopend",
	"aperto", "aperta", "chiuso", "chiusa", "fatto", "completato", "annullato",
	"abierto", "abierta", "cerrado", "cerrada", "hecho", "pendiente", "completado", "cancelado",
	"aberto", "fechado", "concluído", "pendente", "obert", "tancat", "fet",
	// the second word of "in progress", "en cours", "in corso", "en curso", "in Bearbeitung", "in uitvoering"
	"progress", "cours", "corso", "curso", "bearbeitung", "uitvoering",
)

// meetingWords name meetings and bodies: "… April Board" is a due date.
var meetingWords = set(
	"meeting", "meetings", "board", "committee", "session", "call", "telecon", "agm", "plenary",
	"Sitzung", "Vorstand", "réunion", "séance", "conseil", "comité", "vergadering", "bestuur",
	"riunione", "consiglio", "reunión", "junta", "reunião",
)

// monthWords are months and their abbreviations.
var monthWords = set(
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
	"januari", "februari", "maart", "mei", "augustus",
	"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre",
	"enero", "febrero", "abril", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
	"janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro",
)

// roleWords are the roles of participants.
var roleWords = set(
	"chair", "chairman", "chairwoman", "chairperson", "co-chair", "vice-chair", "secretary", "treasurer", "scribe",
	"minute-taker", "guest", "observer", "member", "members", "delegate", "proxy", "president",
	"Vorsitz", "Vorsitzender", "Vorsitzende", "Protokoll", "Gast", "président", "présidente", "secrétaire",
	"trésorier", "trésorière", "invité", "invitée", "voorzitter", "secretaris", "penningmeester", "notulist",
	"presidente", "segretario", "segretaria", "tesoriere", "ospite", "secretario", "secretaria", "tesorero", "invitado",
)

// groupWords say "everyone", not one person.
var groupWords = set(
	"all", "everyone", "everybody", "nobody", "none", "tba", "n/a", "team", "group", "wg",
	"alle", "jeder", "tous", "toutes", "tout", "todos", "todas", "tutti", "iedereen", "allen",
)

// titleWords are titles written before a name: "Avv. Alessandra Bucchi"
// is Alessandra Bucchi.
var titleWords = set(
	"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "herr", "frau", "mme", "mlle",
	"mevrouw", "mevr", "dhr", "sig", "sig.ra", "signora", "dott", "dott.ssa", "avv", "ing", "arch",
	"sr", "sra", "srta", "cllr", "councillor", "rev", "hon",
)

// nameSuffixes may end a name with a full stop.
var nameSuffixes = set("jr", "sr", "esq", "phd", "md")

// particles are the small words inside names ("Bob van der Kamp").
var particles = set(
	"van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "los", "las",
	"y", "e", "bin", "ibn", "al", "el", "ter", "ten", "zu", "af", "av", "st",
)

// conjunctions join the names of several people: "Erik and Florian and
// Mike". Spanish "y", Portuguese "e" and Catalan "i" join two surnames of
// one person, so they are not here.
var conjunctions = set("and", "und", "et", "en", "og", "och", "ja", "és", "oraz", "ve")

// maxNameWords is the most words, particles not counted, in one person's
// name ("José Antonio García López").
const maxNameWords = 4

// personName decides whether a name written as a participant, presenter
// or action owner is one person's name. It returns the name to resolve —
// the name as written, less a title before it ("Dr.") and the status,
// date or table words a misread table glued after it ("Diane Oyen Open
// Meeting" → "Diane Oyen") — or why it is not a person.
func personName(written string) (name, reason string) {
	written = strings.Join(strings.Fields(written), " ")
	if written == "" {
		return "", ""
	}
	words := strings.Fields(written)
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = NameKey(w)
	}
	if allIn(keys, headerWords, statusWords, meetingWords) && countIn(keys, headerWords) >= 2 {
		return "", notHeader
	}
	if len(keys) == 1 && headerWords[keys[0]] && utf8.RuneCountInString(keys[0]) >= 5 {
		return "", notHeader // "Actions", "Status", "Verantwortlich"; a short one may be a name ("Chi")
	}
	if allIn(keys, groupWords, meetingWords, roleWords) && countIn(keys, groupWords) >= 1 {
		return "", notGroup // "All", "N/A", "everyone"
	}
	if strings.ContainsAny(written, "/&+;,") {
		return "", notSeveral
	}
	if strings.ContainsAny(written, ":@") {
		return "", notShape // "Später Anwesend: Claudia", an e-mail address
	}
	// The status, date and table words after the name.
	end, sawStatus, sawTable := len(words), false, false
tail:
	for end > 0 {
		switch k := keys[end-1]; {
		case statusWords[k]:
			sawStatus = true
		case headerWords[k] || meetingWords[k]:
			sawTable = true
		case monthWords[k] || roleWords[k] || isNumber(k) || k == "":
		case sawStatus && (k == "in" || k == "en" || k == "em"): // "en cours", "in progress"
		default:
			break tail
		}
		end--
	}
	if n := len(words) - end; n > 0 && (sawStatus || sawTable && n >= 2) {
		words, keys = words[:end], keys[:end]
		switch {
		case len(words) > 0 && allIn(keys, groupWords):
			return "", notGroup // "All … April Board"
		case len(words) == 0 && sawTable && !sawStatus:
			return "", notHeader
		case len(words) == 0:
			return "", notStatus
		}
	}
	// A title before the name.
	for len(words) > 1 && titleWords[keys[0]] {
		words, keys = words[1:], keys[1:]
	}
	for i := 1; i < len(keys)-1; i++ {
		if conjunctions[keys[i]] && startsUpper(words[i-1]) && startsUpper(words[i+1]) {
			return "", notSeveral
		}
	}
	if reason := nameShape(words, keys); reason != "" {
		return "", reason
	}
	return strings.Join(words, " "), ""
}

// nameShape says why words are not shaped like a person's name, or "".
func nameShape(words, keys []string) string {
	letters, upper, counted := 0, 0, 0
	for i, w := range words {
		if keys[i] == "" || isNumber(keys[i]) {
			return notShape // a date, a number, a stray mark
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if startsUpper(w) {
			upper++
		}
		if !particles[keys[i]] {
			counted++
		}
	}
	switch {
	case letters < 2:
		return notShape
	case len(words) > 1 && upper == 0: // "the secretary"; a one-word nickname may be lower-case
		return notShape
	case counted > maxNameWords:
		return notTooLong
	}
	last := words[len(words)-1]
	if len(words) > 1 && strings.HasSuffix(last, ".") && utf8.RuneCountInString(keys[len(keys)-1]) >= 3 && !nameSuffixes[keys[len(keys)-1]] {
		return notShape // "Teck Trek.": a sentence ends there, not a name
	}
	return ""
}

func allIn(keys []string, sets ...map[string]bool) bool {
	for _, k := range keys {
		if k == "" {
			continue
		}
		in := false
		for _, s := range sets {
			if s[k] {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

func countIn(keys []string, s map[string]bool) int {
	n := 0
	for _, k := range keys {
		if s[k] {
			n++
		}
	}
	return n
}

func isNumber(key string) bool {
	if key == "" {
		return false
	}
	for _, r := range key {
		if !unicode.IsDigit(r) && r != ' ' {
			return false
		}
	}
	return true
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// looksLikePersonName reports whether an action owner is written like one
// person's name: two to five words, each starting with a capital letter
// and not all in capitals ("Gorazd Božič", "Bob van der Kamp" — particles
// allowed), not "ENISA" or "LM/NM/GT". A new person is made from an owner
// only then; other owners link to people already known.
func looksLikePersonName(s string) bool {
	if strings.ContainsAny(s, "/,&;") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	capitalised := 0
	for _, w := range words {
		first := []rune(w)[0]
		switch {
		case w == strings.ToUpper(w) && len([]rune(w)) > 1:
			return false
		case unicode.IsUpper(first):
			capitalised++
		case !unicode.IsLower(first):
			return false
		}
	}
	return capitalised >= 2
}

// acronymOf reports whether acronym ("FMI", "C.I.S.") is made of the
// initials of name's words ("Finnish Meteorological Institute", "Center
// for Internet Security"), small words like "for" and "of" counted or
// not, a hyphen starting a word ("Meteo-France International" → MFI).
func acronymOf(acronym, name string) bool {
	var letters []rune
	for _, r := range acronym {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) && len(letters) == 0 {
				return false // an acronym starts with a capital
			}
			letters = append(letters, unicode.ToLower(r))
		case r == '.' || r == '&' || r == '-':
		default:
			return false
		}
	}
	if len(letters) < 2 {
		return false
	}
	words := strings.FieldsFunc(fold.Key(fold.Transliterate(name)), func(r rune) bool { return r == ' ' || r == '&' })
	if len(words) < 2 {
		return false
	}
	initials := func(skipSmall bool) string {
		var b strings.Builder
		for _, w := range words {
			if skipSmall && smallWords[w] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
		return b.String()
	}
	want := string(letters)
	return initials(true) == want || initials(false) == want
}

// smallWords are left out of acronyms.
var smallWords = set("of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le", "les", "et", "für",
	"und", "der", "die", "das", "van", "voor", "het", "di", "del", "della", "y", "e", "i", "do", "da")
