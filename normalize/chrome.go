package normalize

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	classes := make([]chromeClass, limit)
	kinds := make([]string, limit)
	sure := false // whether any line can be sure chrome
	for i := range limit {
		classes[i], kinds[i] = classifyEdgeLine(lines[i])
		sure = sure || classes[i] == sureChrome ||
			classes[i] == notChrome && len(chromeWords(lines[i].Text)) >= duplicateSummaryWords
	}
	if !sure {
		return 0, nil // chromeZone would find no sure chrome: spare the search for repetitions
	}
	repeats := newRepeatIndex(lines, limit)
	for i := range limit {
		if classes[i] == notChrome {
			classes[i], kinds[i] = classifyDuplicate(lines[i], i, repeats)
		}
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

// classifyDuplicate classifies line i of the leading zone, not chrome by
// its own text, by whether the text after it repeats it: a duplicate
// summary or title is chrome there.
func classifyDuplicate(l document.Line, i int, repeats *repeatIndex) (chromeClass, string) {
	words := chromeWords(l.Text)
	if len(words) >= 4 && repeats.covers(words, i, 0.8) {
		if len(words) >= duplicateSummaryWords {
			return sureChrome, "a duplicate summary"
		}
		return maybeChrome, "a duplicate title"
	}
	return notChrome, ""
}

// duplicateSummaryWords is how many words a repeated line needs to be a
// summary, sure chrome, rather than a title.
const duplicateSummaryWords = 25

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

// eachChromeWord calls yield with each word of chromeWords(text), in
// turn, as bytes valid until yield returns. Text of ASCII and Latin
// letters (below U+0250), most text, is folded one character at a time
// (foldedLatin) with no allocation; other text is cut by chromeWords.
func eachChromeWord(text string, yield func(word []byte)) {
	for _, r := range text {
		if r >= latinEnd {
			for _, w := range chromeWords(text) {
				yield([]byte(w))
			}
			return
		}
	}
	var buf [64]byte
	word := buf[:0]
	for _, r := range text {
		folded := string(r)
		if r >= utf8.RuneSelf {
			folded = foldedLatin[r-utf8.RuneSelf]
		}
		for _, f := range folded {
			f = unicode.ToLower(f)
			if unicode.IsLetter(f) || unicode.IsDigit(f) {
				word = utf8.AppendRune(word, f)
				continue
			}
			if len(word) > 0 {
				yield(word)
				word = word[:0]
			}
		}
	}
	if len(word) > 0 {
		yield(word)
	}
}

// latinEnd ends the characters eachChromeWord folds one at a time: below
// it, each decomposes into a base character and marks, so a text's
// folding is the folding of its characters (TestEachChromeWord checks it
// on every pair of them).
const latinEnd = 0x250

// foldedLatin holds fold.Diacritics of each character from U+0080 to
// latinEnd.
var foldedLatin = func() (t [latinEnd - utf8.RuneSelf]string) {
	for i := range t {
		t[i] = fold.Diacritics(string(rune(i + utf8.RuneSelf)))
	}
	return t
}()

// shingleLength is how many words in a row make a shingle: enough to be
// specific to a text, few enough to survive line breaks and repairs.
const shingleLength = 4

// A shingle is shingleLength words in a row, each numbered by a
// repeatIndex.
type shingle [shingleLength]int32

// A repeatIndex tells, for the lines of the leading zone, where their
// shingles occur in the text, across line breaks: the last line where
// each starts. Only the zone's own shingles are looked for, in one pass
// over the words of the text.
type repeatIndex struct {
	ids  map[string]int32 // the words of the zone, numbered
	last map[shingle]int  // each shingle of the zone → the last line where it starts
}

// newRepeatIndex indexes the shingles of lines[:limit] in lines.
func newRepeatIndex(lines []document.Line, limit int) *repeatIndex {
	idx := &repeatIndex{ids: map[string]int32{}, last: map[shingle]int{}}
	for _, l := range lines[:limit] {
		words := chromeWords(l.Text)
		for k := 0; k+shingleLength <= len(words); k++ {
			idx.last[idx.shingleOf(words[k:k+shingleLength])] = -1
		}
	}
	if len(idx.last) == 0 {
		return idx // no line is long enough to be looked for
	}
	var window shingle // the last words met, by number (-1: not a word of the zone)
	var starts [shingleLength]int
	met := 0
	for j, l := range lines {
		eachChromeWord(l.Text, func(w []byte) {
			id, ok := idx.ids[string(w)]
			if !ok {
				id = -1
			}
			copy(window[:], window[1:])
			copy(starts[:], starts[1:])
			window[shingleLength-1], starts[shingleLength-1] = id, j
			met++
			if met < shingleLength || slices.Contains(window[:], -1) {
				return
			}
			if _, ok := idx.last[window]; ok {
				idx.last[window] = starts[0]
			}
		})
	}
	return idx
}

// shingleOf numbers the words of a shingle of the zone.
func (idx *repeatIndex) shingleOf(words []string) shingle {
	var sh shingle
	for k, w := range words {
		id, ok := idx.ids[w]
		if !ok {
			id = int32(len(idx.ids))
			idx.ids[w] = id
		}
		sh[k] = id
	}
	return sh
}

// covers reports whether at least share of the shingles of words, the
// words of line i of the zone, occur again in the text after line i.
func (idx *repeatIndex) covers(words []string, i int, share float64) bool {
	total, found := 0, 0
	for k := 0; k+shingleLength <= len(words); k++ {
		total++
		if last := idx.last[idx.shingleOf(words[k:k+shingleLength])]; last > i {
			found++
		}
	}
	return total > 0 && float64(found) >= share*float64(total)
}
