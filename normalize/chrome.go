package normalize

import (
	"fmt"
	"strings"
	"unicode"

	"minutes/document"
	"minutes/internal/fold"
	"minutes/internal/rx"
)

// pageChrome drops the chrome of the web page a text was scraped from: viewer label/value lines, a summary that duplicates the body, comment boxes.
var pageChrome = Pass{
	Name:  "page-chrome",
	About: "Drops the chrome of the web page a text was scraped from: viewer label/value lines, a summary that duplicates the body, comment boxes.",
	Apply: applyPageChrome,
}

// A text copied from a document-sharing site keeps the site's frame around
// the document: a title, "Published by", "Published on: …", "Reads: 270",
// "Number of pages: 8", a summary that repeats the first page, "Show more
// Show less"; and at the end a comment box ("Be the first to comment!",
// "17/1000 characters maximum"). The pass recognises what such lines are
// — a label and a value about the document, a button, a comment box, a
// repetition of the body — with keywords in several languages, and drops
// the lines at the start and at the end of the text that are all chrome.
//
// Short or vague lines (a lone "By", a title that the body repeats) are
// chrome only next to sure chrome (a viewer field, a long duplicate, a
// comment box): a zone of lines at an end of the text is dropped only when
// it holds at least one sure line, so a clean document keeps its title.

// chromeClass is what a line at an end of the text is.
type chromeClass int

const (
	notChrome   chromeClass = iota // the document's own text
	maybeChrome                    // chrome next to sure chrome: a blank, a byline, a short duplicate
	sureChrome                     // a viewer field, a button, a comment box, a duplicate summary
)

// chromeZoneLines bounds how far into the text the leading chrome may
// reach, and how far from the end the trailing chrome.
const chromeZoneLines = 40

// applyPageChrome drops the chrome zones at the start and the end.
func applyPageChrome(doc *document.Document) []document.Warning {
	var warnings []document.Warning
	if n, kinds := leadingChrome(doc.Lines); n > 0 {
		warnings = append(warnings, chromeWarning(doc.Lines[:n], kinds, "start"))
		doc.Lines = doc.Lines[n:]
	}
	if n, kinds := trailingChrome(doc.Lines); n > 0 {
		start := len(doc.Lines) - n
		warnings = append(warnings, chromeWarning(doc.Lines[start:], kinds, "end"))
		doc.Lines = doc.Lines[:start]
	}
	return warnings
}

// chromeWarning describes the dropped lines: how many (not counting
// blanks), of what kinds, and where.
func chromeWarning(dropped []document.Line, kinds []string, where string) document.Warning {
	count := 0
	var first *document.Line
	for i := range dropped {
		if !dropped[i].IsBlank() {
			count++
			if first == nil {
				first = &dropped[i]
			}
		}
	}
	w := document.Warning{Message: fmt.Sprintf("dropped %s of web page chrome at the %s (%s)",
		countNoun(count, "line"), where, strings.Join(kinds, ", "))}
	if first != nil {
		w.Place = document.Place{Page: first.Page, Line: first.Num}
	}
	return w
}

// leadingChrome returns how many lines at the start of the text are chrome,
// and the kinds found. The zone ends at the first line of the document
// itself; it counts only if it holds sure chrome.
func leadingChrome(lines []document.Line) (int, []string) {
	limit := min(len(lines), chromeZoneLines)
	later := newShingleIndex(lines, limit)
	classes := make([]chromeClass, limit)
	kinds := make([]string, limit)
	// Duplicates are judged against the lines after them, so go backwards
	// through the zone, adding each line to the index after judging it.
	for i := limit - 1; i >= 0; i-- {
		classes[i], kinds[i] = classifyLeading(lines[i], later)
		later.add(lines[i].Text)
	}
	return chromeZone(classes, kinds)
}

// trailingChrome is leadingChrome for the end of the text. Duplicates are
// not looked for there: summaries come before the document.
func trailingChrome(lines []document.Line) (int, []string) {
	limit := min(len(lines), chromeZoneLines)
	classes := make([]chromeClass, limit)
	kinds := make([]string, limit)
	for k := 0; k < limit; k++ {
		classes[k], kinds[k] = classifyEdgeLine(lines[len(lines)-1-k])
	}
	return chromeZone(classes, kinds)
}

// chromeZone returns the length of the run of chrome lines at the start of
// classes (ordered from the text's edge inwards), if it holds sure chrome,
// with the kinds found in it.
func chromeZone(classes []chromeClass, kinds []string) (int, []string) {
	n, sure := 0, false
	for n < len(classes) && classes[n] != notChrome {
		sure = sure || classes[n] == sureChrome
		n++
	}
	if !sure {
		return 0, nil
	}
	var found []string
	seen := map[string]bool{}
	for _, k := range kinds[:n] {
		if k != "" && !seen[k] {
			seen[k] = true
			found = append(found, k)
		}
	}
	return n, found
}

// classifyLeading classifies a line of the leading zone, where a repetition
// of the body is chrome too.
func classifyLeading(l document.Line, later *shingleIndex) (chromeClass, string) {
	if c, kind := classifyEdgeLine(l); c != notChrome {
		return c, kind
	}
	words := chromeWords(l.Text)
	if len(words) >= 4 && later.covers(words, 0.8) {
		if len(words) >= 25 {
			return sureChrome, "a duplicate summary"
		}
		return maybeChrome, "a duplicate title"
	}
	return notChrome, ""
}

// classifyEdgeLine classifies a line by its own text: a blank, a viewer
// field, a button, a comment box, a byline.
func classifyEdgeLine(l document.Line) (chromeClass, string) {
	text := strings.TrimSpace(l.Text)
	switch {
	case text == "":
		return maybeChrome, ""
	case l.Kind == document.TableRow || l.Kind == document.Glued:
		return notChrome, ""
	case isViewerField(text):
		return sureChrome, "viewer labels"
	case isMoreLessButton(text):
		return sureChrome, "buttons"
	case isViewerCount(text):
		return sureChrome, "viewer labels"
	case isCommentBox(text):
		return sureChrome, "a comment box"
	case isByline(text):
		return maybeChrome, "viewer labels"
	}
	switch n := buttonWordsIn(text); {
	case n >= 2:
		return sureChrome, "buttons"
	case n == 1:
		return maybeChrome, "buttons"
	}
	return notChrome, ""
}

// viewerLabelWords name what a document-sharing page says about a
// document: when and by whom it was published, how often it was read or
// downloaded, how many pages it has. Keys are lower case without accents.
var viewerLabelWords = wordSet(
	"published publication uploaded upload views view reads read downloads download pages likes author",
	"publie publiee publication lecture lectures vues vue telechargements telechargement pages auteur",
	"veroffentlicht hochgeladen aufrufe ansichten downloads seiten autor",
	"publicado publicada subido visitas vistas lecturas descargas paginas autor",
	"pubblicato caricato visualizzazioni letture pagine autore",
	"gepubliceerd geupload weergaven gelezen downloads paginas auteur",
	"publicado visualizacoes leituras transferencias paginas",
	"tags category categories language size",
	"categorie langue taille mots cles",
	"kategorie schlagworter sprache grosse",
	"etiquetas categoria idioma tamano",
	"etichette categoria lingua dimensione",
)

// buttonWords are the labels of a viewer's buttons, in several languages.
var buttonWords = wordSet(
	"download print share embed report save like follow subscribe favorite favourite",
	"telecharger imprimer partager integrer signaler enregistrer aimer suivre",
	"herunterladen drucken teilen einbetten melden speichern folgen",
	"descargar imprimir compartir insertar denunciar guardar seguir",
	"scarica stampa condividi incorpora segnala salva segui",
	"downloaden afdrukken delen insluiten rapporteren opslaan volgen",
)

// buttonWordsIn returns how many different button words make up a short
// line that holds nothing else ("Download Print Share"), or 0.
func buttonWordsIn(text string) int {
	words := chromeWords(text)
	if len(words) == 0 || len(words) > 6 {
		return 0
	}
	seen := map[string]bool{}
	for _, w := range words {
		if !buttonWords[w] {
			return 0
		}
		seen[w] = true
	}
	return len(seen)
}

// isViewerCount reports a count a viewer shows without a colon: "270
// views", "8 pages", "1,234 lectures" — a number and viewer words only.
func isViewerCount(text string) bool {
	words := chromeWords(text)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	number, label := false, false
	for _, w := range words {
		switch {
		case allDigits(w):
			number = true
		case viewerLabelWords[w]:
			label = true
		case !bylineWords[w]:
			return false
		}
	}
	return number && label
}

// bylineWords are the words of a byline without its name: "By", "Publié
// par", "De", "Von", "Uploaded by".
var bylineWords = wordSet("by from de par von door por da di av af")

// isViewerField reports a label and a short value about the document, as
// a viewer shows them: "Publié le : samedi 25 juin 2011", "Lecture(s) :
// 270", "Number of pages: 8". The label must name such a thing; a
// meeting's own "Date: …" or "Present: …" does not.
func isViewerField(text string) bool {
	label, value, ok := strings.Cut(text, ":")
	if !ok || strings.HasPrefix(value, "//") {
		return false
	}
	labelWords := chromeWords(label)
	if len(labelWords) == 0 || len(labelWords) > 4 || len(strings.Fields(value)) > 8 {
		return false
	}
	for _, w := range labelWords {
		if viewerLabelWords[w] {
			return true
		}
	}
	return false
}

// moreWords and lessWords are the two halves of a "show more / show less"
// toggle in several languages.
var (
	moreWords = wordSet("more plus mehr mas piu meer mais")
	lessWords = wordSet("less moins weniger menos meno minder")
)

// isMoreLessButton reports the labels of a toggle: a short line holding a
// word for "more" and one for "less" ("Voir plus Voir moins", "Show more
// Show less").
func isMoreLessButton(text string) bool {
	words := chromeWords(text)
	if len(words) > 6 {
		return false
	}
	more, less := false, false
	for _, w := range words {
		more = more || moreWords[w]
		less = less || lessWords[w]
	}
	return more && less
}

// commentWords name a comment; callWords invite to write one ("post",
// "leave", "be the first").
var (
	commentWords = wordSet(
		"comment comments commenter commentaire commentaires",
		"kommentar kommentare kommentieren comentario comentarios comentar",
		"commento commenti commentare reactie reacties reageren opmerking comentarios comentario",
	)
	callWords = wordSet("add post leave write submit first deposer laisser ajouter ecrire premier premiere schreiben hinterlassen erste escribir dejar publicar primero primera scrivi lascia primo prima plaats schrijf eerste")
	charWords = wordSet("characters caracteres zeichen caratteri tekens karakters")
	counterRE = rx.New(`^\d+\s*/\s*\d+$`)
)

// isCommentBox reports the lines of a comment form: an invitation to
// comment ("Soyez le premier à déposer un commentaire !", "Leave a
// comment") or a character counter ("17/1000 caractères maximum").
func isCommentBox(text string) bool {
	words := chromeWords(text)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	comment, call, chars := false, false, false
	for _, w := range words {
		comment = comment || commentWords[w]
		call = call || callWords[w]
		chars = chars || charWords[w]
	}
	if comment && call {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	return chars && counterRE.MatchString(first)
}

// isByline reports a byline or a viewer label without its value: at most
// three words, all of them byline or viewer-label words ("De", "Publié
// par", "Uploaded by").
func isByline(text string) bool {
	words := chromeWords(text)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !bylineWords[w] && !viewerLabelWords[w] {
			return false
		}
	}
	return true
}

// chromeWords splits text into lower-case words of letters and digits,
// without accents: "Lecture(s) : 270" gives "lecture", "s", "270".
func chromeWords(text string) []string {
	folded := fold.Diacritics(text) // "Publié" matches "publie"
	return strings.FieldsFunc(strings.ToLower(folded), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// shingleLength is how many words in a row make a shingle: enough to be
// specific to a text, few enough to survive line breaks and repairs.
const shingleLength = 4

// A shingleIndex holds the word sequences of part of a text, across line
// breaks, so that a line can be checked for repeating it.
type shingleIndex struct {
	seen  map[string]bool
	words []string // the words added last, at the front of the text so far
}

// newShingleIndex indexes lines[from:].
func newShingleIndex(lines []document.Line, from int) *shingleIndex {
	idx := &shingleIndex{seen: map[string]bool{}}
	var words []string
	for _, l := range lines[from:] {
		words = append(words, chromeWords(l.Text)...)
	}
	idx.addWords(words)
	return idx
}

// add puts a line in front of the indexed text.
func (idx *shingleIndex) add(text string) {
	idx.addWords(chromeWords(text))
}

func (idx *shingleIndex) addWords(words []string) {
	// Shingles that span the join with the text already indexed.
	head := idx.words
	if len(head) > shingleLength-1 {
		head = head[:shingleLength-1]
	}
	all := append(append([]string(nil), words...), head...)
	for i := 0; i+shingleLength <= len(all); i++ {
		idx.seen[strings.Join(all[i:i+shingleLength], " ")] = true
	}
	idx.words = append(append([]string(nil), words...), head...)
	if len(idx.words) > shingleLength {
		idx.words = idx.words[:shingleLength]
	}
}

// covers reports whether at least share of the shingles of words are in
// the index.
func (idx *shingleIndex) covers(words []string, share float64) bool {
	total, found := 0, 0
	for i := 0; i+shingleLength <= len(words); i++ {
		total++
		if idx.seen[strings.Join(words[i:i+shingleLength], " ")] {
			found++
		}
	}
	return total > 0 && float64(found) >= share*float64(total)
}
